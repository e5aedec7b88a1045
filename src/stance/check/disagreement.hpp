#pragma once
// Disagreement between experts, over their stated cells.
// Direct: a claim with stated values of both signs. Indirect: expert a holds literal A, expert b
// holds literal B on another claim, and the hard relations make them incompatible (A reaches
// not B in the implication graph, and so B reaches not A). Indirect ones are reported only when
// neither expert states the other's claim (else the disagreement is direct, or one of them is
// inconsistent). Output stays bounded on large corpora, where a pair of incompatible claims
// can set dozens of experts against dozens: at most max_indirect_per_claim_pair pairs of experts
// for one pair of claims (the first in expert order), and max_indirect_per_pair pairs of claims
// for one pair of experts.
#include <cstddef>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/check/graph.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

inline constexpr std::size_t max_indirect_per_pair = 3;
inline constexpr std::size_t max_indirect_per_claim_pair = 3;

// In claim order; each side in expert order.
std::vector<DirectDisagreement> find_direct(const model::Corpus& corpus, const std::vector<Cell>& stated);

// Ordered by a, b, claim_a, claim_b, with a < b; the explanation runs from a's stance through the
// relations to b's. One propagation per distinct literal that some expert states.
std::vector<IndirectDisagreement> find_indirect(const model::Corpus& corpus, const std::vector<Cell>& stated,
                                                const ImplicationGraph& graph);

}  // namespace stance::check
