// Consensus per claim (Tastle & Wierman), agreement between experts, and camps.
#include <algorithm>

#include <gtest/gtest.h>

#include "stance/check/analysis.hpp"
#include "stance/check/camps.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::check {
namespace {

using model::RelationKind;
using test::CorpusBuilder;

const Consensus* consensus_of(const Analysis& analysis, Index claim) {
    for (const auto& c : analysis.consensus)
        if (c.claim == claim) return &c;
    return nullptr;
}

TEST(CheckConsensus, TastleWiermanByHand) {
    CorpusBuilder b;
    const Index e1 = b.expert("e1"), e2 = b.expert("e2"), e3 = b.expert("e3");
    const Index split = b.claim("split"), mild = b.claim("mild"), lone = b.claim("lone");
    const Index extremes = b.claim("extremes"), unused = b.claim("unused");
    b.stance(e1, 2, split), b.stance(e2, 2, split), b.stance(e3, -2, split);
    b.stance(e1, 1, mild), b.stance(e2, 0, mild), b.stance(e3, -1, mild);
    b.stance(e1, -1, lone);
    b.stance(e1, 2, extremes), b.stance(e2, -2, extremes);
    const Analysis analysis = analyse(b.corpus());
    EXPECT_EQ(consensus_of(analysis, unused), nullptr);
    EXPECT_EQ(analysis.consensus.size(), 4u);

    // {2, 2, -2}: mean 2/3. 2: p = 2/3, |2 - 2/3| / 4 = 1/3, log2(2/3) = -0.5849625;
    // -2: p = 1/3, |-2 - 2/3| / 4 = 2/3, log2(1/3) = -1.5849625.
    // Cns = 1 - (2/3)(0.5849625) - (1/3)(1.5849625) = 1 - 0.3899750 - 0.5283208 = 0.0817042.
    const auto* c = consensus_of(analysis, split);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->n, 3);
    EXPECT_NEAR(c->mean, 2.0 / 3, 1e-9);
    EXPECT_NEAR(c->consensus.value_or(-1), 0.0817042, 1e-4);
    EXPECT_EQ(c->asserting, 2);
    EXPECT_EQ(c->denying, 1);
    EXPECT_EQ(c->qualifying, 0);

    // {1, 0, -1}: mean 0; 1 and -1: p = 1/3, log2(3/4) = -0.4150375; 0: log2(1) = 0.
    // Cns = 1 - 2 (1/3)(0.4150375) = 0.7233083.
    c = consensus_of(analysis, mild);
    ASSERT_NE(c, nullptr);
    EXPECT_NEAR(c->mean, 0, 1e-12);
    EXPECT_NEAR(c->consensus.value_or(-1), 0.7233083, 1e-4);
    EXPECT_EQ(c->asserting, 1);
    EXPECT_EQ(c->denying, 1);
    EXPECT_EQ(c->qualifying, 1);

    c = consensus_of(analysis, lone);  // n = 1: one voice is no consensus
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->n, 1);
    EXPECT_FALSE(c->consensus.has_value());
    EXPECT_DOUBLE_EQ(c->mean, -1);

    // {2, -2}: mean 0, each |x| / 4 = 1/2, log2(1/2) = -1: Cns = 1 - 1/2 - 1/2 = 0.
    c = consensus_of(analysis, extremes);
    ASSERT_NE(c, nullptr);
    EXPECT_NEAR(c->consensus.value_or(-1), 0, 1e-12);
}

TEST(CheckConsensus, CountsOnlyStatedCells) {
    CorpusBuilder b;
    const Index e1 = b.expert("e1"), e2 = b.expert("e2");
    const Index a = b.claim("a"), c = b.claim("c");
    b.relation(a, RelationKind::implies, c);
    b.stance(e1, 1, a);   // e1 derives c
    b.stance(e2, -2, c);
    b.stance(e2, 1, c, {.date = {1999, 0, 0}});  // dated: later than the undated one
    const Analysis analysis = analyse(b.corpus());
    const auto* cc = consensus_of(analysis, c);
    ASSERT_NE(cc, nullptr);
    // Only e2's stated cell: its later-dated stance (1999) beats the undated one.
    EXPECT_EQ(cc->n, 1);
    EXPECT_DOUBLE_EQ(cc->mean, 1);
}

const Agreement* pair_of(const Analysis& analysis, Index x, Index y) {
    for (const auto& p : analysis.agreement)
        if (p.a == std::min(x, y) && p.b == std::max(x, y)) return &p;
    return nullptr;
}

