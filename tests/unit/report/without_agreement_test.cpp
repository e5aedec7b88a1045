// The reports that `stance report` builds from an analysis without the agreement between
// experts and their camps (AnalyseOptions::Pairs::skip: the disagreements, contradictions,
// evidence and sources reports) write what they write from the whole analysis, in every format;
// so do the expert and claim pages from an analysis with only the pairs they read
// (AnalyseOptions::pairs).
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stance/check/agreement.hpp"
#include "stance/check/analysis.hpp"
#include "stance/check/camps.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::report {
namespace {

using model::Index;

// Two camps of four experts, opposite on every claim, one claim implying the next (indirect
// disagreements), a shift and an unsourced stance.
model::Corpus two_camps() {
    test::CorpusBuilder b;
    std::vector<Index> claims;
    for (int c = 0; c < 6; ++c) claims.push_back(b.claim("c" + std::to_string(c)));
    const Index source = b.source("s", {2021, 3, 0}, "Publisher");
    b.relation(claims[0], model::RelationKind::implies, claims[1]);
    b.relation(claims[2], model::RelationKind::supports, claims[3]);
    for (int e = 0; e < 8; ++e) {
        const Index expert = b.expert("x" + std::to_string(e));
        const int side = e < 4 ? 1 : -1;
        for (int c = 1; c < 6; ++c)
            b.stance(expert, c == 5 && e % 3 == 0 ? 0 : side, claims[c],
                     {.source = e == 7 && c == 1 ? model::none : source, .quotes = {"q"}});
    }
    b.stance(b.expert("early"), 1, claims[0], {.source = source});  // so c1, which x4..x7 deny
    const Index late = b.expert("late");
    b.stance(late, 1, claims[0], {.source = source, .date = {2020, 1, 1}});
    b.stance(late, -1, claims[0], {.source = source, .date = {2022, 1, 1}});
    return b.corpus();
}

TEST(WithoutAgreement, ReportsThatReadNoCampsWriteTheSame) {
    const model::Corpus corpus = two_camps();
    const check::Analysis whole = check::analyse(corpus);
    const check::Analysis without = check::analyse(corpus, {.pairs = check::AnalyseOptions::Pairs::skip});
    ASSERT_FALSE(whole.camps.empty());  // else the comparison says nothing
    ASSERT_FALSE(whole.agreement.empty());
    ASSERT_FALSE(whole.indirect.empty());
    ASSERT_FALSE(whole.shifts.empty());
    // The whole analysis without the agreement and the camps, and nothing else left out.
    check::Analysis expected = whole;
    expected.options.pairs = check::AnalyseOptions::Pairs::skip;
    expected.agreement.clear();
    expected.camps.clear();
    expected.unplaced.clear();
    expected.camp_labels.clear();
    expected.expert_order.clear();
    EXPECT_EQ(without, expected);

    using Build = Document (*)(const model::Corpus&, const check::Analysis&);
    const std::pair<const char*, Build> reports[] = {{"disagreements", disagreements_report},
                                                     {"contradictions", contradictions_report},
                                                     {"evidence", evidence_report},
                                                     {"sources", sources_report}};
    for (const auto& [name, build] : reports)
        for (Format format : {Format::text, Format::md, Format::csv, Format::json, Format::html}) {
            std::ostringstream from_whole, from_without;
            write(from_whole, build(corpus, whole), format);
            write(from_without, build(corpus, without), format);
            EXPECT_FALSE(from_whole.str().empty());
            EXPECT_EQ(from_without.str(), from_whole.str()) << name << ' ' << format_name(format);
        }
}

std::string written(const Document& document, Format format) {
    std::ostringstream out;
    write(out, document, format);
    return out.str();
}

TEST(WithoutAgreement, PagesFromOnlyTheirPairsWriteTheSame) {
    const model::Corpus corpus = two_camps();
    const check::Analysis whole = check::analyse(corpus);
    ASSERT_FALSE(whole.camps.empty());
    const Format formats[] = {Format::text, Format::md, Format::csv, Format::json, Format::html};
    for (Index expert = 0; expert < corpus.experts.size(); ++expert) {
        const check::Analysis row = check::analyse(
            corpus, {.pairs = check::AnalyseOptions::Pairs::of_one_expert, .pairs_of = expert});
        std::vector<check::Agreement> own;
        for (const auto& pair : whole.agreement)
            if (pair.a == expert || pair.b == expert) own.push_back(pair);
        EXPECT_EQ(row.agreement, own) << corpus.experts[expert].id;
        EXPECT_EQ(row.camps, whole.camps);
        EXPECT_EQ(row.camp_labels, whole.camp_labels);
        for (Format format : formats)
            EXPECT_EQ(written(expert_report(corpus, row, expert), format),
                      written(expert_report(corpus, whole, expert), format))
                << corpus.experts[expert].id << ' ' << format_name(format);
    }
    const check::Analysis none = check::analyse(corpus, {.pairs = check::AnalyseOptions::Pairs::camps});
    EXPECT_TRUE(none.agreement.empty());
    EXPECT_EQ(none.expert_order, whole.expert_order);
    for (Index claim = 0; claim < corpus.claims.size(); ++claim)
        for (Format format : formats)
            EXPECT_EQ(written(claim_report(corpus, none, claim), format),
                      written(claim_report(corpus, whole, claim), format))
                << corpus.claims[claim].id << ' ' << format_name(format);
}

// One expert's row equals the table's, with derived commitments counted too.
TEST(WithoutAgreement, OneExpertsPairsAreTheTablesRow) {
    const model::Corpus corpus = two_camps();
    const check::Analysis whole = check::analyse(corpus, {.with_derived = true});
    for (Index expert = 0; expert < corpus.experts.size(); ++expert) {
        std::vector<check::Agreement> own;
        for (const auto& pair : whole.agreement)
            if (pair.a == expert || pair.b == expert) own.push_back(pair);
        EXPECT_EQ(check::measure_pairs_of(corpus, whole.cells, 2, expert), own);
    }
    EXPECT_TRUE(std::ranges::any_of(whole.agreement, [](const auto& pair) { return pair.derived > 0; }));
}

// Above max_clustered_experts the camps read no pair, so a page measures none.
TEST(WithoutAgreement, CampsReadPairsUpToTheCap) {
    std::vector<check::Cell> cells;
    for (Index e = 0; e < check::max_clustered_experts; ++e) cells.push_back({.expert = e, .claim = 0, .value = 1});
    EXPECT_TRUE(check::camps_read_closeness(cells));
    cells.push_back({.expert = static_cast<Index>(check::max_clustered_experts), .claim = 0, .value = 1});
    EXPECT_FALSE(check::camps_read_closeness(cells));
    EXPECT_FALSE(check::camps_read_closeness({cells.front()}));
}

}  // namespace
}  // namespace stance::report
