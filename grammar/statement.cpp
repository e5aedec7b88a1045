#include "grammar/statement_def.hpp"

namespace stance::grammar::statements {

BOOST_SPIRIT_INSTANTIATE(statement_type, iterator_type, context_type)

}  // namespace stance::grammar::statements
