#pragma once
// Definitions of the lexical rules. Identifiers, strings and numbers are hand-written X3
// primitives over the functions of lexer.hpp: one pass per token, no per-character allocation,
// and lexical errors (escapes, dates, UTF-8) reported in place without failing the statement.
#include <type_traits>

#include "grammar/lexer.hpp"
#include "grammar/lexical.hpp"

namespace stance::grammar {
namespace lexical {

inline x3::symbols<Keyword> make_keyword_symbols() {
    x3::symbols<Keyword> symbols;
    for (std::size_t i = 0; i < keyword_names.size(); ++i)
        symbols.add(std::string(keyword_names[i]), static_cast<Keyword>(i));
    return symbols;
}
x3::symbols<Keyword> const keyword_symbols = make_keyword_symbols();

template <typename Value, typename Attribute>
void assign(Value&& value, Attribute& attr) {
    if constexpr (!std::is_same_v<Attribute, x3::unused_type> && !std::is_same_v<Attribute, const x3::unused_type>)
        attr = std::forward<Value>(value);
}

// One character that may continue an identifier (so that a keyword must end as a word).
struct identifier_char_parser : x3::parser<identifier_char_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        if (first == last || !is_identifier_char(*first)) return false;
        ++first;
        return true;
    }
};

enum class IdentifierMode { plain, reference, key };

template <IdentifierMode mode>
struct identifier_parser : x3::parser<identifier_parser<mode>> {
    using attribute_type = ast::Identifier;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
        x3::skip_over(first, last, context);
        const char* b = first;
        const char* e = mode == IdentifierMode::key ? scan_segment(b, last) : scan_identifier(b, last);
        if (e == b) return false;
        ParseState& state = state_of(context);
        std::string_view name(b, static_cast<std::size_t>(e - b));
        if constexpr (mode == IdentifierMode::reference) {
            if (auto k = find_keyword(name)) {
                // A statement keyword at the start of a line is the next statement, not this id.
                if (starts_statement(*k) && first_on_line(state.begin(), b)) return false;
                state.error(diag::Code::keyword_as_identifier, b, e,
                            "'" + std::string(name) + "' is a keyword and cannot be used as an id");
            }
        }
        assign(ast::Identifier{state.span(b, e), std::string(name)}, attr);
        first = e;
        return true;
    }
};

struct string_parser : x3::parser<string_parser> {
    using attribute_type = ast::String;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
        x3::skip_over(first, last, context);
        if (first == last || *first != '"') return false;
        if constexpr (std::is_same_v<Attribute, ast::String>) {
            first = scan_string(first, last, state_of(context), attr);
        } else {
            ast::String value;
            first = scan_string(first, last, state_of(context), value);
            assign(std::move(value), attr);
        }
        return true;
    }
};

struct number_parser : x3::parser<number_parser> {
    using attribute_type = ast::Value;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
        x3::skip_over(first, last, context);
        if (first == last || !is_digit(*first)) return false;
        ast::Value value;
        first = scan_number(first, last, state_of(context), value);
        assign(std::move(value), attr);
        return true;
    }
};

struct keyword_class {};
struct identifier_class {};
struct reference_class {};
struct key_class {};
struct string_class {};
struct number_class {};

keyword_type const keyword = "a keyword";
identifier_type const identifier = "an id";
reference_type const reference = "an id";
key_type const key = "an attribute key";
string_type const string = "a string";
number_type const number = "a number or a date";

auto const set_keyword = [](auto& ctx) { x3::_val(ctx).word = x3::_attr(ctx); };

auto const keyword_def = spanned[x3::lexeme[keyword_symbols[set_keyword] >> !identifier_char_parser{}]];
auto const identifier_def = !keyword >> identifier_parser<IdentifierMode::plain>{};
auto const reference_def = identifier_parser<IdentifierMode::reference>{};
auto const key_def = identifier_parser<IdentifierMode::key>{};
auto const string_def = string_parser{};
auto const number_def = number_parser{};

BOOST_SPIRIT_DEFINE(keyword, identifier, reference, key, string, number)

}  // namespace lexical

lexical::keyword_type const& keyword() { return lexical::keyword; }
lexical::identifier_type const& identifier() { return lexical::identifier; }
lexical::reference_type const& reference() { return lexical::reference; }
lexical::key_type const& key() { return lexical::key; }
lexical::string_type const& string() { return lexical::string; }
lexical::number_type const& number() { return lexical::number; }

}  // namespace stance::grammar
