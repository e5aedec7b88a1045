#pragma once
// A small corpus written out by hand (three experts, two topics, four claims, ten stances)
// with the Analysis that the checks find in it, worked out by hand, so that the reports can be
// tested without the parser or the checks. tests/data/report/corpus/ says nearly the same in
// the claims language (the lines differ) for the command-line goldens, which run the whole
// pipeline.
#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::report::testing {

model::Corpus fixture_corpus();
check::Analysis fixture_analysis(const model::Corpus& corpus);

}  // namespace stance::report::testing
