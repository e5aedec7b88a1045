#include "grammar/block_def.hpp"

namespace stance::grammar::blocks {

BOOST_SPIRIT_INSTANTIATE(value_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(attribute_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(block_type, iterator_type, context_type)

}  // namespace stance::grammar::blocks
