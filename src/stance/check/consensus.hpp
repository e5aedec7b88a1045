#pragma once
// Consensus per claim: Tastle & Wierman's measure on the five-point scale over the stated cells,
//   Cns = 1 + sum_i p_i log2(1 - |x_i - mean| / 4)
// over the distinct values x_i with their shares p_i (1: all alike; 0: split between the
// extremes), with the counts of asserting, denying and qualifying experts. One voice is no
// consensus: a claim with one stated cell has n = 1 and no consensus.
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

// One entry per claim with at least one stated cell, in claim order. Linear in the cells.
std::vector<Consensus> measure_consensus(const model::Corpus& corpus, const std::vector<Cell>& stated);

}  // namespace stance::check
