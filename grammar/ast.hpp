#pragma once
// The syntax tree of one claims file as the parser reads it (DSL.md, version 1).
// Plain structs with no Spirit types, so the rest of stance reads the tree without seeing X3.
// `from` blocks are flat: a FromOpen, the statements inside, then the matching FromClose.
// This keeps the tree (and every walk over it) free of recursion however deep files nest.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace stance::ast {

// Byte offsets into the file's text, [begin, end).
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

struct Identifier {
    Span span;
    std::string name;  // segments joined by '.'
};

struct String {
    Span span;
    std::string value;  // escapes decoded, runs of white space folded to one space, trimmed
};

struct Date {
    Span span;
    int year = 0;
    int month = 0;  // 0 when absent (YYYY)
    int day = 0;    // 0 when absent (YYYY or YYYY-MM)
};

struct Integer {
    Span span;
    std::int64_t value = 0;
};

// A citation key as BibTeX writes it (`Yao:2023`, `doe.j-2021/a+b`): letters, digits and
// `:-_./+`. Only `cite` takes one.
struct CitationKey {
    Span span;
    std::string text;
};

using Value = std::variant<String, Date, Integer, Identifier, CitationKey>;

struct Attribute {
    Span span;
    Identifier key;
    std::vector<Value> values;  // one or more, comma-separated
};

struct Block {
    Span span;
    std::vector<Attribute> attributes;
};

struct Include {
    Span span;
    String path;  // relative to the including file
};

enum class DeclarationKind { source, expert, topic, claim };

// source / expert / topic / claim: keyword, id, a string (required but for sources), a block.
struct Declaration {
    Span span;
    DeclarationKind kind = DeclarationKind::claim;
    Identifier id;
    std::optional<String> text;  // source: title; expert: full name; topic: question; claim: proposition
    std::optional<Block> block;
};

enum class RelationVerb { implies, contradicts, equivalent, supports, undermines };

struct Relation {
    Span span;
    Identifier from;
    RelationVerb verb = RelationVerb::implies;
    Identifier to;
    std::optional<Block> block;
};

enum class StanceVerb { asserts, denies, qualifies };

struct Stance {
    Span span;
    Identifier expert;
    std::optional<Span> strongly;  // where `strongly` was written, if it was
    StanceVerb verb = StanceVerb::asserts;
    Span verb_span;
    Identifier claim;
    std::optional<Block> block;
};

// `from ID {`: the default source of the stances up to the matching FromClose.
struct FromOpen {
    Span span;
    Identifier source;
};

// The `}` that closes a `from` block.
struct FromClose {
    Span span;
};

using Statement = std::variant<Include, Declaration, Relation, Stance, FromOpen, FromClose>;

// A statement that did not parse but reads as a declaration (`clam x "..."`, `claim x` with its
// string missing): the id it would have declared, so that later uses of the id are known to
// follow from that error rather than reported as unknown.
struct BrokenDeclaration {
    Span statement;  // from its first token to the id
    Identifier id;
};

struct File {
    std::optional<Integer> language;  // `language N`
    std::vector<Statement> statements;  // FromOpen/FromClose always balanced
    std::vector<BrokenDeclaration> broken;  // empty when the file parsed without errors
};

}  // namespace stance::ast
