#pragma once
// The reserved words of the claims language (DSL.md, "Keywords"), in one table that the X3
// keyword symbols, error recovery and the "did you mean" suggestions all read.
#include <array>
#include <optional>
#include <string_view>

namespace stance::grammar {

enum class Keyword {
    language, include, source, expert, topic, claim, from,
    asserts, denies, qualifies, strongly,
    implies, contradicts, equivalent, supports, undermines,
};

inline constexpr std::array<std::string_view, 16> keyword_names = {
    "language", "include", "source", "expert", "topic", "claim", "from",
    "asserts", "denies", "qualifies", "strongly",
    "implies", "contradicts", "equivalent", "supports", "undermines",
};

constexpr std::string_view name_of(Keyword k) { return keyword_names[static_cast<std::size_t>(k)]; }

constexpr std::optional<Keyword> find_keyword(std::string_view word) {
    for (std::size_t i = 0; i < keyword_names.size(); ++i)
        if (keyword_names[i] == word) return static_cast<Keyword>(i);
    return std::nullopt;
}

// Keywords that begin a statement (`language`, `include`, the declarations and `from`).
constexpr bool starts_statement(Keyword k) { return k <= Keyword::from; }
constexpr bool is_stance_verb(Keyword k) { return k >= Keyword::asserts && k <= Keyword::qualifies; }
constexpr bool is_relation_verb(Keyword k) { return k >= Keyword::implies; }

}  // namespace stance::grammar
