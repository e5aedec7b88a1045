#include "stance/exports/label.hpp"

namespace stance::exports {
namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t characters(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += !continuation(c);
    return n;
}

}  // namespace

std::string cut(std::string_view text, std::size_t limit) {
    if (limit == 0 || characters(text) <= limit) return std::string(text);
    std::size_t end = 0;
    for (std::size_t n = 0; end < text.size(); ++end) {
        if (!continuation(text[end]) && n++ == limit) break;
    }
    std::size_t space = text.substr(0, end).rfind(' ');
    if (space != std::string_view::npos && space > end / 2) end = space;
    return std::string(text.substr(0, end)) + "\u2026";
}

std::string wrap(std::string_view text, std::size_t width) {
    std::string out;
    std::size_t line = 0;  // characters on the current line
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view word = text.substr(start, end - start);
        std::size_t n = characters(word);
        if (line > 0 && line + 1 + n > width) {
            out += '\n';
            line = 0;
        } else if (start > 0) {
            out += ' ';
            ++line;
        }
        out += word;
        line += n;
        start = end + 1;
    }
    return out;
}

}  // namespace stance::exports