// The worked example of docs/measures.md.
class CheckAgreement : public ::testing::Test {
protected:
    CheckAgreement() {
        const Index a = b.claim("a"), bc = b.claim("b"), c = b.claim("c"), d = b.claim("d"), e = b.claim("e");
        b.relation(e, RelationKind::implies, c);
        b.stance(ann, 2, a), b.stance(ann, 1, bc), b.stance(ann, 1, c), b.stance(ann, 0, d);
        b.stance(bob, 1, a), b.stance(bob, -1, bc), b.stance(bob, 2, c), b.stance(bob, 1, d);
        b.stance(cid, -1, a), b.stance(cid, 1, bc);
        b.stance(dan, 1, a), b.stance(dan, 1, e);  // dan derives c through e implies c
    }
    CorpusBuilder b;
    const Index ann = b.expert("ann"), bob = b.expert("bob"), cid = b.expert("cid"), dan = b.expert("dan");
};

TEST_F(CheckAgreement, CongruenceConflictAndQualifiedApart) {
    const Analysis analysis = analyse(b.corpus());
    // ann-bob share a, b, c, d: a (+2, +1) and c (+1, +2) congruent, b (+1, -1) in conflict,
    // d (0, +1) qualified. Score (2 - 1) / 4 = 0.25.
    const Agreement* p = pair_of(analysis, ann, bob);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->shared, 4);
    EXPECT_EQ(p->congruence, 2);
    EXPECT_EQ(p->conflict, 1);
    EXPECT_EQ(p->qualified, 1);
    EXPECT_EQ(p->derived, 0);
    EXPECT_NEAR(p->score.value_or(9), 0.25, 1e-12);
    // ann-cid: a in conflict, b congruent: 0. bob-cid: opposite on both claims they share: -1.
    p = pair_of(analysis, ann, cid);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->congruence, 1);
    EXPECT_EQ(p->conflict, 1);
    EXPECT_NEAR(p->score.value_or(9), 0, 1e-12);
    p = pair_of(analysis, bob, cid);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->conflict, 2);
    EXPECT_NEAR(p->score.value_or(9), -1, 1e-12);
    // dan shares only a (stated) with each: too few to judge, but counted.
    for (Index other : {ann, bob, cid}) {
        p = pair_of(analysis, dan, other);
        ASSERT_NE(p, nullptr);
        EXPECT_EQ(p->shared, 1);
        EXPECT_FALSE(p->score.has_value());
    }
    EXPECT_EQ(analysis.agreement.size(), 6u);
}

TEST_F(CheckAgreement, MinSharedDecidesWhatIsJudged) {
    const Analysis analysis = analyse(b.corpus(), {.min_shared = 1});
    const Agreement* p = pair_of(analysis, dan, cid);
    ASSERT_NE(p, nullptr);
    EXPECT_NEAR(p->score.value_or(9), -1, 1e-12);
    p = pair_of(analysis, ann, bob);
    EXPECT_NEAR(p->score.value_or(9), 0.25, 1e-12);
    const Analysis strict = analyse(b.corpus(), {.min_shared = 5});
    for (const auto& pair : strict.agreement) EXPECT_FALSE(pair.score.has_value());
}

TEST_F(CheckAgreement, WithDerivedCountsCommitmentsAndMarksThem) {
    const Analysis analysis = analyse(b.corpus(), {.with_derived = true});
    // dan's derived +1 on c meets ann's +1 and bob's +2: congruent, derived; with a, two shared.
    for (Index other : {ann, bob}) {
        const Agreement* p = pair_of(analysis, dan, other);
        ASSERT_NE(p, nullptr);
        EXPECT_EQ(p->shared, 2);
        EXPECT_EQ(p->congruence, 2);
        EXPECT_EQ(p->derived, 1);
        EXPECT_NEAR(p->score.value_or(9), 1, 1e-12);
    }
    const Agreement* p = pair_of(analysis, dan, cid);
    EXPECT_EQ(p->shared, 1);
    EXPECT_EQ(p->derived, 0);
    EXPECT_EQ(pair_of(analysis, ann, bob)->derived, 0);
    // Consensus stays over stated positions.
    const Consensus* c = consensus_of(analysis, 2);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->n, 2);
}

