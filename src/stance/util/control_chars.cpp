#include "stance/util/control_chars.hpp"

#include <cstdio>

namespace stance::util {

std::size_t escaped_width(std::string_view text, std::size_t i, std::size_t& size, bool keep_tab) {
    auto c = static_cast<unsigned char>(text[i]);
    size = 1;
    if ((c < 0x20 && !(keep_tab && c == '\t')) || c == 0x7f) return 4;  // \x1b
    if (c == 0xc2 && i + 1 < text.size()) {
        auto next = static_cast<unsigned char>(text[i + 1]);
        if (next >= 0x80 && next <= 0x9f) {
            size = 2;
            return 6;  // \u009b
        }
    }
    return 0;
}

std::string escape_controls(std::string_view text, bool keep_tab) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t size = 1;
        if (escaped_width(text, i, size, keep_tab) == 0) {
            out += text[i++];
            continue;
        }
        char escape[8];
        if (size == 1) std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned char>(text[i]));
        else std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned char>(text[i + 1]));
        out += escape;
        i += size;
    }
    return out;
}

}  // namespace stance::util
