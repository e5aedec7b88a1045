#include "grammar/suggest.hpp"

#include "stance/util/suggest.hpp"

namespace stance::grammar {

std::string nearest(std::string_view word, std::span<const Keyword> candidates) {
    if (word.size() > 20) return {};
    // Keywords are few and well known, so allow a little more than for ids: one edit for short
    // words, two for longer ones ("clam" -> "claim", "asert" -> "asserts").
    util::Nearest best(word, word.size() <= 4 ? 1 : 2);
    for (Keyword k : candidates) best.consider(name_of(k));
    return best.best();
}

}  // namespace stance::grammar
