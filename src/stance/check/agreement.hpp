#pragma once
// Agreement between experts over their stated cells: for each pair (a < b) with at least one
// claim both address, the shared claims, those where the signs agree (the sign of 0 is 0), and
// the mean of 1 - |va - vb| / 4 on the five-point scale.
#include <span>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

// The sums behind one pair's agreement: plain, and with each shared claim weighted (the camps
// weigh claims by how contested they are).
struct PairSums {
    Index a = none;
    Index b = none;
    int shared = 0;
    int same_sign = 0;
    double agreement = 0;  // sum of 1 - |va - vb| / 4
    double weight = 0;     // sum of the shared claims' weights
    double weighted = 0;   // sum of weight * (1 - |va - vb| / 4)
};

// Ordered by a, then b; claim_weight has one weight per claim. Time: the sum over claims of
// (experts on the claim)^2, the size of what is measured, with dense per-expert sums (no
// hashing in the inner loop).
std::vector<PairSums> sum_pairs(const model::Corpus& corpus, const std::vector<Cell>& stated,
                                std::span<const double> claim_weight);

// The public agreement table (unweighted).
std::vector<Agreement> agreement_table(const std::vector<PairSums>& pairs);

}  // namespace stance::check
