#include "grammar/lexer.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>

#include <utf8proc.h>

#include "grammar/keywords.hpp"
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
// space, NUL and, unless the text is known to be valid UTF-8, every non-ASCII byte (then
// validated one sequence at a time).
struct StringStops {
    bool stop[256] = {};
    constexpr explicit StringStops(bool non_ascii) {
        stop[static_cast<unsigned char>('"')] = true;
        stop[static_cast<unsigned char>('\\')] = true;
        stop[static_cast<unsigned char>(' ')] = true;
        stop[static_cast<unsigned char>('\t')] = true;
        stop[static_cast<unsigned char>('\n')] = true;
        stop[static_cast<unsigned char>('\r')] = true;
        stop[0] = true;
        for (int i = 0x80; i < 256; ++i) stop[i] = non_ascii;
    }
};
constexpr StringStops checked_stops(true);
constexpr StringStops valid_utf8_stops(false);

// Eight bytes at a time: 0x80 in each byte of x that is zero, exactly (no carry between bytes).
constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
constexpr std::uint64_t every_byte(unsigned char c) { return 0x0101010101010101ULL * c; }
constexpr std::uint64_t zero_bytes(std::uint64_t x) {
    std::uint64_t t = (x & ~high_bits) + ~high_bits;
    return ~(t | x | ~high_bits);
}

// Whether the eight bytes at p are plain string content that a run copies as it is: no quote,
// backslash, control character or (when `non_ascii` stops a run) byte outside ASCII, and
// every space followed by a character that is not white space. The byte after them must be
// readable.
bool plain_word(const char* p, const StringStops& stops, bool non_ascii) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    std::uint64_t control = ~(((x & ~high_bits) + every_byte(0x80 - 0x20)) | x) & high_bits;  // below ' '
    std::uint64_t spaces = zero_bytes(x ^ every_byte(' '));
    std::uint64_t bad = control | zero_bytes(x ^ every_byte('"')) | zero_bytes(x ^ every_byte('\\')) |
                        (spaces & (spaces >> 8)) | (non_ascii ? x & high_bits : 0);
    if (bad) return false;
    return p[7] != ' ' || !stops.stop[static_cast<unsigned char>(p[8])];
}

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

namespace {

// is_segment_char as a table: ids are most of the words the parser reads.
struct SegmentChars {
    bool in[256] = {};
    constexpr SegmentChars() {
        for (int c = 0; c < 256; ++c) in[c] = is_segment_char(static_cast<char>(c));
    }
};
constexpr SegmentChars segment_chars;

}  // namespace

const char* scan_segment(const char* p, const char* end) {
    if (p == end || !is_segment_start(*p)) return p;
    ++p;
    while (p != end && segment_chars.in[static_cast<unsigned char>(*p)]) ++p;
    return p;
}

const char* scan_identifier(const char* p, const char* end) {
    const char* e = scan_segment(p, end);
    if (e == p) return p;
    while (e != end && *e == '.' && e + 1 != end && is_segment_start(e[1])) e = scan_segment(e + 1, end);
    return e;
}

