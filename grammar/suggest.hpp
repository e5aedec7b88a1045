#pragma once
// "Did you mean ...": the keyword nearest to a misspelt word, for statement starts and verbs.
#include <span>
#include <string>
#include <string_view>

#include "grammar/keywords.hpp"

namespace stance::grammar {

// The candidate within a small edit distance of `word` (transpositions count as one edit),
// or an empty string when none is close enough to be a plausible typo.
std::string nearest(std::string_view word, std::span<const Keyword> candidates);

}  // namespace stance::grammar