TEST(CheckCamps, TwoObviousCampsAndALoner) {
    CorpusBuilder b;
    // Declared in mixed order so that camp order comes from size and ids, not declaration.
    const Index zed = b.expert("zed"), amy = b.expert("amy"), yan = b.expert("yan");
    const Index bea = b.expert("bea"), loner = b.expert("loner"), xia = b.expert("xia");
    const Index c1 = b.claim("c1"), c2 = b.claim("c2"), c3 = b.claim("c3");
    // Camp of amy, bea, xia: for c1 and c2, against c3 (amy strongly: one step from the others).
    for (Index e : {amy, bea, xia}) {
        b.stance(e, e == amy ? 2 : 1, c1);
        b.stance(e, 1, c2);
        b.stance(e, -1, c3);
    }
    // Camp of yan and zed: the opposite.
    for (Index e : {yan, zed}) b.stance(e, -1, c1), b.stance(e, -2, c2), b.stance(e, 1, c3);
    const Analysis analysis = analyse(b.corpus());
    // Claim weights, 1 - consensus: c1 {2, 1, 1, -1, -1} (mean 0.4) Cns = 1 + 0.2 log2(0.6)
    // + 0.4 log2(0.85) + 0.4 log2(0.65) = 0.510, weight 0.490; c2 {1, 1, 1, -2, -2} Cns = 0.346,
    // weight 0.654; c3 {-1, -1, -1, 1, 1} Cns = 0.601, weight 0.399 (sum 1.543).
    // amy-bea: 1 - (0.490 * 0.75 + 0.654 + 0.399) / 1.543 = 0.079; bea-xia: 0; yan-zed: 0.
    // amy-yan: 1 - (0.490 * 0.25 + 0.654 * 0.25 + 0.399 * 0.5) / 1.543 = 0.685 > 0.25.
    // loner has no stance: not placed, last.
    ASSERT_EQ(analysis.camps.size(), 2u);
    EXPECT_EQ(analysis.camps[0], (std::vector<Index>{amy, bea, xia}));
    EXPECT_EQ(analysis.camps[1], (std::vector<Index>{yan, zed}));
    EXPECT_EQ(analysis.unplaced, (std::vector<Index>{loner}));
    // Labels (every member on one side of each claim): amy-bea-xia c1 4/3 against -1 (gap 7/3),
    // c2 1 against -2 (3), c3 -1 against 1 (2): c2, then c1. yan-zed the same gaps, sides opposite.
    ASSERT_EQ(analysis.camp_labels.size(), 2u);
    ASSERT_EQ(analysis.camp_labels[0].size(), 2u);
    EXPECT_EQ(analysis.camp_labels[0][0].claim, c2);
    EXPECT_EQ(analysis.camp_labels[0][0].side, 1);
    EXPECT_DOUBLE_EQ(analysis.camp_labels[0][0].score, 3);
    EXPECT_EQ(analysis.camp_labels[0][1].claim, c1);
    EXPECT_DOUBLE_EQ(analysis.camp_labels[0][1].score, 7.0 / 3);
    ASSERT_EQ(analysis.camp_labels[1].size(), 2u);
    EXPECT_EQ(analysis.camp_labels[1][0].claim, c2);
    EXPECT_EQ(analysis.camp_labels[1][0].side, -1);
    EXPECT_EQ(analysis.camp_labels[1][1].claim, c1);
    EXPECT_EQ(analysis.camp_labels[1][1].side, -1);
    EXPECT_EQ(analysis.expert_order, (std::vector<Index>{amy, bea, xia, yan, zed, loner}));
}

TEST(CheckCamps, LabelsAreClaimsTheCampHoldsAsOneAndOthersDoNot) {
    CorpusBuilder b;
    const Index a = b.expert("a"), bb = b.expert("b"), c = b.expert("c"), x = b.expert("x"), y = b.expert("y");
    const Index k1 = b.claim("k1"), k2 = b.claim("k2"), k3 = b.claim("k3"), k4 = b.claim("k4"), k5 = b.claim("k5"),
                k6 = b.claim("k6");
    const std::vector<Cell> cells = {
        {a, k1, 1},  {bb, k1, 1},  {c, k1, 1}, {x, k1, -1}, {y, k1, -1},  // all against all: gap 2, share 1
        {a, k2, 2},  {bb, k2, -1}, {x, k2, -2},                            // the camp split: never a label
        {a, k3, 1},  {bb, k3, 1},  {c, k3, 1},                             // nobody outside: separates nothing
        {a, k4, -2}, {bb, k4, -2}, {x, k4, 2},                             // gap 4, share 2/3: 8/3
        {c, k5, 1},  {y, k5, -1},                                          // one member: not the camp's
        {a, k6, 0},  {bb, k6, 0},  {c, k6, 0}, {x, k6, 2},  {y, k6, 2},   // qualified as one: gap 2, ties k1
    };
    const auto labels = label_camps(b.corpus(), cells, {{a, bb, c}, {x, y}});
    ASSERT_EQ(labels.size(), 2u);
    // {a, b, c}: k4 (8/3), then k1 and k6 tie at 2 and claim order keeps k1; only two labels.
    ASSERT_EQ(labels[0].size(), 2u);
    EXPECT_EQ(labels[0][0].claim, k4);
    EXPECT_EQ(labels[0][0].side, -1);
    EXPECT_DOUBLE_EQ(labels[0][0].score, 8.0 / 3);
    EXPECT_EQ(labels[0][1].claim, k1);
    EXPECT_EQ(labels[0][1].side, 1);
    // {x, y}: k1 (-1 against 1) and k6 (2 against 0), both 2; k2, k4 and k5 have one member each.
    ASSERT_EQ(labels[1].size(), 2u);
    EXPECT_EQ(labels[1][0].claim, k1);
    EXPECT_EQ(labels[1][0].side, -1);
    EXPECT_EQ(labels[1][1].claim, k6);
    EXPECT_EQ(labels[1][1].side, 1);
    EXPECT_DOUBLE_EQ(labels[1][1].score, 2);
    // A camp whose claims nobody else states has no label.
    EXPECT_TRUE(label_camps(b.corpus(), {{a, k3, 1}, {bb, k3, 1}}, {{a, bb}}).front().empty());
}

