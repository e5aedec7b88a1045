#include "grammar/lexer.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>

#include "grammar/parse_state.hpp"

namespace stance::grammar {

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Bytes that end a run of plain string content: the quote, the backslash, literal white
// space, NUL and every non-ASCII byte (validated one sequence at a time).
struct StringStops {
    bool stop[256] = {};
    constexpr StringStops() {
        stop[static_cast<unsigned char>('"')] = true;
        stop[static_cast<unsigned char>('\\')] = true;
        stop[static_cast<unsigned char>(' ')] = true;
        stop[static_cast<unsigned char>('\t')] = true;
        stop[static_cast<unsigned char>('\n')] = true;
        stop[static_cast<unsigned char>('\r')] = true;
        stop[0] = true;
        for (int i = 0x80; i < 256; ++i) stop[i] = true;
    }
};
constexpr StringStops string_stops;

// Decodes the escape whose backslash is at p; returns one past it.
const char* scan_escape(const char* p, const char* end, ParseState& state, std::string& out) {
    const char* backslash = p++;
    if (p == end) return p;  // the caller reports the unterminated string
    switch (*p) {
    case '"': out.push_back('"'); return p + 1;
    case '\\': out.push_back('\\'); return p + 1;
    case 'n': out.push_back('\n'); return p + 1;
    case 't': out.push_back('\t'); return p + 1;
    case 'u': break;
    default: {
        std::size_t len = utf8_length(p, end);
        const char* after = p + (len == 0 ? 1 : len);
        if (*p == '\n' || *p == '\r') after = p;  // keep the line break out of the range
        state.error(diag::Code::bad_escape, backslash, after,
                    "unknown escape: a backslash in a string must be followed by \\\", \\\\, \\n, \\t "
                    "or \\u{HEX}");
        return after;
    }
    }
    ++p;  // past 'u'
    if (p == end || *p != '{') {
        state.error(diag::Code::bad_escape, backslash, p,
                    "bad escape: \\u must be followed by a hexadecimal code point in braces, as in \\u{1F4A1}");
        return p;
    }
    const char* digits = ++p;
    std::uint32_t cp = 0;
    while (p != end && hex_value(*p) >= 0 && p - digits < 8) cp = cp * 16 + static_cast<std::uint32_t>(hex_value(*p++));
    std::size_t count = static_cast<std::size_t>(p - digits);
    if (p == end || *p != '}' || count == 0 || count > 6) {
        while (p != end && hex_value(*p) >= 0) ++p;
        if (p != end && *p == '}') ++p;
        state.error(diag::Code::bad_escape, backslash, p,
                    "bad escape: \\u{...} takes 1 to 6 hexadecimal digits, as in \\u{1F4A1}");
        return p;
    }
    ++p;  // past '}'
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        state.error(diag::Code::bad_escape, backslash, p,
                    "bad escape: the code point is not a Unicode scalar value (it must be at most 10FFFF "
                    "and not a surrogate D800-DFFF)");
        return p;
    }
    append_utf8(out, cp);
    return p;
}

bool days_exist(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) return false;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int limit = days[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= limit;
}

}  // namespace

const char* skip_blanks(const char* p, const char* end) {
    while (p != end) {
        if (is_blank(*p)) {
            ++p;
        } else if (*p == '#') {
            const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
            p = nl ? static_cast<const char*>(nl) + 1 : end;
        } else {
            break;
        }
    }
    return p;
}

const char* scan_segment(const char* p, const char* end) {
    if (p == end || !is_segment_start(*p)) return p;
    ++p;
    while (p != end && is_segment_char(*p)) ++p;
    return p;
}

const char* scan_identifier(const char* p, const char* end) {
    const char* e = scan_segment(p, end);
    if (e == p) return p;
    while (e != end && *e == '.' && e + 1 != end && is_segment_start(e[1])) e = scan_segment(e + 1, end);
    return e;
}

std::size_t utf8_length(const char* p, const char* end) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(p[i]); };
    auto avail = static_cast<std::size_t>(end - p);
    if (avail == 0) return 0;
    unsigned char c = byte(0);
    if (c < 0x80) return 1;
    auto cont = [&](std::size_t i) { return i < avail && (byte(i) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2)) return 0;
        if (c == 0xE0 && byte(1) < 0xA0) return 0;   // overlong
        if (c == 0xED && byte(1) >= 0xA0) return 0;  // surrogates
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 0;
        if (c == 0xF0 && byte(1) < 0x90) return 0;   // overlong
        if (c == 0xF4 && byte(1) >= 0x90) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;
}

const char* scan_string(const char* p, const char* end, ParseState& state, ast::String& out) {
    const char* open = p++;
    std::string& value = out.value;
    value.clear();
    // The closing quote is usually the next one: reserve once for the whole value.
    if (const void* q = std::memchr(p, '"', static_cast<std::size_t>(end - p)))
        value.reserve(static_cast<std::size_t>(static_cast<const char*>(q) - p));
    bool pending_space = false;  // a literal white-space run waits to become one space
    bool nul_reported = false;   // once per string
    while (p != end) {
        const char* run = p;
        // A run of plain characters, single spaces between words included: prose is copied
        // with one append per run rather than one per word.
        while (p != end) {
            if (!string_stops.stop[static_cast<unsigned char>(*p)]) {
                ++p;
            } else if (*p == ' ' && p != run && p + 1 != end && !string_stops.stop[static_cast<unsigned char>(p[1])]) {
                p += 2;
            } else {
                break;
            }
        }
        if (p != run) {
            if (pending_space) value.push_back(' ');
            pending_space = false;
            value.append(run, static_cast<std::size_t>(p - run));
            if (p == end) break;
        }
        char c = *p;
        if (c == '"') {
            out.span = state.span(open, p + 1);
            state.string_read(open, p + 1);
            return p + 1;
        }
        if (is_blank(c)) {
            pending_space = pending_space || !value.empty();
            ++p;
            continue;
        }
        if (pending_space) value.push_back(' ');
        pending_space = false;
        if (c == '\\') {
            p = scan_escape(p, end, state, value);
        } else if (c == '\0') {
            if (!nul_reported)
                state.error(diag::Code::syntax, p, p + 1, "a NUL byte inside a string (is this a binary file?)");
            nul_reported = true;
            ++p;
        } else {
            std::size_t len = utf8_length(p, end);
            if (len == 0) {  // reported once by report_invalid_utf8; keep the value valid UTF-8
                value.append(replacement_character);
                ++p;
            } else {
                value.append(p, len);
                p += len;
            }
        }
    }
    state.error(diag::Code::unterminated_string, open, open + 1,
                "this string is not terminated: expected a closing '\"' before the end of the file");
    out.span = state.span(open, end);
    return end;
}


