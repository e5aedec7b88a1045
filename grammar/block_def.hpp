#pragma once
// Definitions of values, attributes and blocks. Once a key is read the parser is committed:
// a missing value is reported there, in words, rather than failing the block silently.
#include "grammar/block.hpp"
#include "grammar/lexical.hpp"
#include "grammar/lexer.hpp"
#include "grammar/recovery.hpp"

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
// Room for two at the first: a stance's block has its quote and where it is found.
auto const push_attribute = [](auto& ctx) {
    auto& attributes = x3::_val(ctx).attributes;
    if (attributes.empty()) attributes.reserve(2);
    attributes.push_back(std::move(x3::_attr(ctx)));
};

auto const value_def = string()[assign_value] | number()[assign_value] | reference()[assign_value];

auto const values_def = value > *(',' > named("a value after ','", value));

struct citation_key_parser : x3::parser<citation_key_parser> {
    using attribute_type = ast::Value;
    static bool const has_attribute = true;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
        x3::skip_over(first, last, context);
        const char* e = scan_citation_key(first, last);
        if (e == first) return false;
        attr = ast::CitationKey{state_of(context).span(first, e), std::string(first, e)};
        first = e;
        return true;
    }
};

// `cite` takes BibTeX keys (`Yao:2023`), which are not ids.
x3::rule<struct cite_value_class, ast::Value> const cite_value = "a citation key";
x3::rule<struct cite_values_class, std::vector<ast::Value>> const cite_values = "citation keys";
auto const cite_value_def = string()[assign_value] | citation_key_parser{}[assign_value];
auto const cite_values_def = cite_value > *(',' > named("a citation key after ','", cite_value));

auto const set_cite_key = [](auto& ctx) {
    x3::_pass(ctx) = x3::_attr(ctx).name == "cite";
    if (x3::_pass(ctx)) x3::_val(ctx).key = std::move(x3::_attr(ctx));
};
auto const set_key = [](auto& ctx) { x3::_val(ctx).key = std::move(x3::_attr(ctx)); };
auto const set_values = [](auto& ctx) { x3::_val(ctx).values = std::move(x3::_attr(ctx)); };

auto const attribute_def = spanned[
    ((key()[set_cite_key]
      > named("a citation key after 'cite' (letters, digits and :-_./+, as in Yao:2023) or a string",
              cite_values)[set_values])
     | (key()[set_key]
        > named("a value after the attribute's key (a string, a date, a number or an id)", values)[set_values]))
    > -named("';'", x3::lit(';'))];

// Whether a statement starts at the next token (the first on its line): inside a block whose
// '}' is missing, `nikitina denies x` is the next stance, not an attribute `nikitina`.
inline bool statement_ahead(const char* first, const char* last, ParseState& state) {
    const char* p = skip_blanks(first, last);
    return p == last || (first_on_line(state.begin(), p) && starts_statement_at(state.begin(), p, last, 1));
}

struct block_open_parser : x3::parser<block_open_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
        x3::skip_over(first, last, context);
        if (first == last || *first != '{') return false;
        state_of(context).block_opened(first);
        ++first;
        return true;
    }
};

struct attribute_ahead_parser : x3::parser<attribute_ahead_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
        return !statement_ahead(first, last, state_of(context));
    }
};

// '}', or the next statement when the '}' is missing: then the block is reported, at its '{',
// and both the statement that opened it and the one after are kept.
struct block_close_parser : x3::parser<block_close_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
        Iterator before = first;
        x3::skip_over(first, last, context);
        if (first != last && *first == '}') {
            ++first;
            return true;
        }
        ParseState& state = state_of(context);
        if (!statement_ahead(first, last, state)) return false;
        state.unclosed_block(first);
        first = before;  // the block ends with its last attribute
        return true;
    }
};

auto const block_def = spanned[
    block_open_parser{}
    > *(attribute_ahead_parser{} >> attribute[push_attribute])
    > named("an attribute (a key and its values) or '}' closing the block", block_close_parser{})];

BOOST_SPIRIT_DEFINE(value, values, cite_value, cite_values, attribute, block)

}  // namespace blocks

blocks::value_type const& value() { return blocks::value; }
blocks::attribute_type const& attribute() { return blocks::attribute; }
blocks::block_type const& block() { return blocks::block; }

}  // namespace stance::grammar
