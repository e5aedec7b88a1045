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

// Reports an id with letters outside ASCII and reads it in its ASCII spelling, so that every use
// of the same spelling still finds the declaration.
inline ast::Identifier non_ascii_id(ParseState& state, const char* b, const char* e) {
    std::string written(b, e);
    std::string ascii = ascii_spelling(written);
    state.error(diag::Code::non_ascii_id, b, e,
                "an id is written in ASCII letters, digits, '_' and '-' (segments joined by '.'); the name with "
                "its accents goes in the string after the id",
                ascii);
    return ast::Identifier{state.span(b, e), ascii.empty() ? written : ascii};
}

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
        ParseState& state = state_of(context);
        if (e != last && static_cast<unsigned char>(*e) >= 0x80) {
            if (const char* word_end = scan_non_ascii_word(b, last); word_end != b) {
                assign(non_ascii_id(state, b, word_end), attr);
                first = word_end;
                return true;
            }
        }
        if (e == b) return false;
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
        if (first == last) return false;
        bool typographic = typographic_quote_length(first, last) != 0;
        if (*first != '"' && !typographic) return false;
        auto scan = typographic ? scan_typographic_string : scan_string;
        if constexpr (std::is_same_v<Attribute, ast::String>) {
            first = scan(first, last, state_of(context), attr);
        } else {
            ast::String value;
            first = scan(first, last, state_of(context), value);
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
