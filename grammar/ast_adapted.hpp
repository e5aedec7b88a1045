#pragma once
// Fusion adaptations of the AST nodes that X3 fills by attribute propagation. Spans are not
// parsed: rule handlers set them from the matched range.
#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(stance::ast::Attribute, key, values)
