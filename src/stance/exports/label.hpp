#pragma once
// Labels for drawings: long text cut and wrapped into lines, counted in characters (UTF-8 code
// points), so that a node stays narrow.
#include <cstddef>
#include <string>
#include <string_view>

namespace stance::exports {

// The text cut after `limit` characters at a word boundary, with "…"; unchanged when shorter
// or when limit is 0.
std::string cut(std::string_view text, std::size_t limit);
// The text with its spaces turned into newlines so that no line is longer than `width`
// characters (a longer word keeps its own line).
std::string wrap(std::string_view text, std::size_t width);

}  // namespace stance::exports
