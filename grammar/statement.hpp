#pragma once
// Statements: include, the four declarations, relations, stances, `language`, and the two
// halves of a `from` block (`from ID {` and `}`), each parsed on its own so that nesting never
// recurses; the driver in parse.cpp pairs them up and checks the depth.
#include <variant>

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace stance::grammar {

// `language N`; valid only as the first statement, which the driver checks.
struct LanguageStatement {
    ast::Span span;
    ast::Value version;
};

using ParsedStatement = std::variant<ast::Include, ast::Declaration, ast::Relation, ast::Stance,
                                     ast::FromOpen, ast::FromClose, LanguageStatement>;

namespace statements {

struct statement_class;
using statement_type = x3::rule<statement_class, ParsedStatement>;
BOOST_SPIRIT_DECLARE(statement_type)

}  // namespace statements

statements::statement_type const& statement();

}  // namespace stance::grammar
