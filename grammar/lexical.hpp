#pragma once
// The lexical rules (DSL.md, "Lexical rules") as X3 rules: keywords, identifiers (where a
// statement may start, where an id is expected, attribute keys), strings, numbers and dates.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"
#include "grammar/keywords.hpp"

namespace stance::grammar {

// A keyword and where it was written (verbs and `strongly` keep their place in the tree).
struct KeywordToken {
    Keyword word = Keyword::claim;
    ast::Span span;
};

namespace lexical {

struct keyword_class;
struct identifier_class;
struct reference_class;
struct key_class;
struct string_class;
struct number_class;

// A keyword as a whole word: `claim` but not `claims` nor `claim.x`.
using keyword_type = x3::rule<keyword_class, KeywordToken>;
// An identifier that is not a keyword; fails silently (a statement may start here).
using identifier_type = x3::rule<identifier_class, ast::Identifier>;
// An identifier where one is expected: a keyword is reported (keyword_as_identifier) and taken
// as the id, unless it starts a line with a statement keyword (then the id is missing).
using reference_type = x3::rule<reference_class, ast::Identifier>;
// An attribute key: one segment; keywords allowed (`source`, `topic`).
using key_type = x3::rule<key_class, ast::Identifier>;
using string_type = x3::rule<string_class, ast::String>;
// An Integer or a Date.
using number_type = x3::rule<number_class, ast::Value>;

BOOST_SPIRIT_DECLARE(keyword_type, identifier_type, reference_type, key_type, string_type, number_type)

}  // namespace lexical

lexical::keyword_type const& keyword();
lexical::identifier_type const& identifier();
lexical::reference_type const& reference();
lexical::key_type const& key();
lexical::string_type const& string();
lexical::number_type const& number();

}  // namespace stance::grammar