const char* scan_citation_key(const char* p, const char* end) {
    auto key_char = [](char c) {
        return is_segment_char(c) || c == ':' || c == '.' || c == '/' || c == '+';
    };
    while (p != end && key_char(*p)) ++p;
    return p;
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

namespace {

// Decodes the string content [p, stop): escapes, folded white space, UTF-8 checks. A '"' in it
// is text (a recovered string may hold one).
void decode_string(const char* p, const char* stop, ParseState& state, std::string& value) {
    value.clear();
    value.reserve(static_cast<std::size_t>(stop - p));
    const bool non_ascii_stops = !state.valid_utf8();
    const StringStops& string_stops = non_ascii_stops ? checked_stops : valid_utf8_stops;
    bool pending_space = false;  // a literal white-space run waits to become one space
    bool nul_reported = false;   // once per string
    while (p != stop) {
        const char* run = p;
        // A run of plain characters, single spaces between words included: prose is copied
        // with one append per run rather than one per word, and looked at a word at a time.
        while (p != stop) {
            if (p != run && stop - p > 8 && plain_word(p, string_stops, non_ascii_stops)) {
                p += 8;
            } else if (!string_stops.stop[static_cast<unsigned char>(*p)]) {
                ++p;
            } else if (*p == ' ' && p != run && p + 1 != stop && !string_stops.stop[static_cast<unsigned char>(p[1])]) {
                p += 2;
            } else {
                break;
            }
        }
        if (p != run) {
            if (pending_space) value.push_back(' ');
            pending_space = false;
            value.append(run, static_cast<std::size_t>(p - run));
            if (p == stop) break;
        }
        char c = *p;
        if (is_blank(c)) {
            pending_space = pending_space || !value.empty();
            ++p;
            continue;
        }
        if (pending_space) value.push_back(' ');
        pending_space = false;
        if (c == '\\') {
            p = scan_escape(p, stop, state, value);
        } else if (c == '"') {
            value.push_back('"');
            ++p;
        } else if (c == '\0') {
            if (!nul_reported)
                state.error(diag::Code::syntax, p, p + 1, "a NUL byte inside a string (is this a binary file?)");
            nul_reported = true;
            ++p;
        } else {
            std::size_t len = utf8_length(p, stop);
            if (len == 0) {  // reported once by report_invalid_utf8; keep the value valid UTF-8
                value.append(replacement_character);
                ++p;
            } else {
                value.append(p, len);
                p += len;
            }
        }
    }
}

// The first '"' from p that no backslash escapes; end when there is none.
const char* next_quote(const char* p, const char* end) {
    const char* from = p;
    while (p != end) {
        const void* found = std::memchr(p, '"', static_cast<std::size_t>(end - p));
        if (!found) return end;
        const char* q = static_cast<const char*>(found);
        std::size_t backslashes = 0;
        while (q - backslashes > from && q[-1 - static_cast<std::ptrdiff_t>(backslashes)] == '\\') ++backslashes;
        if (backslashes % 2 == 0) return q;
        p = q + 1;
    }
    return end;
}

const char* line_end(const char* p, const char* end) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    return nl ? static_cast<const char*>(nl) : end;
}

// What may come right after a string in a valid file.
bool may_follow_string(const char* p, const char* end) {
    if (p == end) return true;
    char c = *p;
    return is_blank(c) || c == ',' || c == ';' || c == '{' || c == '}' || c == '#';
}

}  // namespace

bool reads_as_code(const char* p, const char* end) {
    while (p != end && (*p == ' ' || *p == '\t' || *p == '\r')) ++p;
    if (p == end) return false;
    auto blank_then = [&](const char* q, auto accept) {
        while (q != end && (*q == ' ' || *q == '\t')) ++q;
        return accept(q);
    };
    auto line_ends = [&](const char* q) { return q == end || *q == '\n' || *q == '\r' || *q == '#'; };
    if (*p == '}') return blank_then(p + 1, line_ends);
    const char* e = scan_identifier(p, end);
    if (e == p) return false;
    auto k = find_keyword({p, static_cast<std::size_t>(e - p)});
    if (k && *k == Keyword::include) return blank_then(e, [&](const char* q) { return q != end && *q == '"'; });
    if (k && starts_statement(*k) && *k != Keyword::language) {
        const char* id = skip_blanks(e, end);
        const char* id_end = scan_identifier(id, end);
        if (id_end == id) return false;
        return blank_then(id_end, [&](const char* q) {
            return q != end && (*q == '{' || (*k != Keyword::from && *q == '"'));
        });
    }
    if (k) return false;
    // key "value"
    if (scan_segment(p, end) == e && blank_then(e, [&](const char* q) { return q != end && *q == '"' && q != e; }))
        return true;
    // id [strongly] verb id: a stance or a relation
    const char* verb = p;
    const char* verb_end = e;
    for (int words = 0; words < 2; ++words) {
        verb = e;
        while (verb != end && (*verb == ' ' || *verb == '\t')) ++verb;
        verb_end = scan_identifier(verb, end);
        auto v = find_keyword({verb, static_cast<std::size_t>(verb_end - verb)});
        if (!v || !(is_stance_verb(*v) || is_relation_verb(*v) || *v == Keyword::strongly)) return false;
        if (*v != Keyword::strongly) break;
        e = verb_end;
    }
    const char* claim = verb_end;
    while (claim != end && (*claim == ' ' || *claim == '\t')) ++claim;
    const char* claim_end = scan_identifier(claim, end);
    if (claim_end == claim) return false;
    return blank_then(claim_end, [&](const char* q) { return line_ends(q) || *q == '{'; });
}

