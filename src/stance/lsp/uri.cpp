#include "stance/lsp/uri.hpp"

#include <cctype>

namespace stance::lsp {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool unreserved(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

}  // namespace

std::optional<std::filesystem::path> path_from_uri(std::string_view uri) {
    constexpr std::string_view scheme = "file://";
    if (uri.size() < scheme.size()) return std::nullopt;
    for (std::size_t i = 0; i < scheme.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(uri[i])) != scheme[i]) return std::nullopt;
    uri.remove_prefix(scheme.size());
    auto slash = uri.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    std::string_view host = uri.substr(0, slash);
    if (!host.empty() && host != "localhost") return std::nullopt;
    uri.remove_prefix(slash);
    std::string path;
    for (std::size_t i = 0; i < uri.size(); ++i) {
        if (uri[i] == '?' || uri[i] == '#') break;
        if (uri[i] != '%') {
            path.push_back(uri[i]);
            continue;
        }
        if (i + 2 >= uri.size()) return std::nullopt;
        int high = hex_value(uri[i + 1]), low = hex_value(uri[i + 2]);
        if (high < 0 || low < 0) return std::nullopt;
        char c = static_cast<char>(high * 16 + low);
        if (c == '\0') return std::nullopt;
        path.push_back(c);
        i += 2;
    }
    return std::filesystem::path(path).lexically_normal();
}

std::string uri_from_path(const std::filesystem::path& path) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string uri = "file://";
    for (unsigned char c : path.string()) {
        if (unreserved(c) || c == '/') {
            uri.push_back(static_cast<char>(c));
        } else {
            uri.push_back('%');
            uri.push_back(digits[c >> 4]);
            uri.push_back(digits[c & 15]);
        }
    }
    return uri;
}

}  // namespace stance::lsp
