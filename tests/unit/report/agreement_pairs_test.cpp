// Many experts on one claim make millions of pairs that share one claim each: the agreement
// report lists the pairs too few to judge only up to a bound and says how many it leaves out,
// and says when there are too many experts to look for camps.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "stance/check/analysis.hpp"
#include "stance/check/camps.hpp"
#include "stance/report/context.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::report {
namespace {

// n experts on one claim (unless not `on_shared`), alternately asserting and denying it; each
// also on a claim of its own.
std::string agreement_text(std::size_t n, Format format = Format::text, bool on_shared = true) {
    test::CorpusBuilder b;
    Index shared = b.claim("shared");
    for (std::size_t i = 0; i < n; ++i) {
        Index e = b.expert("e" + std::to_string(i));
        if (on_shared) b.stance(e, i % 2 ? 1 : -1, shared);
        b.stance(e, 1, b.claim("own" + std::to_string(i)));
    }
    const model::Corpus& corpus = b.corpus();
    check::AnalyseOptions options;
    options.check_quotes = false;
    const check::Analysis analysis = check::analyse(corpus, options);
    std::ostringstream out;
    write(out, agreement_report(corpus, analysis), format);
    return out.str();
}

std::size_t lines_with(const std::string& text, const std::string& word) {
    std::size_t n = 0;
    for (std::size_t at = 0; (at = text.find(word, at)) != std::string::npos; at += word.size()) ++n;
    return n;
}

TEST(AgreementPairs, UnjudgedPairsListedUpToTheBound) {
    // 45 experts: 990 pairs, each sharing one claim, all listed.
    const std::string text = agreement_text(45);
    EXPECT_EQ(lines_with(text, "too few to judge"), 990u + 1u);  // each pair, and the explanation
    EXPECT_EQ(text.find("Not listed"), std::string::npos);
}

TEST(AgreementPairs, ManyUnjudgedPairsAreCountedNotListed) {
    // 46 experts: 1,035 pairs sharing one claim, over the bound.
    ASSERT_GT(46u * 45u / 2u, max_unjudged_listed);
    const std::string text = agreement_text(46);
    EXPECT_NE(text.find("Not listed: 1035 pairs that share fewer than 2 claims"), std::string::npos) << text;
    EXPECT_EQ(lines_with(text, "too few to judge"), 2u);  // the explanation and the sentence
    const std::string csv = agreement_text(46, Format::csv);
    EXPECT_EQ(lines_with(csv, "\n"), 1u) << csv;  // the header only
}

TEST(AgreementPairs, TooManyExpertsForCampsIsSaid) {
    // Experts on claims of their own: no pairs, only the count of experts matters.
    const std::string text = agreement_text(check::max_clustered_experts + 1, Format::text, false);
    EXPECT_NE(text.find("Camps are looked for among at most 4096 experts with stances"), std::string::npos);
    EXPECT_NE(text.find("4097 have stances here"), std::string::npos);
    EXPECT_EQ(agreement_text(40).find("Camps are looked for"), std::string::npos);
}

}  // namespace
}  // namespace stance::report
