#include "stance/util/markup_escape.hpp"

namespace stance::util {
namespace {

// The controls that XML 1.0 and HTML cannot hold.
bool unholdable(char c) {
    return (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) && c != '\n' && c != '\t' && c != '\r';
}

bool formula_like(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && static_cast<unsigned char>(text[i]) <= ' ') ++i;
    return i < text.size() && (text[i] == '=' || text[i] == '+' || text[i] == '-' || text[i] == '@');
}

// The bytes markup_escape changes: the markup characters, and every control character.
struct MarkupChanges {
    bool changes[256] = {};
    constexpr MarkupChanges() {
        for (int c = 0; c < 0x20; ++c) changes[c] = true;
        changes[0x7f] = true;
        for (unsigned char c : {'&', '<', '>', '"', '\''}) changes[c] = true;
    }
};
constexpr MarkupChanges markup_changes;

}  // namespace

std::string markup_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Most of a text is copied as it is, a run at a time.
        std::size_t run = i;
        while (run < text.size() && !markup_changes.changes[static_cast<unsigned char>(text[run])]) ++run;
        out.append(text.data() + i, run - i);
        if (run == text.size()) break;
        i = run;
        const char c = text[i];
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\n': out += "&#10;"; break;
        case '\t': out += "&#9;"; break;
        case '\r': out += "&#13;"; break;
        default: out += unholdable(c) ? ' ' : c;
        }
    }
    return out;
}

std::string csv_field(std::string_view text) {
    std::string out;
    if (formula_like(text)) out += '\'';
    const bool quoted = text.find_first_of(",\"\r\n") != std::string_view::npos;
    if (quoted) out.insert(out.begin(), '"');
    for (char c : text) {
        if (c == '"') out += '"';
        out += unholdable(c) ? ' ' : c;
    }
    if (quoted) out += '"';
    return out;
}

}  // namespace stance::util
