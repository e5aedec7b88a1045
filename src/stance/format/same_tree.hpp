#pragma once
// Whether two syntax trees say the same, spans aside: what `stance fmt` checks of its own
// output before it writes anything.
#include "grammar/ast.hpp"

namespace stance::format {

bool same_tree(const ast::File& a, const ast::File& b);

}  // namespace stance::format
