#pragma once
// The skipper of the claims language: white space (space, tab, CR, LF) and `#` comments to the
// end of the line. A hand-written X3 primitive: it skips a whole run in one call (a comment with
// memchr), which matters on files of hundreds of megabytes.
#include <boost/spirit/home/x3/core/parser.hpp>
#include <boost/spirit/home/x3/support/unused.hpp>

#include "grammar/lexer.hpp"

namespace stance::grammar {

struct skipper_parser : boost::spirit::x3::parser<skipper_parser> {
    using attribute_type = boost::spirit::x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        Iterator after = skip_blanks(first, last);
        if (after == first) return false;
        first = after;
        return true;
    }
};

using skipper_type = skipper_parser;
inline constexpr skipper_type skipper{};

}  // namespace stance::grammar
