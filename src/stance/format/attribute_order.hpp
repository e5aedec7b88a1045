#pragma once
// The documented order of a block's attributes (docs/language.md, "Attributes"), which
// `stance fmt` prints: each statement's keys in the order of the table, `note` last, keys the
// table does not list for the statement in between (as written). The sort is stable, so
// repeated keys keep their order; `quote` and `reported` share one place, so a stance's evidence
// stays in the order it was written.
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"

namespace stance::format {

enum class BlockOwner { source, expert, topic, claim, relation, stance };

BlockOwner owner_of(const ast::Declaration& declaration);

// A smaller rank is printed first.
int attribute_rank(BlockOwner owner, std::string_view key);

// The attributes in the documented order (a stable sort by rank).
void sort_attributes(BlockOwner owner, std::vector<ast::Attribute>& attributes);

// Every block of `file` in the documented order: the tree that the formatted file parses to.
void sort_attributes(ast::File& file);

}  // namespace stance::format
