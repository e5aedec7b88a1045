#pragma once
// Values and blocks: `{ key value, value; ... }` after a declaration, relation or stance.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace stance::grammar {
namespace blocks {

struct value_class;
struct attribute_class;
struct block_class;

// string | date | integer | id
using value_type = x3::rule<value_class, ast::Value>;
// key value { "," value } [ ";" ]
using attribute_type = x3::rule<attribute_class, ast::Attribute>;
// "{" { attribute } "}"
using block_type = x3::rule<block_class, ast::Block>;

BOOST_SPIRIT_DECLARE(value_type, attribute_type, block_type)

}  // namespace blocks

blocks::value_type const& value();
blocks::attribute_type const& attribute();
blocks::block_type const& block();

}  // namespace stance::grammar
