#pragma once
// Nearest-name suggestions for misspelt identifiers and attribute keys ("did you mean ...").
// Distance is the optimal-string-alignment form of Damerau-Levenshtein (insertions, deletions,
// substitutions, adjacent transpositions), computed with a bound so that far candidates cost
// little, after dropping the common prefix and suffix so that long ids that differ in a few
// places cost little more than short ones.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stance::util {

// The edit distance between `a` and `b` when it is at most `bound`, else `bound + 1`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t bound);

// The largest distance at which a candidate still counts as a plausible misspelling of a word
// of this length: one edit for short words, about one in three characters, at most three.
std::size_t suggestion_cutoff(std::string_view word);

// Picks the nearest candidate within the cut-off, "" when none is close enough. Ties go to the
// lexicographically smallest candidate so that the answer does not depend on candidate order.
class Nearest {
public:
    explicit Nearest(std::string_view word);
    Nearest(std::string_view word, std::size_t bound);  // with a cut-off of the caller's
    void consider(std::string_view candidate);
    const std::string& best() const { return m_best; }
    // What the comparisons so far cost: bytes compared and distance cells computed.
    std::size_t work() const { return m_work; }

private:
    std::string m_word;
    std::size_t m_bound;
    std::size_t m_best_distance;
    std::string m_best;
    std::size_t m_work = 0;
    std::vector<std::size_t> m_rows;  // scratch for the distance, reused across candidates
};

std::string nearest(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace stance::util
