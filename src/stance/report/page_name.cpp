#include "stance/report/page_name.hpp"

#include <algorithm>
#include <array>

#include "stance/util/hash.hpp"

namespace stance::report {

namespace {

constexpr std::size_t max_safe = 80;
constexpr std::size_t prefix_size = 40;

bool safe_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
}

bool reserved(std::string_view id) {
    std::string stem(id.substr(0, id.find('.')));
    std::transform(stem.begin(), stem.end(), stem.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; });
    constexpr std::array<std::string_view, 4> devices = {"con", "nul", "aux", "prn"};
    if (std::find(devices.begin(), devices.end(), stem) != devices.end()) return true;
    return stem.size() == 4 && (stem.starts_with("com") || stem.starts_with("lpt")) && stem[3] >= '0' && stem[3] <= '9';
}

bool safe(std::string_view id) {
    return !id.empty() && id.size() <= max_safe && id.front() != '.' && id.front() != '-' &&
           std::all_of(id.begin(), id.end(), safe_char) && !reserved(id);
}

}  // namespace

std::string page_name(std::string_view id) {
    if (safe(id)) return std::string(id);
    // No dot in a derived name: "NUL.x~..." would still be a reserved name on Windows.
    std::string name;
    for (char c : id.substr(0, prefix_size)) name += safe_char(c) && c != '.' ? c : '_';
    return name + '~' + util::content_hash(id).substr(0, 16);
}

}  // namespace stance::report
