#pragma once
// Evidence per claim: every stance taken on it (not only the latest of each expert), split by
// side, the distinct sources and publishers behind them, and the claims declared as reasons for
// (`supports`) or against (`undermines`) it.
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

// One entry per claim, in claim order; stances in file order, sources and publishers in order of
// first citation. Linear in stances and relations.
std::vector<ClaimEvidence> gather_evidence(const model::Corpus& corpus);

}  // namespace stance::check
