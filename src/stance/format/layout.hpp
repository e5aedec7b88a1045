#pragma once
// The canonical layout of a claims file, as `stance fmt` writes it (docs/fmt.md): statements
// one to a line, two spaces of indentation for each enclosing `from` block and for attributes;
// blocks of one attribute on their statement's line when it fits, else one attribute to a line
// in the documented order; strings longer than the line wrapped at their spaces; at most one
// blank line between statements, where there was at least one; every comment kept.
#include <cstddef>
#include <string>
#include <string_view>

#include "grammar/ast.hpp"

namespace stance::format {

// Lines are filled up to this column (in characters); a string is wrapped at a space when it
// would run past it. Words longer than a line, ids and comments are never broken.
inline constexpr std::size_t wrap_column = 100;
inline constexpr std::size_t indent_width = 2;

// `file` (parsed from `text` without errors) in the canonical layout, with the comments of
// `text` where they were.
std::string layout(std::string_view text, const ast::File& file);

}  // namespace stance::format