namespace {

// The start of the first line after the first that starts in [from, to) and reads as code,
// or nullptr.
const char* first_code_line(const char* from, const char* to, const char* end) {
    for (const char* nl = line_end(from, to); nl != to; nl = line_end(nl + 1, to))
        if (reads_as_code(nl + 1, end)) return nl + 1;
    return nullptr;
}

std::string line_number(const char* begin, const char* p) {
    return std::to_string(1 + std::count(begin, p, '\n'));
}

}  // namespace

const char* scan_string(const char* p, const char* end, ParseState& state, ast::String& out) {
    const char* open = p;
    const char* close = next_quote(open + 1, end);
    const char* after = close == end ? end : close + 1;
    bool multiline = std::memchr(open, '\n', static_cast<std::size_t>(close - open)) != nullptr;
    bool well_followed = close != end && may_follow_string(after, end);
    if (!multiline && (well_followed || close == end)) {
        if (close == end) {
            state.error(diag::Code::unterminated_string, open, open + 1,
                        "this string is not closed: expected a closing '\"' before the end of the file");
        } else {
            state.string_read(open, after);
        }
        decode_string(open + 1, close, state, out.value);
        out.span = state.span(open, after);
        return after;
    }
    if (!multiline) {
        // `"... "word" ..."`: quote marks inside the string pair up, and the string ends at the
        // first odd one that is followed by what may follow a string.
        const char* eol = line_end(after, end);
        const char* real_close = nullptr;
        int count = 1;
        for (const char* q = next_quote(after, eol); q != eol; q = next_quote(q + 1, eol)) {
            if (++count % 2 == 1 && may_follow_string(q + 1, end)) {
                real_close = q;
                break;
            }
        }
        state.error(diag::Code::unescaped_quote, close, after,
                    real_close ? "this '\"' ends the string, but the text goes on: a '\"' inside a string is "
                                 "written '\\\"'"
                               : "this '\"' ends the string, but the text goes on: a '\"' inside a string is "
                                 "written '\\\"' (the string is read to the end of the line)");
        const char* stop = real_close ? real_close : eol;
        decode_string(open + 1, stop, state, out.value);
        const char* resume = real_close ? real_close + 1 : eol;
        out.span = state.span(open, resume);
        return resume;
    }
    // Over several lines: fine, unless a line inside reads as code, or the closing quote is
    // glued to what follows (then it is the opening quote of the next string). Either way the
    // string most probably should have ended at the end of the line before.
    const char* code = first_code_line(open, close, end);
    if (!code && well_followed) {
        state.string_read(open, after);
        decode_string(open + 1, close, state, out.value);
        out.span = state.span(open, after);
        return after;
    }
    const char* next_line = code;
    if (!next_line && close != end) {
        next_line = close;
        while (next_line[-1] != '\n') --next_line;
    }
    if (!next_line) {
        state.error(diag::Code::unterminated_string, open, open + 1,
                    "this string is not closed: expected a closing '\"' before the end of the file");
        decode_string(open + 1, end, state, out.value);
        out.span = state.span(open, end);
        return end;
    }
    const char* stop = next_line - 1;  // the line break
    if (stop != open && stop[-1] == '\r') --stop;
    std::string should_end = line_number(state.begin(), stop);
    std::string because =
        code ? "line " + line_number(state.begin(), code) + " reads as the next statement or attribute"
             : "its '\"' on line " + line_number(state.begin(), close) + " opens the string that follows";
    state.error(diag::Code::unterminated_string, open, open + 1,
                "this string is not closed: it probably should end with '\"' on line " + should_end + " (" +
                    because + ")");
    decode_string(open + 1, stop, state, out.value);
    out.span = state.span(open, stop);
    return next_line;
}

namespace {

// A code point at p that is a letter or a combining mark (outside ASCII); 0 if none.
std::size_t non_ascii_letter_length(const char* p, const char* end) {
    if (p == end || static_cast<unsigned char>(*p) < 0x80) return 0;
    std::size_t len = utf8_length(p, end);
    if (len == 0) return 0;
    utf8proc_int32_t cp = 0;
    utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(p), static_cast<utf8proc_ssize_t>(len), &cp);
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: return len;
    default: return 0;
    }
}

}  // namespace

