#pragma once
// Agreement between experts as Discourse Network Analysis counts it: for each pair (a < b) with
// at least one claim both address, the shared claims, the congruent ones (same side: both assert
// or both deny), the conflicting ones (opposite sides), those where one of the two qualifies
// (apart: neither), and the signed score (congruence - conflict) / shared, given only from
// min_shared shared claims on. docs/measures.md has the formulas and a worked example.
#include <span>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

// The counts behind one pair's agreement, and the camps' closeness with each shared claim
// weighted (the camps weigh claims by how contested they are).
struct PairSums {
    Index a = none;
    Index b = none;
    int shared = 0;
    int congruence = 0;
    int conflict = 0;
    int qualified = 0;
    int derived = 0;      // shared claims where either cell is derived
    double weight = 0;    // sum of the shared claims' weights
    double weighted = 0;  // sum of weight * (1 - |va - vb| / 4)
};

// Over `cells` (ordered by expert, then claim: the stated cells, or every cell when derived
// commitments count), only over pairs that share a claim. Ordered by a, then b; claim_weight
// has one weight per claim. Time: the sum over claims of (experts on the claim)^2, the size of
// what is measured, with dense per-expert sums (no hashing in the inner loop).
std::vector<PairSums> sum_pairs(const model::Corpus& corpus, const std::vector<Cell>& cells,
                                std::span<const double> claim_weight);

// The public agreement table; pairs that share fewer than min_shared claims get no score.
std::vector<Agreement> agreement_table(const std::vector<PairSums>& pairs, int min_shared);

}  // namespace stance::check
