#include "grammar/recovery.hpp"

#include <cstring>

#include "grammar/keywords.hpp"
#include "grammar/lexer.hpp"

namespace stance::grammar {

namespace {

const char* skip_string(const char* p, const char* end) {
    ++p;
    while (p != end && *p != '"') p += (*p == '\\' && p + 1 != end) ? 2 : 1;
    return p == end ? end : p + 1;
}

const char* skip_comment(const char* p, const char* end) {
    while (p != end && *p != '\n') ++p;
    return p;
}

bool is_verb_at(const char* p, const char* end) {
    const char* e = scan_identifier(p, end);
    auto k = find_keyword({p, static_cast<std::size_t>(e - p)});
    return k && (is_stance_verb(*k) || is_relation_verb(*k) || *k == Keyword::strongly);
}

}  // namespace

// Whether the token at p (the first on its line) starts a statement. Inside an unclosed block
// `source`, `topic`... may be attribute keys, so there the whole shape of a declaration is
// required. Outside blocks an id in the first column also counts: statements are written
// there, continuation lines are indented, and a misspelt keyword must not hide its statement.
bool starts_statement_at(const char* begin, const char* p, const char* end, int depth) {
    if (p == end) return false;
    if (*p == '}') return depth == 0;
    const char* e = scan_identifier(p, end);
    if (e == p) return false;
    if (depth == 0 && (p == begin || p[-1] == '\n')) return true;
    auto k = find_keyword({p, static_cast<std::size_t>(e - p)});
    if (!k) return is_verb_at(skip_blanks(e, end), end);
    if (!starts_statement(*k)) return false;
    if (depth == 0) return true;
    const char* next = skip_blanks(e, end);
    if (*k == Keyword::include) return next != end && *next == '"';
    if (*k == Keyword::language) return next != end && is_digit(*next);
    const char* id_end = scan_identifier(next, end);
    if (id_end == next) return false;
    const char* after = skip_blanks(id_end, end);
    if (after == end) return false;
    return *after == '{' || (*k != Keyword::from && *after == '"');
}

const char* resynchronise(const char* begin, const char* start, const char* error, const char* end) {
    // Attribute blocks the failed statement opened before its error.
    int depth = 0;
    for (const char* p = start; p < error;) {
        if (*p == '"') p = skip_string(p, end);
        else if (*p == '#') p = skip_comment(p, end);
        else {
            if (*p == '{') ++depth;
            if (*p == '}' && depth > 0) --depth;
            ++p;
        }
    }
    if (error > start && first_on_line(begin, error) && starts_statement_at(begin, error, end, depth)) return error;

    const char* p = error;
    while (p < end) {
        char c = *p;
        if (c == '"') {
            // A string that does not close on its line is more likely a stray or missing quote
            // than a quote wrapped over lines: its lines are still looked at.
            const char* after = skip_string(p, end);
            bool one_line = after != end && std::memchr(p, '\n', static_cast<std::size_t>(after - p)) == nullptr;
            p = one_line ? after : p + 1;
        } else if (c == '#') {
            p = skip_comment(p, end);
        } else if (c == '{') {
            ++depth;
            ++p;
        } else if (c == '}') {
            ++p;
            if (depth > 0 && --depth == 0) return p;
        } else if (c == '\n') {
            ++p;
            while (p != end && (*p == ' ' || *p == '\t' || *p == '\r')) ++p;
            if (starts_statement_at(begin, p, end, depth)) return p;
        } else {
            ++p;
        }
    }
    return end;
}

}  // namespace stance::grammar