const char* scan_non_ascii_word(const char* p, const char* end) {
    const char* e = p;
    bool non_ascii = false;
    while (e != end) {
        if (is_segment_char(*e) || (*e == '.' && e + 1 != end && e != p && !is_blank(e[1]))) {
            ++e;
        } else if (std::size_t len = non_ascii_letter_length(e, end)) {
            e += len;
            non_ascii = true;
        } else {
            break;
        }
    }
    while (e != p && e[-1] == '.') --e;
    return non_ascii ? e : p;
}

std::string ascii_spelling(std::string_view word) {
    // Letters that decomposition does not reduce to ASCII, as they are usually written.
    static constexpr std::pair<std::string_view, std::string_view> special[] = {
        {"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"Ä", "Ae"}, {"Ö", "Oe"}, {"Ü", "Ue"}, {"ß", "ss"},
        {"æ", "ae"}, {"Æ", "Ae"}, {"œ", "oe"}, {"Œ", "Oe"}, {"ø", "o"},  {"Ø", "O"},  {"ł", "l"},
        {"Ł", "L"},  {"đ", "d"},  {"Đ", "D"},  {"ı", "i"},  {"þ", "th"}, {"ð", "d"},
    };
    std::string out;
    for (std::size_t i = 0; i < word.size();) {
        auto c = static_cast<unsigned char>(word[i]);
        if (c < 0x80) {
            out.push_back(word[i++]);
            continue;
        }
        std::size_t len = utf8_length(word.data() + i, word.data() + word.size());
        if (len == 0) return {};
        std::string_view letter = word.substr(i, len);
        i += len;
        auto known = std::find_if(std::begin(special), std::end(special), [&](auto& s) { return s.first == letter; });
        if (known != std::end(special)) {
            out += known->second;
            continue;
        }
        utf8proc_uint8_t* mapped = nullptr;
        auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(letter.data()),
                              static_cast<utf8proc_ssize_t>(letter.size()), &mapped,
                              static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK));
        std::string plain = n >= 0 ? std::string(reinterpret_cast<char*>(mapped), static_cast<std::size_t>(n)) : "";
        std::free(mapped);
        for (char p : plain)
            if (static_cast<unsigned char>(p) >= 0x80 || !is_identifier_char(p)) return {};
        out += plain;
    }
    return out;
}

std::string string_literal(std::string_view value) {
    std::string literal = "\"";
    for (char c : value) {
        if (c == '"' || c == '\\') literal.push_back('\\');
        literal.push_back(c);
    }
    literal.push_back('"');
    return literal;
}

std::size_t typographic_quote_length(const char* p, const char* end) {
    if (end - p < 3 || static_cast<unsigned char>(p[0]) != 0xE2 || static_cast<unsigned char>(p[1]) != 0x80) return 0;
    auto c = static_cast<unsigned char>(p[2]);
    return c == 0x9C || c == 0x9D || c == 0x9E ? 3 : 0;  // “ ” „
}

const char* scan_typographic_string(const char* p, const char* end, ParseState& state, ast::String& out) {
    const char* open = p;
    const char* content = p + typographic_quote_length(p, end);
    const char* close = content;
    while (close != end && typographic_quote_length(close, end) == 0) ++close;
    bool closed = close != end;
    const char* after = closed ? close + 3 : line_end(content, end);
    decode_string(content, closed ? close : after, state, out.value);
    out.span = state.span(open, after);
    const std::string fixed = string_literal(out.value);
    std::string message = "a string goes between straight quotes '\"', not typographic ones; typographic quotes "
                          "are fine inside a string";
    if (!closed) message += " (no closing typographic quote either: the string is read to the end of the line)";
    bool short_enough = closed && fixed.size() <= 80;
    if (closed && !short_enough)
        message += ": write '\"' here and at line " + line_number(state.begin(), close) + " in their place";
    state.error(diag::Code::typographic_quotes, open, after, std::move(message), short_enough ? fixed : std::string());
    return after;
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
        // ASCII fast path, 32 bytes at a time, then eight.
        while (end - p >= 32) {
            std::uint64_t words[4];
            std::memcpy(words, p, 32);
            if ((words[0] | words[1] | words[2] | words[3]) & high_bits) break;
            p += 32;
        }
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if (word & high_bits) break;
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
    if (reported == 0) state.set_valid_utf8();
}

}  // namespace stance::grammar
