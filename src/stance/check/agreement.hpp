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

// The camps' distance between two experts: 1 - their closeness with each shared claim weighted
// by how contested it is. Only for pairs that share at least min_shared claims, some contested:
// the others are no evidence for the camps.
struct Closeness {
    Index a = none;
    Index b = none;
    float distance = 0;
};

struct PairMeasures {
    std::vector<Agreement> agreement;  // the public agreement table: every pair sharing a claim
    std::vector<Closeness> closeness;  // what the camps need, a subset of those pairs
};

// Over `cells` (ordered by expert, then claim: the stated cells, or every cell when derived
// commitments count), only over pairs that share a claim; both tables ordered by a, then b.
// claim_weight has one weight per claim. Time: the sum over claims of (experts on the claim)^2,
// the size of what is measured, with dense per-expert sums (no hashing in the inner loop).
// Memory: the two tables at their final size (the pairs are counted first), nothing per pair
// besides them. Without `agreement_table`, the closeness alone (the camps' input, for a page
// that shows no pair but its expert's own), in one walk instead of two.
PairMeasures measure_pairs(const model::Corpus& corpus, const std::vector<Cell>& cells,
                           std::span<const double> claim_weight, int min_shared, bool agreement_table = true);

// The pairs of one expert alone, equal to those of measure_pairs(...).agreement that include
// `expert`, in the same order: one row of the table, for the expert's page. Time: one pass over
// `cells`; memory: a slot per claim and per expert.
std::vector<Agreement> measure_pairs_of(const model::Corpus& corpus, const std::vector<Cell>& cells, int min_shared,
                                        Index expert);

}  // namespace stance::check
