// The reports that `stance report` builds from an analysis without the agreement between
// experts and their camps (AnalyseOptions::agreement false: the disagreements, contradictions,
// evidence and sources reports) write what they write from the whole analysis, in every format.
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stance/check/analysis.hpp"
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
    const check::Analysis without = check::analyse(corpus, {.agreement = false});
    ASSERT_FALSE(whole.camps.empty());  // else the comparison says nothing
    ASSERT_FALSE(whole.agreement.empty());
    ASSERT_FALSE(whole.indirect.empty());
    ASSERT_FALSE(whole.shifts.empty());
    // The whole analysis without the agreement and the camps, and nothing else left out.
    check::Analysis expected = whole;
    expected.options.agreement = false;
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

}  // namespace
}  // namespace stance::report
