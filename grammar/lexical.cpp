#include "grammar/lexical_def.hpp"

namespace stance::grammar::lexical {

BOOST_SPIRIT_INSTANTIATE(keyword_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(identifier_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(reference_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(key_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(string_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)

}  // namespace stance::grammar::lexical
