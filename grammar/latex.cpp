#include "grammar/latex_def.hpp"

namespace stance::grammar::latex {

BOOST_SPIRIT_INSTANTIATE(text_type, iterator_type, x3::unused_type)
BOOST_SPIRIT_INSTANTIATE(names_type, iterator_type, x3::unused_type)
BOOST_SPIRIT_INSTANTIATE(name_parts_type, iterator_type, x3::unused_type)

}  // namespace stance::grammar::latex
