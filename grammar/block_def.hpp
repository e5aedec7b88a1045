#pragma once
// Definitions of values, attributes and blocks. Once a key is read the parser is committed:
// a missing value is reported there, in words, rather than failing the block silently.
#include "grammar/ast_adapted.hpp"
#include "grammar/block.hpp"
#include "grammar/lexical.hpp"

namespace stance::grammar {
namespace blocks {

struct value_class {};
struct attribute_class {};
struct block_class {};

value_type const value = "a value (a string, a date, a number or an id)";
x3::rule<struct values_class, std::vector<ast::Value>> const values = "values";
attribute_type const attribute = "an attribute";
block_type const block = "a block";

auto const assign_value = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };
auto const push_attribute = [](auto& ctx) { x3::_val(ctx).attributes.push_back(std::move(x3::_attr(ctx))); };

auto const value_def = string()[assign_value] | number()[assign_value] | reference()[assign_value];

auto const values_def = value > *(',' > named("a value after ','", value));

// The Fusion adaptation puts the key and the values in place.
auto const attribute_def = spanned[
    key()
    > named("a value after the attribute's key (a string, a date, a number or an id)", values)
    > -named("';'", x3::lit(';'))];

auto const block_def = spanned[
    x3::lit('{')
    > *attribute[push_attribute]
    > named("an attribute (a key and its values) or '}' closing the block", x3::lit('}'))];

BOOST_SPIRIT_DEFINE(value, values, attribute, block)

}  // namespace blocks

blocks::value_type const& value() { return blocks::value; }
blocks::attribute_type const& attribute() { return blocks::attribute; }
blocks::block_type const& block() { return blocks::block; }

}  // namespace stance::grammar
