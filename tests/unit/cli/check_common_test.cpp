#include "stance/cli/common.hpp"

#include <gtest/gtest.h>

namespace stance::cli {
namespace {

TEST(Summary, CountsAndPlurals) {
    model::Corpus corpus;
    corpus.files.resize(1);
    corpus.claims.resize(2);
    corpus.stances.resize(1);
    Tally tally;
    tally.count(diag::Severity::warning);
    tally.count(diag::Severity::note);
    tally.count(diag::Severity::note);
    EXPECT_EQ(summary(corpus, tally), "1 file, 2 claims, 1 stance: 0 errors, 1 warning, 2 notes");
}

}  // namespace
}  // namespace stance::cli
