#include "stance/exports/escape.hpp"

#include <cctype>

namespace stance::exports {
namespace {

// C0 controls and DEL, but the ones a format may keep.
bool is_control(char c) { return (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) && c != '\n' && c != '\t'; }

}  // namespace

std::string dot_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '&': out += "&amp;"; break;
        default: out += is_control(c) || c == '\t' ? ' ' : c;
        }
    }
    return out;
}

std::string argdown_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        if (c == '\n' || c == '\t' || is_control(c)) {
            out += ' ';
        } else {
            if (static_cast<unsigned char>(c) < 0x80 && std::ispunct(static_cast<unsigned char>(c))) out += '\\';
            out += c;
        }
    }
    return out;
}

}  // namespace stance::exports
