#pragma once
// The LaTeX of BibTeX field values as X3 rules: text (accents such as `{\"u}`, `\'{e}` or
// `\c c`, named letters such as `\ss` and `\o`, escaped specials, dashes, quotes and ties, to
// UTF-8 with combining marks; braces dropped; commands other than these dropped, their
// arguments kept), and BibTeX name lists (`A and B`, split at top-level `and`; a name split at
// top-level commas). Values reach these rules only after the BibTeX grammar has checked that
// their braces pair up within BibtexState::max_depth, which bounds the recursion.
#include <string>
#include <vector>

#include "grammar/config.hpp"

namespace stance::grammar::latex {

struct text_class;
struct names_class;
struct name_parts_class;

// The decoded text, white space not yet folded and marks not yet composed.
using text_type = x3::rule<text_class, std::string>;
// The names of a name list, each as written (LaTeX).
using names_type = x3::rule<names_class, std::vector<std::string>>;
// The comma-separated parts of one name ("von Last", "Jr", "First"), each as written.
using name_parts_type = x3::rule<name_parts_class, std::vector<std::string>>;

BOOST_SPIRIT_DECLARE(text_type, names_type, name_parts_type)

}  // namespace stance::grammar::latex

namespace stance::grammar {

latex::text_type const& latex_text();
latex::names_type const& latex_names();
latex::name_parts_type const& latex_name_parts();

}  // namespace stance::grammar