TEST(CheckCamps, AverageLinkageDoesNotChain) {
    CorpusBuilder b;
    // On one claim (its weight cancels out) p = +2, q = +1, r = 0: distances p-q 0.25, q-r 0.25,
    // p-r 0.5. The tie is
    // broken towards the lower index: p and q merge at 0.25; then r's average distance to
    // {p, q} is (0.5 + 0.25) / 2 = 0.375 > 0.25, so r stays apart (single linkage would chain
    // all three through q).
    const Index p = b.expert("p"), q = b.expert("q"), r = b.expert("r");
    const Index a = b.claim("a");
    b.stance(p, 2, a), b.stance(q, 1, a), b.stance(r, 0, a);
    const Analysis analysis = analyse(b.corpus(), {.min_shared = 1});
    ASSERT_EQ(analysis.camps.size(), 1u);
    EXPECT_EQ(analysis.camps[0], (std::vector<Index>{p, q}));
    EXPECT_EQ(analysis.unplaced, (std::vector<Index>{r}));
    // With the default minimum of two shared claims, one claim places nobody.
    const Analysis strict = analyse(b.corpus());
    EXPECT_TRUE(strict.camps.empty());
    EXPECT_EQ(strict.unplaced, (std::vector<Index>{p, q, r}));
}

TEST(CheckCamps, NoSharedClaimIsNeutral) {
    CorpusBuilder b;
    const Index p = b.expert("p"), q = b.expert("q");
    const Index a = b.claim("a"), c = b.claim("c");
    b.stance(p, 1, a), b.stance(q, 1, c);
    const Analysis analysis = analyse(b.corpus());
    EXPECT_TRUE(analysis.agreement.empty());
    EXPECT_TRUE(analysis.camps.empty());  // distance 0.5 > 0.25; no camp of one
    EXPECT_EQ(analysis.unplaced, (std::vector<Index>{p, q}));
    EXPECT_EQ(analysis.expert_order, (std::vector<Index>{p, q}));
}

TEST(CheckCamps, UndisputedClaimsDoNotMergeCamps) {
    CorpusBuilder b;
    // Four experts agree on eight claims nobody disputes and split two against two on one:
    // unweighted, a cross pair would be 1 - (8 + 0.5) / 9 = 0.056 apart, one camp; weighted
    // by dispute (the eight weigh 0), cross pairs are 0.5 apart and the camps are two.
    const Index p = b.expert("p"), q = b.expert("q"), r = b.expert("r"), s = b.expert("s");
    const Index disputed = b.claim("disputed");
    for (int i = 0; i < 8; ++i) {
        const Index c = b.claim("agreed" + std::to_string(i));
        for (Index e : {p, q, r, s}) b.stance(e, 1, c);
    }
    b.stance(p, 1, disputed), b.stance(q, 1, disputed), b.stance(r, -1, disputed), b.stance(s, -1, disputed);
    const Analysis analysis = analyse(b.corpus());
    ASSERT_EQ(analysis.camps.size(), 2u);
    EXPECT_EQ(analysis.camps[0], (std::vector<Index>{p, q}));
    EXPECT_EQ(analysis.camps[1], (std::vector<Index>{r, s}));
    // The agreement table itself is unweighted: p-r share 9 claims, 8 alike, 1 opposite.
    const Agreement* pr = pair_of(analysis, p, r);
    ASSERT_NE(pr, nullptr);
    EXPECT_EQ(pr->congruence, 8);
    EXPECT_EQ(pr->conflict, 1);
    EXPECT_NEAR(pr->score.value_or(9), 7.0 / 9, 1e-12);
}

}  // namespace
}  // namespace stance::check
