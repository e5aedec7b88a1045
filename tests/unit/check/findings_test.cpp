// Findings: every kind, its severity, place, and the order of the list.
#include <gtest/gtest.h>

#include "stance/check/analysis.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::check {
namespace {

using model::RelationKind;
using test::CorpusBuilder;

TEST(CheckFindings, NamesAndCodes) {
    EXPECT_EQ(finding_name(FindingKind::quote_not_found), "quote-not-found");
    EXPECT_EQ(finding_name(FindingKind::unused_claim), "unused-claim");
    EXPECT_EQ(finding_name(FindingKind::inconsistent), "inconsistent");
    EXPECT_EQ(finding_code(FindingKind::text_not_found), diag::Code::text_not_found);
    EXPECT_EQ(finding_code(FindingKind::shift), diag::Code::shift);
}

TEST(CheckFindings, EveryKindInPositionOrder) {
    CorpusBuilder b;
    const Index old_s = b.source("old", {2019, 0, 0});                      // 1
    const Index new_s = b.source("new", {2023, 0, 0});                      // 2
    const Index idle_s = b.source("idle");                                  // 3  unused-source
    const Index lost = b.source("lost", {}, "", "texts/lost.txt", "");      // 4  text-not-found
    const Index ann = b.expert("ann");                                      // 5
    const Index bob = b.expert("bob");                                      // 6
    const Index idle_e = b.expert("idle");                                  // 7  unused-expert
    const Index x = b.claim("x");                                           // 8
    const Index p = b.claim("p");                                           // 9  used as a reason
    const Index idle_c = b.claim("idle");                                   // 10 unused-claim (relations do not count)
    b.relation(idle_c, RelationKind::supports, x);                          // 11
    b.stance(ann, 1, x, {.source = old_s, .because = {p}});                 // 12
    b.stance(ann, -1, x, {.source = new_s});                                // 13 shift
    b.stance(bob, 1, x);                                                    // 14 unsourced
    b.stance(bob, -1, x, {.source = lost, .quotes = {"never checked"}});    // 15 inconsistent with 14
    const auto& corpus = b.corpus();
    const Analysis analysis = analyse(corpus);

    struct Expected {
        FindingKind kind;
        diag::Severity severity;
        std::uint32_t line;
        Index expert, claim, source;
    };
    const std::vector<Expected> expected{
        {FindingKind::unused_source, diag::Severity::warning, 3, none, none, idle_s},
        {FindingKind::text_not_found, diag::Severity::note, 4, none, none, lost},
        {FindingKind::unused_expert, diag::Severity::warning, 7, idle_e, none, none},
        {FindingKind::unused_claim, diag::Severity::warning, 10, none, idle_c, none},
        {FindingKind::shift, diag::Severity::note, 13, ann, x, new_s},
        // bob's two undated stances count together: the cell shows the later (denies), and the
        // chain starts from the assertion.
        {FindingKind::inconsistent, diag::Severity::warning, 14, bob, x, none},
        {FindingKind::unsourced, diag::Severity::warning, 14, bob, x, none},
    };
    ASSERT_EQ(analysis.findings.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Finding& f = analysis.findings[i];
        SCOPED_TRACE(i);
        EXPECT_EQ(f.kind, expected[i].kind);
        EXPECT_EQ(f.severity, expected[i].severity);
        EXPECT_EQ(f.where.line, expected[i].line);
        EXPECT_EQ(f.expert, expected[i].expert);
        EXPECT_EQ(f.claim, expected[i].claim);
        EXPECT_EQ(f.source, expected[i].source);
    }
    EXPECT_EQ(analysis.findings[5].message,
              "bob is inconsistent: asserts x (t.claims:14); denies x (t.claims:15)");
    EXPECT_EQ(analysis.findings[4].message, "ann changed sides on x: asserts (2019, t.claims:12), then denies (2023)");
    (void)p;
}

TEST(CheckFindings, NoQuoteFindingsWithoutQuoteChecks) {
    CorpusBuilder b;
    const Index lost = b.source("lost", {}, "", "texts/lost.txt", "");
    const Index ann = b.expert("ann");
    const Index x = b.claim("x");
    b.stance(ann, 1, x, {.source = lost, .quotes = {"anything"}});
    const Analysis analysis = analyse(b.corpus(), {.check_quotes = false});
    EXPECT_TRUE(analysis.findings.empty());
}

// A declared camp of one expert whose name is near a larger camp's is most likely misspelt: it
// would split the camp silently. A lone camp with no near name is a choice, not a slip.
TEST(CheckFindings, ALoneCampNearAnotherCampIsAWarning) {
    CorpusBuilder b;
    const Index s = b.source("s");                                          // 1
    std::vector<Index> experts;
    for (const char* id : {"ann", "bob", "cy", "dee"}) experts.push_back(b.expert(id));  // 2..5
    const Index x = b.claim("x");                                           // 6
    for (Index e : experts) b.stance(e, 1, x, {.source = s});               // 7..10
    auto& corpus = b.corpus();
    corpus.experts[experts[0]].camp = "Optimists";
    corpus.experts[experts[1]].camp = "Optimists";
    corpus.experts[experts[2]].camp = "Optimist";  // the slip
    corpus.experts[experts[3]].camp = "Sceptics";  // alone by choice: no camp's name is near
    const Analysis analysis = analyse(corpus);
    ASSERT_EQ(analysis.findings.size(), 1u);
    const Finding& f = analysis.findings[0];
    EXPECT_EQ(f.kind, FindingKind::lone_camp);
    EXPECT_EQ(f.severity, diag::Severity::warning);
    EXPECT_EQ(f.expert, experts[2]);
    EXPECT_EQ(f.where.line, 4u);
    EXPECT_EQ(f.message, "camp \"Optimist\" of cy is declared for no other expert; did you mean \"Optimists\" (2 experts)?");
    EXPECT_EQ(finding_name(FindingKind::lone_camp), "lone-camp");
}

}  // namespace
}  // namespace stance::check
