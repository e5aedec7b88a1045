#include "grammar/suggest.hpp"

#include <algorithm>
#include <vector>

namespace stance::grammar {

namespace {

// Optimal string alignment distance (Levenshtein plus adjacent transpositions).
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        prev2.swap(prev);
        prev.swap(cur);
    }
    return prev[b.size()];
}

}  // namespace

std::string nearest(std::string_view word, std::span<const Keyword> candidates) {
    if (word.size() > 20) return {};
    std::size_t best = SIZE_MAX;
    std::string_view found;
    for (Keyword k : candidates) {
        std::string_view name = name_of(k);
        std::size_t d = edit_distance(word, name);
        if (d < best) {
            best = d;
            found = name;
        }
    }
    // One edit for short words, two for longer ones: "clam" -> "claim", "expret" -> "expert".
    std::size_t allowed = word.size() <= 4 ? 1 : 2;
    return best <= allowed ? std::string(found) : std::string();
}

}  // namespace stance::grammar
