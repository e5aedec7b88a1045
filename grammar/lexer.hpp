#pragma once
// The lexical rules of DSL.md as plain functions over the text: white space and comments,
// identifiers, strings (escapes, folding, UTF-8), numbers and dates. The X3 primitives in
// lexical_def.hpp wrap them; error recovery and messages use them to look at tokens.
// Each scan_* function takes the first byte of a token and returns one past its end
// (or `p` itself when no such token starts there).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "grammar/ast.hpp"

namespace stance::grammar {

class ParseState;

constexpr bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_segment_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
constexpr bool is_segment_char(char c) { return is_segment_start(c) || is_digit(c) || c == '-'; }
// A character that may continue an identifier: a keyword followed by one is not a keyword.
constexpr bool is_identifier_char(char c) { return is_segment_char(c) || c == '.'; }

// Skips white space and `#` comments. Inline: the parser asks at every token, and most of the
// time nothing is to be skipped.
inline const char* skip_blanks(const char* p, const char* end) {
    constexpr std::uint64_t blanks = 1ULL << ' ' | 1ULL << '\t' | 1ULL << '\n' | 1ULL << '\r';
    while (p != end) {
        auto c = static_cast<unsigned char>(*p);
        if (c <= ' ' && (blanks >> c & 1)) {
            ++p;
        } else if (c == '#') {
            const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
            p = nl ? static_cast<const char*>(nl) + 1 : end;
        } else {
            break;
        }
    }
    return p;
}
// `[A-Za-z_][A-Za-z0-9_-]*`
const char* scan_segment(const char* p, const char* end);
// Segments joined by '.'; a '.' not followed by a segment is not part of the identifier.
const char* scan_identifier(const char* p, const char* end);
// A BibTeX citation key: letters, digits and `:-_./+`.
const char* scan_citation_key(const char* p, const char* end);
// Length of the valid UTF-8 sequence at p (1 for ASCII), 0 when the bytes there are not one.
std::size_t utf8_length(const char* p, const char* end);

// `"..."` at p (which must be '"'): decodes escapes, folds literal white space, trims, and
// reports bad escapes, NUL bytes and an unterminated string to `state`. Never fails. A string
// whose end looks wrong is reported and recovered: one that runs over a line that reads as
// code ends at the line before it; a '"' glued to the words after it is taken as an unescaped
// quote inside the string.
const char* scan_string(const char* p, const char* end, ParseState& state, ast::String& out);
// A decoded value written back as a string that scan_string reads as that value: between
// straight quotes, with '"' and '\' escaped.
std::string string_literal(std::string_view value);
// An id written with letters outside ASCII (`pörtner`, `ögedei.x`): one past its end when the
// word at p holds at least one such letter, else p.
const char* scan_non_ascii_word(const char* p, const char* end);
// The word in ASCII letters (`pörtner` -> `poertner`, `Đukanović` -> `Dukanovic`); empty when
// some letter has no ASCII spelling (Cyrillic, Greek...).
std::string ascii_spelling(std::string_view word);
// 3 when p is at a typographic double quote (“ ” „), else 0.
std::size_t typographic_quote_length(const char* p, const char* end);
// A string between typographic quotes (“...”), reported with the fix and read like a string so
// that the statement is kept.
const char* scan_typographic_string(const char* p, const char* end, ParseState& state, ast::String& out);
// A number or a date at p (which must be a digit): an Integer for plain digits, a Date for
// YYYY-MM or YYYY-MM-DD. Malformed or non-existent dates are reported (bad_date) and still
// consumed, so that one typo does not derail the rest of the statement.
const char* scan_number(const char* p, const char* end, ParseState& state, ast::Value& out);

// The end of the token at p, for the range of a diagnostic: an identifier, a string up to its
// end or its line's end, or one character.
const char* token_end(const char* p, const char* end);
// Describes the token at p for "found ..." in messages: 'word', a string, the end of the file.
std::string describe_token(const char* p, const char* end);
// Whether the line at p (indentation skipped) reads as the start of a statement or of an
// attribute with a string value: in a string that runs over lines, the sign that its closing
// quote is missing. Strict, so that prose wrapped over lines is not taken for code; `stance
// fmt` never starts a line of a wrapped string with such words.
bool reads_as_code(const char* p, const char* end);
// Whether only spaces and tabs stand between the start of p's line and p.
bool first_on_line(const char* begin, const char* p);

// Reports invalid UTF-8 anywhere in the text (comments included): the first bad byte of each
// line, up to a limit, so that a binary file gives a few clear errors rather than thousands.
// A text with none is marked valid (ParseState::valid_utf8), and its strings copy their
// characters outside ASCII without checking them again.
void report_invalid_utf8(ParseState& state);

}  // namespace stance::grammar
