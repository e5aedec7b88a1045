#pragma once
// Definitions of the BibTeX rules. After `@` and after an item's opening brace the parser is
// committed (`>`): what follows is expected, and a failure is reported by item_class::on_error
// with the name of the missing part. Values keep their text as written (the inside of `{...}`
// or `"..."`); parse_bibtex expands macros and decodes LaTeX afterwards.
#include "grammar/bibtex.hpp"

namespace stance::grammar {
namespace bibtex {

namespace ab = ast::bibtex;

template <typename Context>
BibtexState& bib_state(Context const& context) {
    return x3::get<bibtex_state_tag>(context);
}

struct item_class {
    template <typename Iterator, typename Exception, typename Context>
    x3::error_handler_result on_error(Iterator&, Iterator const&, Exception const& failure, Context const& context) {
        bib_state(context).expected(failure.where(), failure.which());
        return x3::error_handler_result::fail;
    }
};
struct nested_class {};
struct piece_class {};
struct value_class {};
struct field_class {};

template <typename Range>
std::string text_of(Range const& range) {
    return std::string(range.begin(), range.end());
}

// --- Tokens -----------------------------------------------------------------------------------

auto const name_char = x3::alnum | x3::char_("_.:+/-");
// Entry types, field names and macro names: `article`, `Date-Added`, `bdsk-url-1`, `jan`.
auto const name = x3::raw[x3::lexeme[x3::alpha >> *name_char]];
// A citation key as reference managers write them: `ibragimova_too_2022`, `Yao:2023`, `Zogg2022a`.
auto const key = x3::raw[x3::lexeme[+(x3::graph - x3::char_(",{}()=\"#%'~\\"))]];
// A word given case-insensitively and whole: `@Comment`, `@STRING`.
inline auto word(char const* w) { return x3::no_case[x3::lit(w)] >> !name_char; }

// The start of the next item: a line that begins with '@'.
auto const next_item = x3::eol >> *x3::blank >> '@';

// --- Values -----------------------------------------------------------------------------------

x3::rule<nested_class> const nested = "a balanced '{...}'";
// At the brace just read.
auto const enter = [](auto& ctx) { x3::_pass(ctx) = bib_state(ctx).enter(x3::_where(ctx).begin() - 1); };
auto const leave = [](auto& ctx) { bib_state(ctx).leave(); };
auto const braced_text = *(nested | (!next_item >> ~x3::char_("{}")));
auto const quoted_text = *(nested | (!next_item >> ~x3::char_("{}\"")));
auto const nested_def = '{' >> x3::eps[enter] >> braced_text >> '}' >> x3::eps[leave];

x3::rule<piece_class, ab::Piece> const piece = "a value ({...}, \"...\", a number or a @string name)";
x3::rule<value_class, std::vector<ab::Piece>> const value = "a value";

auto const set_literal = [](auto& ctx) {
    auto const& range = x3::_attr(ctx);
    x3::_val(ctx) = ab::Piece{ab::Piece::Kind::literal, text_of(range),
                              bib_state(ctx).span(range.begin(), range.end())};
};
auto const set_macro = [](auto& ctx) {
    auto const& range = x3::_attr(ctx);
    x3::_val(ctx) = ab::Piece{ab::Piece::Kind::macro, lower(text_of(range)),
                              bib_state(ctx).span(range.begin(), range.end())};
};

auto const piece_def =
    ('{' >> x3::no_skip[x3::raw[braced_text]][set_literal] > named("'}' to close the value", x3::lit('}'))) |
    ('"' >> x3::no_skip[x3::raw[quoted_text]][set_literal] > named("'\"' to close the value", x3::lit('"'))) |
    x3::raw[x3::lexeme[+x3::digit >> !name_char]][set_literal] | name[set_macro];
auto const value_def = piece > *('#' > piece);

// --- Items ------------------------------------------------------------------------------------

x3::rule<field_class, ab::RawField> const field = "a field (name = value)";
auto const set_field_name = [](auto& ctx) {
    auto const& range = x3::_attr(ctx);
    x3::_val(ctx).name = lower(text_of(range));
    x3::_val(ctx).span = bib_state(ctx).span(range.begin(), range.end());
};
auto const set_field_value = [](auto& ctx) { x3::_val(ctx).value = std::move(x3::_attr(ctx)); };
auto const field_def = name[set_field_name] > named("'=' after the field's name", x3::lit('=')) > value[set_field_value];

auto const set_type = [](auto& ctx) { x3::_val(ctx).type = lower(text_of(x3::_attr(ctx))); };
auto const set_key = [](auto& ctx) {
    auto const& range = x3::_attr(ctx);
    x3::_val(ctx).key = text_of(range);
    x3::_val(ctx).key_span = bib_state(ctx).span(range.begin(), range.end());
};
auto const push_field = [](auto& ctx) { x3::_val(ctx).fields.push_back(std::move(x3::_attr(ctx))); };
auto const set_kind = [](ab::RawItem::Kind kind) { return [kind](auto& ctx) { x3::_val(ctx).kind = kind; }; };
auto const set_string_name = [](auto& ctx) {
    auto const& range = x3::_attr(ctx);
    x3::_val(ctx).key = lower(text_of(range));
    x3::_val(ctx).type = "string";
    x3::_val(ctx).key_span = bib_state(ctx).span(range.begin(), range.end());
};
auto const set_definition = [](auto& ctx) {
    ab::RawField definition;
    definition.name = x3::_val(ctx).key;
    definition.span = x3::_val(ctx).key_span;
    definition.value = std::move(x3::_attr(ctx));
    x3::_val(ctx).fields.push_back(std::move(definition));
};

auto const close_brace = named("',' and a field, or '}' to close the entry", x3::lit('}'));
auto const close_paren = named("',' and a field, or ')' to close the entry", x3::lit(')'));
auto const citation_key = named("a citation key", key[set_key]);
auto const fields = -(',' >> -(field[push_field] % ',') >> -x3::lit(','));
auto const entry = name[set_type] >> x3::eps[set_kind(ab::RawItem::Kind::entry)] >
                   named("'{' after the entry type", ('{' > citation_key > fields > close_brace) |
                                                         ('(' > citation_key > fields > close_paren));

auto const macro_name = named("a macro name", name[set_string_name]);
auto const equals = named("'='", x3::lit('='));
auto const string_item = word("string") >> x3::eps[set_kind(ab::RawItem::Kind::string)] >
                         named("'{' after @string",
                               ('{' > macro_name > equals > value[set_definition] > named("'}'", x3::lit('}'))) |
                                   ('(' > macro_name > equals > value[set_definition] > named("')'", x3::lit(')'))));

// Skipped whole; their values are still read so that their braces pair up.
auto const preamble_item = word("preamble") > named("'{' after @preamble", ('{' > value > named("'}'", x3::lit('}'))) |
                                                                          ('(' > value > named("')'", x3::lit(')'))));
// Free text: a balanced group when there is one; anything else up to the next item is junk.
auto const comment_item = word("comment") >> -x3::no_skip[x3::omit[nested]];

auto const item_def = '@' > named("an entry type (article, book, online, misc, string, comment...)",
                                  comment_item | preamble_item | string_item | entry);

item_type const item = "an item";

BOOST_SPIRIT_DEFINE(nested, piece, value, field, item)

}  // namespace bibtex

bibtex::item_type const& bibtex_item() { return bibtex::item; }

}  // namespace stance::grammar
