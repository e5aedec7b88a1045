#include "stance/lsp/transport.hpp"

#include <charconv>
#include <string_view>

namespace stance::lsp {
namespace {

constexpr std::size_t max_header_line = 8 * 1024;
constexpr std::size_t max_header_lines = 64;

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

bool MessageReader::read_line(std::string& line) {
    line.clear();
    for (int c; (c = m_in.get()) != std::char_traits<char>::eof();) {
        if (c == '\n') {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return true;
        }
        if (line.size() < max_header_line) line.push_back(static_cast<char>(c));
    }
    return !line.empty();
}

ReadResult MessageReader::read() {
    ReadResult result;
    std::string line;
    // Blank lines between messages are tolerated.
    do {
        if (!read_line(line)) return result;  // end
    } while (line.empty());

    std::size_t length = 0;
    bool has_length = false;
    std::string problem;
    for (std::size_t lines = 0;; ++lines) {
        if (lines == max_header_lines) problem = "too many header lines";
        auto colon = line.find(':');
        if (colon == std::string::npos) {
            if (problem.empty()) problem = "malformed header line '" + line.substr(0, 80) + "'";
        } else if (iequals(trim(std::string_view(line).substr(0, colon)), "Content-Length")) {
            auto value = trim(std::string_view(line).substr(colon + 1));
            std::size_t n = 0;
            auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (ec != std::errc() || end != value.data() + value.size() || value.empty()) {
                if (problem.empty()) problem = "Content-Length is not a number: '" + std::string(value.substr(0, 40)) + "'";
            } else {
                length = n;
                has_length = true;
            }
        }
        if (!read_line(line)) return result;  // the input ended inside the header
        if (line.empty()) break;
    }
    if (problem.empty() && !has_length) problem = "no Content-Length header";
    if (problem.empty() && length > max_content_length)
        problem = "Content-Length " + std::to_string(length) + " is over the limit of " +
                  std::to_string(max_content_length) + " bytes";
    if (!problem.empty()) {
        // Skip a body whose length is known, so that the next header is read next.
        if (has_length) m_in.ignore(static_cast<std::streamsize>(length));
        result.status = ReadResult::Status::error;
        result.error = problem;
        return result;
    }

    std::string body(length, '\0');
    m_in.read(body.data(), static_cast<std::streamsize>(length));
    if (static_cast<std::size_t>(m_in.gcount()) != length) return result;  // broke off: end

    result.message = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (result.message.is_discarded()) {
        result.status = ReadResult::Status::error;
        result.error = "the message body is not valid JSON";
        result.parse_error = true;
        result.message = nullptr;
        return result;
    }
    result.status = ReadResult::Status::message;
    return result;
}

void write_message(std::ostream& out, const nlohmann::json& message) {
    std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    out.flush();
}

}  // namespace stance::lsp
