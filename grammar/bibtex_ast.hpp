#pragma once
// A BibTeX file as reference managers (Zotero, JabRef, BibDesk) write it: the entries with
// their fields, `@string` macros expanded and LaTeX decoded to UTF-8. Plain structs with no
// Spirit types; grammar::parse_bibtex (parse_bibtex.hpp) makes them.
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"

namespace stance::ast::bibtex {

// One piece of a field value as written: `{...}`, `"..."`, a number or a macro name, joined
// by `#`. `text` is the inside of the delimiters (or the number, or the macro's name).
struct Piece {
    enum class Kind { literal, macro } kind = Kind::literal;
    std::string text;
    Span span;
};

struct RawField {
    std::string name;  // lower case
    std::vector<Piece> value;
    Span span;         // the field's name
};

// What the grammar reads for one `@...` item, before macros are expanded.
struct RawItem {
    enum class Kind { entry, string, skipped } kind = Kind::skipped;  // skipped: @comment, @preamble
    std::string type;  // lower case: "article", "online", ...; for @string, "string"
    std::string key;   // the citation key; for @string, the macro's name (lower case)
    Span span;         // the whole item, from its '@'
    Span key_span;
    std::vector<RawField> fields;  // for @string, one field: the definition
};

struct Field {
    std::string name;   // lower case: "author", "title", "month"...
    std::string latex;  // the value as BibTeX text, macros expanded and pieces joined
    std::string text;   // the value as UTF-8: LaTeX decoded, braces dropped, white space folded
    Span span;
};

struct Entry {
    std::string type;  // lower case
    std::string key;
    std::vector<Field> fields;
    Span span;
    Span key_span;

    const Field* field(std::string_view name) const;  // nullptr when absent
};

struct File {
    std::vector<Entry> entries;  // in file order
};

}  // namespace stance::ast::bibtex
