// Consistency: the 2-SAT instance of each expert and the chain that proves a contradiction.
#include <gtest/gtest.h>

#include "stance/check/analysis.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::check {
namespace {

using model::RelationKind;
using test::CorpusBuilder;

std::vector<std::pair<std::string, std::string>> links(const model::Corpus& corpus, const std::vector<Link>& chain) {
    std::vector<std::pair<std::string, std::string>> result;
    for (const Link& link : chain) result.emplace_back(link.text, corpus.where(link.where));
    return result;
}

TEST(CheckConsistency, ChainThroughImpliesAndContradicts) {
    CorpusBuilder b;
    const Index ann = b.expert("ann");                            // line 1
    const Index x = b.claim("x");                                 // 2
    const Index y = b.claim("y");                                 // 3
    const Index z = b.claim("z");                                 // 4
    b.relation(x, RelationKind::implies, y);                      // 5
    b.relation(y, RelationKind::contradicts, z);                  // 6
    b.stance(ann, 1, x);                                          // 7
    b.stance(ann, 1, z);                                          // 8
    const auto& corpus = b.corpus();
    const Analysis analysis = analyse(corpus);
    // Propagation from x and z: x reaches y (x implies y), z reaches not y (y contradicts z),
    // which clashes with y. The chain runs from z's stance to not y, then back from y to x.
    ASSERT_EQ(analysis.inconsistencies.size(), 1u);
    const auto& inconsistency = analysis.inconsistencies[0];
    EXPECT_EQ(inconsistency.expert, ann);
    EXPECT_EQ(inconsistency.claim, y);
    using P = std::pair<std::string, std::string>;
    EXPECT_EQ(links(corpus, inconsistency.chain),
              (std::vector<P>{{"asserts z", "t.claims:8"},
                              {"y contradicts z", "t.claims:6"},
                              {"x implies y", "t.claims:5"},
                              {"asserts x", "t.claims:7"}}));
    // An inconsistent expert has no derived cells.
    for (const Cell& cell : analysis.cells) EXPECT_FALSE(cell.derived);
    ASSERT_EQ(analysis.cells.size(), 2u);

    int inconsistent = 0;
    for (const Finding& f : analysis.findings)
        if (f.kind == FindingKind::inconsistent) {
            ++inconsistent;
            EXPECT_EQ(f.severity, diag::Severity::warning);
            EXPECT_EQ(f.expert, ann);
            EXPECT_EQ(f.claim, y);
            EXPECT_EQ(f.where.line, 8u);
            EXPECT_EQ(f.message,
                      "ann is inconsistent: asserts z (t.claims:8); y contradicts z (t.claims:6); "
                      "x implies y (t.claims:5); asserts x (t.claims:7)");
        }
    EXPECT_EQ(inconsistent, 1);
}

TEST(CheckConsistency, ChainAcrossFilesIsTheShortest) {
    CorpusBuilder b;
    b.file("claims.claims");
    const Index ann = b.expert("ann");  // claims.claims:1
    const Index a = b.claim("a");       // 2
    const Index p = b.claim("p");       // 3
    const Index q = b.claim("q");       // 4
    const Index c = b.claim("c");       // 5
    b.relation(a, RelationKind::implies, p);  // 6
    b.relation(p, RelationKind::implies, q);  // 7
    b.relation(q, RelationKind::implies, c);  // 8
    b.relation(a, RelationKind::implies, c);  // 9
    b.file("ann.claims");
    b.stance(ann, 1, a);   // ann.claims:1
    b.stance(ann, -1, c);  // ann.claims:2
    const auto& corpus = b.corpus();
    const Analysis analysis = analyse(corpus);
    ASSERT_EQ(analysis.inconsistencies.size(), 1u);
    EXPECT_EQ(analysis.inconsistencies[0].claim, c);
    // Breadth first from a and not c: a reaches p, then c (line 9), which clashes with not c;
    // the longer way through p and q (lines 6-8) is not taken.
    using P = std::pair<std::string, std::string>;
    EXPECT_EQ(links(corpus, analysis.inconsistencies[0].chain),
              (std::vector<P>{{"asserts a", "ann.claims:1"},
                              {"a implies c", "claims.claims:9"},
                              {"denies c", "ann.claims:2"}}));
}

TEST(CheckConsistency, OppositeStancesOnOneDateAreInconsistent) {
    CorpusBuilder b;
    const Index s = b.source("s", {2020, 0, 0});  // 1
    const Index ann = b.expert("ann");           // 2
    const Index x = b.claim("x");                // 3
    b.stance(ann, 1, x, {.source = s});          // 4
    b.stance(ann, -1, x, {.source = s});         // 5
    const auto& corpus = b.corpus();
    const Analysis analysis = analyse(corpus);
    EXPECT_TRUE(analysis.shifts.empty());
    ASSERT_EQ(analysis.inconsistencies.size(), 1u);
    // The cell shows the later stance of equal strength (denies); the assertion then clashes.
    using P = std::pair<std::string, std::string>;
    EXPECT_EQ(links(corpus, analysis.inconsistencies[0].chain),
              (std::vector<P>{{"asserts x", "t.claims:4"}, {"denies x", "t.claims:5"}}));
}

TEST(CheckConsistency, OppositeStancesOnDifferentDatesAreAShift) {
    CorpusBuilder b;
    const Index old_source = b.source("old", {2019, 0, 0});
    const Index new_source = b.source("new", {2023, 0, 0});
    const Index ann = b.expert("ann");
    const Index x = b.claim("x");
    const Index y = b.claim("y");
    b.relation(x, RelationKind::implies, y);
    b.stance(ann, 1, x, {.source = old_source});
    b.stance(ann, -1, y, {.source = new_source});
    b.stance(ann, -1, x, {.source = new_source});
    const Analysis analysis = analyse(b.corpus());
    // Only the latest stance on x (denies, 2023) counts: not x and not y agree.
    EXPECT_TRUE(analysis.inconsistencies.empty());
    ASSERT_EQ(analysis.shifts.size(), 1u);
    EXPECT_EQ(analysis.shifts[0].earlier, 0u);
    EXPECT_EQ(analysis.shifts[0].later, 2u);
}

TEST(CheckConsistency, BecauseCommitsToTheReason) {
    CorpusBuilder b;
    const Index ann = b.expert("ann");     // 1
    const Index x = b.claim("x");          // 2
    const Index p = b.claim("p");          // 3
    b.stance(ann, 2, x, {.because = {p}});  // 4
    b.stance(ann, -1, p);                   // 5
    const auto& corpus = b.corpus();
    const Analysis analysis = analyse(corpus);
    ASSERT_EQ(analysis.inconsistencies.size(), 1u);
    using P = std::pair<std::string, std::string>;
    EXPECT_EQ(links(corpus, analysis.inconsistencies[0].chain),
              (std::vector<P>{{"strongly asserts x because p", "t.claims:4"}, {"denies p", "t.claims:5"}}));
}

TEST(CheckConsistency, DefeasibleRelationsAndQualifiesNeverClash) {
    CorpusBuilder b;
    const Index ann = b.expert("ann");
    const Index x = b.claim("x");
    const Index y = b.claim("y");
    const Index z = b.claim("z");
    b.relation(x, RelationKind::undermines, y);
    b.relation(x, RelationKind::contradicts, z);
    b.stance(ann, 2, x);
    b.stance(ann, 2, y);
    b.stance(ann, 0, z);  // qualifies is no literal
    const Analysis analysis = analyse(b.corpus());
    EXPECT_TRUE(analysis.inconsistencies.empty());
    EXPECT_EQ(analysis.cells.size(), 3u);  // z is stated (0), so not derived as false
}

TEST(CheckConsistency, LongChainsNeedNoRecursion) {
    // A chain of 100000 implications: propagation is iterative, so depth costs no stack.
    CorpusBuilder b;
    const Index ann = b.expert("ann");
    constexpr Index n = 100000;
    for (Index i = 0; i < n; ++i) b.claim("c" + std::to_string(i));
    for (Index i = 0; i + 1 < n; ++i) b.relation(i, RelationKind::implies, i + 1);
    b.stance(ann, 1, 0);
    b.stance(ann, -1, n - 1);
    const Analysis analysis = analyse(b.corpus(), {.check_quotes = false});
    ASSERT_EQ(analysis.inconsistencies.size(), 1u);
    EXPECT_EQ(analysis.inconsistencies[0].chain.size(), static_cast<std::size_t>(n - 1 + 2));
}

}  // namespace
}  // namespace stance::check
