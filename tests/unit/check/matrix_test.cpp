// The stance matrix: stated cells (latest stance, ties), derived commitments and shifts.
#include <gtest/gtest.h>

#include "stance/check/analysis.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::check {
namespace {

using model::RelationKind;
using test::CorpusBuilder;

// Lines of t.claims: 1 s2020, 2 s2022, 3 ann, 4 bob, 5 a, 6 b, 7 c, 8 a implies b, 9.. stances.
struct MatrixCorpus {
    CorpusBuilder b;
    Index s2020 = b.source("s2020", {2020, 0, 0});
    Index s2022 = b.source("s2022", {2022, 0, 0});
    Index ann = b.expert("ann");
    Index bob = b.expert("bob");
    Index a = b.claim("a");
    Index bc = b.claim("b");
    Index c = b.claim("c");
    Index rel = b.relation(a, RelationKind::implies, bc);
    Index ann_asserts = b.stance(ann, +1, a, {.source = s2020});           // 0, line 9
    Index ann_strongly = b.stance(ann, +2, a, {.source = s2020});          // 1: same date, larger magnitude
    Index bob_denies = b.stance(bob, -1, a, {.source = s2020});            // 2
    Index bob_asserts = b.stance(bob, +1, a, {.source = s2022});           // 3: later date
    Index bob_c1 = b.stance(bob, -1, c, {.source = s2020});                // 4
    Index bob_c2 = b.stance(bob, -1, c, {.source = s2020});                // 5: full tie, later in file order
};

TEST(CheckMatrix, StatedCellsFollowTheLatestStanceAndTies) {
    MatrixCorpus m;
    const Analysis analysis = analyse(m.b.corpus());
    // ann: a stated (+2, stance 1), b derived. bob: a stated (+1, stance 3), b derived, c stated (-1, stance 5).
    ASSERT_EQ(analysis.cells.size(), 5u);
    const Cell& ann_a = analysis.cells[0];
    EXPECT_EQ(ann_a.expert, m.ann);
    EXPECT_EQ(ann_a.claim, m.a);
    EXPECT_EQ(ann_a.value, 2);
    EXPECT_FALSE(ann_a.derived);
    EXPECT_EQ(ann_a.stance, m.ann_strongly);

    const Cell& bob_a = analysis.cells[2];
    EXPECT_EQ(bob_a.expert, m.bob);
    EXPECT_EQ(bob_a.claim, m.a);
    EXPECT_EQ(bob_a.value, 1);
    EXPECT_EQ(bob_a.stance, m.bob_asserts);

    const Cell& bob_c = analysis.cells[4];
    EXPECT_EQ(bob_c.claim, m.c);
    EXPECT_EQ(bob_c.value, -1);
    EXPECT_EQ(bob_c.stance, m.bob_c2);
}

TEST(CheckMatrix, DerivedCellsCarryTheirReason) {
    MatrixCorpus m;
    const Analysis analysis = analyse(m.b.corpus());
    const Cell& ann_b = analysis.cells[1];
    EXPECT_EQ(ann_b.expert, m.ann);
    EXPECT_EQ(ann_b.claim, m.bc);
    EXPECT_TRUE(ann_b.derived);
    EXPECT_EQ(ann_b.value, 1);
    EXPECT_EQ(ann_b.stance, none);
    // The shown stance (strongly asserts) explains the literal, not the weaker one beside it.
    EXPECT_EQ(ann_b.reason, "strongly asserts a; a implies b");

    // bob's 2020 denial is superseded by his 2022 assertion: a holds, so b does.
    const Cell& bob_b = analysis.cells[3];
    EXPECT_TRUE(bob_b.derived);
    EXPECT_EQ(bob_b.value, 1);
    EXPECT_EQ(bob_b.reason, "asserts a; a implies b");
}

TEST(CheckMatrix, DenialPropagatesBackwardsThroughImplies) {
    CorpusBuilder b;
    const Index ann = b.expert("ann");
    const Index a = b.claim("a");
    const Index c = b.claim("c");
    b.relation(a, RelationKind::implies, c);
    b.stance(ann, -2, c);
    const Analysis analysis = analyse(b.corpus());
    ASSERT_EQ(analysis.cells.size(), 2u);
    EXPECT_EQ(analysis.cells[0].claim, a);
    EXPECT_TRUE(analysis.cells[0].derived);
    EXPECT_EQ(analysis.cells[0].value, -1);  // a derived cell is -1 or +1 whatever the strength
    EXPECT_EQ(analysis.cells[0].reason, "strongly denies c; a implies c");
    EXPECT_EQ(analysis.cells[1].claim, c);
    EXPECT_EQ(analysis.cells[1].value, -2);
}

TEST(CheckMatrix, LongReasonsKeepTheirLastRelations) {
    CorpusBuilder b;
    const Index ann = b.expert("ann");
    for (int i = 0; i < 10; ++i) b.claim("c" + std::to_string(i));
    for (Index i = 0; i + 1 < 10; ++i) b.relation(i, RelationKind::implies, i + 1);
    b.stance(ann, 1, 0);
    const Analysis analysis = analyse(b.corpus());
    ASSERT_EQ(analysis.cells.size(), 10u);
    // c4 is 4 relations away: shown whole; c9 is 9 away: the last 4, and 5 left out.
    EXPECT_EQ(analysis.cells[4].reason, "asserts c0; c0 implies c1; c1 implies c2; c2 implies c3; c3 implies c4");
    EXPECT_EQ(analysis.cells[9].reason,
              "asserts c0; … 5 more …; c5 implies c6; c6 implies c7; c7 implies c8; c8 implies c9");
}

TEST(CheckMatrix, BecauseIsADerivedCommitmentUnlessStated) {
    CorpusBuilder b;
    const Index ann = b.expert("ann");
    const Index bob = b.expert("bob");
    const Index x = b.claim("x");
    const Index p = b.claim("p");
    b.stance(ann, 1, x, {.because = {p}});
    b.stance(bob, 1, x, {.because = {p}});
    b.stance(bob, 0, p);
    const Analysis analysis = analyse(b.corpus());
    // ann: p derived (+1), x stated. bob: p stated (qualifies, 0): stated wins; x stated.
    ASSERT_EQ(analysis.cells.size(), 4u);
    EXPECT_EQ(analysis.cells[0].claim, x);
    EXPECT_EQ(analysis.cells[1].claim, p);
    EXPECT_TRUE(analysis.cells[1].derived);
    EXPECT_EQ(analysis.cells[1].value, 1);
    EXPECT_EQ(analysis.cells[1].reason, "asserts x because p");
    EXPECT_EQ(analysis.cells[3].expert, bob);
    EXPECT_EQ(analysis.cells[3].claim, p);
    EXPECT_FALSE(analysis.cells[3].derived);
    EXPECT_EQ(analysis.cells[3].value, 0);
}

TEST(CheckMatrix, ShiftBetweenDatesIsNotAnInconsistency) {
    MatrixCorpus m;
    const Analysis analysis = analyse(m.b.corpus());
    EXPECT_TRUE(analysis.inconsistencies.empty());
    ASSERT_EQ(analysis.shifts.size(), 1u);
    EXPECT_EQ(analysis.shifts[0].expert, m.bob);
    EXPECT_EQ(analysis.shifts[0].claim, m.a);
    EXPECT_EQ(analysis.shifts[0].earlier, m.bob_denies);
    EXPECT_EQ(analysis.shifts[0].later, m.bob_asserts);
}

TEST(CheckMatrix, StanceDateOverridesTheSourceDateAndQualifiesTakesNoSide) {
    CorpusBuilder b;
    const Index s = b.source("s", {2022, 0, 0});
    const Index ann = b.expert("ann");
    const Index a = b.claim("a");
    const Index first = b.stance(ann, 1, a, {.source = s, .date = {2019, 5, 0}});
    b.stance(ann, 0, a, {.source = s, .date = {2020, 0, 0}});
    const Index last = b.stance(ann, -1, a, {.source = s});  // 2022, from the source
    b.stance(ann, 1, a, {.source = s, .date = {2021, 1, 1}});
    const Analysis analysis = analyse(b.corpus());
    ASSERT_EQ(analysis.cells.size(), 1u);
    EXPECT_EQ(analysis.cells[0].stance, last);
    // By date: +1 (2019-05), 0 (2020), +1 (2021-01-01), -1 (2022): one change of side, from
    // the 2021 assertion (qualifies takes no side, and the 2019 one is not the latest side).
    ASSERT_EQ(analysis.shifts.size(), 1u);
    EXPECT_EQ(analysis.shifts[0].earlier, 3u);
    EXPECT_EQ(analysis.shifts[0].later, last);
    EXPECT_NE(analysis.shifts[0].earlier, first);
}

}  // namespace
}  // namespace stance::check
