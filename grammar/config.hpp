#pragma once
// The one configuration every rule of the grammar is compiled for: the iterator (the file's
// bytes), the skipper, and the context that carries the ParseState (diagnostics) under
// state_tag. The rules are instantiated once, in the area .cpp files, for exactly this context;
// a call site with another context fails to link ("undefined reference to parse_rule").
#include <boost/spirit/home/x3.hpp>

#include "grammar/parse_state.hpp"
#include "grammar/skipper.hpp"

namespace stance::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using context_type = x3::context<state_tag, ParseState, phrase_context_type>;

// The ParseState of the parse in progress, from any X3 context.
template <typename Context>
ParseState& state_of(Context const& context) {
    return x3::get<state_tag>(context);
}

// named("...", p): p under a name that says, in a researcher's words, what was expected there;
// a failed `a > named("...", b)` reports "expected ...". A pass-through directive rather than a
// rule, so that the context (and so the rules instantiated for it) stays context_type.
template <typename Subject>
struct named_directive : x3::unary_parser<Subject, named_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, named_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    static bool const handles_container = Subject::handles_container;

    constexpr named_directive(Subject const& inner, char const* name) : base_type(inner), what(name) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute& attr) const {
        return this->subject.parse(first, last, context, rcontext, attr);
    }

    char const* what;
};

template <typename Parser>
constexpr named_directive<typename x3::extension::as_parser<Parser>::value_type> named(char const* what,
                                                                                     Parser const& parser) {
    return {x3::as_parser(parser), what};
}

// spanned[p]: p, then the matched range (white space skipped) as the span of the enclosing
// rule's attribute. A directive rather than an on_success handler because X3 hands rules with
// semantic actions an unused attribute there.
template <typename Subject>
struct span_directive : x3::unary_parser<Subject, span_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, span_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    static bool const handles_container = Subject::handles_container;

    constexpr span_directive(Subject const& inner) : base_type(inner) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        Iterator begin = first;
        if (!this->subject.parse(first, last, context, rcontext, attr)) return false;
        rcontext.span = state_of(context).span(begin, first);
        return true;
    }
};

struct span_gen {
    template <typename Subject>
    constexpr span_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
        Subject const& subject) const {
        return {x3::as_parser(subject)};
    }
};
inline constexpr span_gen spanned{};

}  // namespace stance::grammar

template <typename Subject>
struct boost::spirit::x3::get_info<stance::grammar::named_directive<Subject>> {
    using result_type = std::string;
    std::string operator()(stance::grammar::named_directive<Subject> const& parser) const { return parser.what; }
};

// named("...", p)[action] keeps its name.
template <typename Subject, typename Action>
struct boost::spirit::x3::get_info<boost::spirit::x3::action<stance::grammar::named_directive<Subject>, Action>> {
    using result_type = std::string;
    std::string operator()(action<stance::grammar::named_directive<Subject>, Action> const& parser) const {
        return parser.subject.what;
    }
};