const char* scan_number(const char* p, const char* end, ParseState& state, ast::Value& out) {
    const char* first = p;
    // The whole run of characters that could belong to the token, so that `2022-1x` is one
    // bad token rather than a date followed by junk.
    const char* e = p;
    while (e != end && is_identifier_char(*e)) ++e;
    std::string_view text(first, static_cast<std::size_t>(e - first));
    auto span = state.span(first, e);

    if (text.find_first_not_of("0123456789") == std::string_view::npos) {
        std::int64_t value = 0;
        bool overflow = false;
        for (char c : text) {
            int d = c - '0';
            if (value > (std::numeric_limits<std::int64_t>::max() - d) / 10) overflow = true;
            if (!overflow) value = value * 10 + d;
        }
        if (overflow) {
            state.error(diag::Code::syntax, first, e, "this number is too large");
            value = 0;
        }
        out = ast::Integer{span, value};
        return e;
    }
    auto digits = [&](std::size_t at, std::size_t n) {
        if (at + n > text.size()) return -1;
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (!is_digit(text[i])) return -1;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    ast::Date date{span, 0, 0, 0};
    bool shaped = false;
    if ((text.size() == 7 || text.size() == 10) && text[4] == '-' && (text.size() == 7 || text[7] == '-')) {
        date.year = digits(0, 4);
        date.month = digits(5, 2);
        date.day = text.size() == 10 ? digits(8, 2) : 1;
        shaped = date.year >= 0 && date.month >= 0 && date.day >= 0;
    }
    if (!shaped) {
        bool date_like = text.find_first_not_of("0123456789-") == std::string_view::npos;
        state.error(date_like ? diag::Code::bad_date : diag::Code::syntax, first, e,
                    date_like ? "malformed date: expected YYYY, YYYY-MM or YYYY-MM-DD"
                              : "malformed value: a number or a date may hold only digits and '-'");
        out = ast::Date{span, 0, 0, 0};
        return e;
    }
    if (date.month < 1 || date.month > 12) {
        state.error(diag::Code::bad_date, first, e, "no such date: the month must be 01 to 12");
    } else if (!days_exist(date.year, date.month, date.day)) {
        static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
        state.error(diag::Code::bad_date, first, e,
                    "no such date: " + std::string(months[date.month - 1]) + " " + std::to_string(date.year) +
                        " has no day " + std::to_string(date.day));
    }
    if (text.size() == 7) date.day = 0;
    out = date;
    return e;
}

const char* token_end(const char* p, const char* end) {
    if (p == end) return p;
    const char* e = scan_identifier(p, end);
    if (e != p) return e;
    if (is_digit(*p)) {
        while (e != end && is_identifier_char(*e)) ++e;
        return e;
    }
    if (*p == '"') {
        // Up to the closing quote, the end of the line, or a length past which a caret range
        // helps nobody.
        const char* limit = end - p > 200 ? p + 200 : end;
        e = p + 1;
        while (e < limit && *e != '"' && *e != '\n') e += (*e == '\\' && e + 1 < limit && e[1] != '\n') ? 2 : 1;
        return e != limit && *e == '"' ? e + 1 : e;
    }
    std::size_t len = utf8_length(p, end);
    return p + (len == 0 ? 1 : len);
}

std::string describe_token(const char* p, const char* end) {
    if (p == end) return "the end of the file";
    if (*p == '"') return "a string";
    if (*p == '\0') return "a NUL byte";
    if (utf8_length(p, end) == 0) return "a byte that is not UTF-8";
    const char* e = token_end(p, end);
    std::string text(p, static_cast<std::size_t>(std::min<std::ptrdiff_t>(e - p, 40)));
    return "'" + text + "'";
}

bool first_on_line(const char* begin, const char* p) {
    while (p != begin && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\r')) --p;
    return p == begin || p[-1] == '\n';
}

void report_invalid_utf8(ParseState& state) {
    constexpr std::size_t limit = 20;
    std::size_t reported = 0;
    const char* p = state.begin();
    const char* end = state.end();
    while (p != end) {
        // ASCII fast path, eight bytes at a time.
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL) break;
            p += 8;
        }
        if (p == end) break;
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        std::size_t len = utf8_length(p, end);
        if (len != 0) {
            p += len;
            continue;
        }
        if (reported == limit) {
            state.error(diag::Code::invalid_utf8, p, p + 1,
                        "more bytes that are not UTF-8 follow (not reported); is this a binary file?");
            return;
        }
        state.error(diag::Code::invalid_utf8, p, p + 1,
                    "this byte is not valid UTF-8 (claim files must be saved as UTF-8)");
        ++reported;
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        p = nl ? static_cast<const char*>(nl) + 1 : end;
    }
}

}  // namespace stance::grammar
