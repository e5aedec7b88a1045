// Consensus per claim (Tastle & Wierman), agreement between experts, and camps.
#include <gtest/gtest.h>

#include "stance/check/analysis.hpp"
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
    EXPECT_NEAR(c->consensus, 0.0817042, 1e-4);
    EXPECT_EQ(c->asserting, 2);
    EXPECT_EQ(c->denying, 1);
    EXPECT_EQ(c->qualifying, 0);

    // {1, 0, -1}: mean 0; 1 and -1: p = 1/3, log2(3/4) = -0.4150375; 0: log2(1) = 0.
    // Cns = 1 - 2 (1/3)(0.4150375) = 0.7233083.
    c = consensus_of(analysis, mild);
    ASSERT_NE(c, nullptr);
    EXPECT_NEAR(c->mean, 0, 1e-12);
    EXPECT_NEAR(c->consensus, 0.7233083, 1e-4);
    EXPECT_EQ(c->asserting, 1);
    EXPECT_EQ(c->denying, 1);
    EXPECT_EQ(c->qualifying, 1);

    c = consensus_of(analysis, lone);  // n = 1
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->n, 1);
    EXPECT_DOUBLE_EQ(c->consensus, 1);
    EXPECT_DOUBLE_EQ(c->mean, -1);

    // {2, -2}: mean 0, each |x| / 4 = 1/2, log2(1/2) = -1: Cns = 1 - 1/2 - 1/2 = 0.
    c = consensus_of(analysis, extremes);
    ASSERT_NE(c, nullptr);
    EXPECT_NEAR(c->consensus, 0, 1e-12);
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

TEST(CheckAgreement, PairsOverSharedStatedClaims) {
    CorpusBuilder b;
    const Index ann = b.expert("ann"), bob = b.expert("bob"), cid = b.expert("cid");
    const Index a = b.claim("a"), bc = b.claim("b"), c = b.claim("c"), d = b.claim("d");
    b.relation(a, RelationKind::implies, d);
    b.stance(ann, 2, a), b.stance(ann, 1, bc);
    b.stance(bob, 1, a), b.stance(bob, -1, bc), b.stance(bob, 0, c), b.stance(bob, 1, d);
    b.stance(cid, -2, c);
    const Analysis analysis = analyse(b.corpus());
    // ann-bob share a and b (ann's d is derived, so not shared): same sign on a only;
    // agreement = ((1 - |2 - 1| / 4) + (1 - |1 + 1| / 4)) / 2 = (0.75 + 0.5) / 2 = 0.625.
    // bob-cid share c: sign 0 vs -1 differ; 1 - |0 + 2| / 4 = 0.5. ann-cid share nothing.
    ASSERT_EQ(analysis.agreement.size(), 2u);
    const Agreement& ab = analysis.agreement[0];
    EXPECT_EQ(ab.a, ann);
    EXPECT_EQ(ab.b, bob);
    EXPECT_EQ(ab.shared, 2);
    EXPECT_EQ(ab.same_sign, 1);
    EXPECT_NEAR(ab.agreement, 0.625, 1e-12);
    const Agreement& bcid = analysis.agreement[1];
    EXPECT_EQ(bcid.a, bob);
    EXPECT_EQ(bcid.b, cid);
    EXPECT_EQ(bcid.shared, 1);
    EXPECT_EQ(bcid.same_sign, 0);
    EXPECT_NEAR(bcid.agreement, 0.5, 1e-12);
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
    // loner has no stance: a camp of one, last.
    ASSERT_EQ(analysis.camps.size(), 3u);
    EXPECT_EQ(analysis.camps[0], (std::vector<Index>{amy, bea, xia}));
    EXPECT_EQ(analysis.camps[1], (std::vector<Index>{yan, zed}));
    EXPECT_EQ(analysis.camps[2], (std::vector<Index>{loner}));
    EXPECT_EQ(analysis.expert_order, (std::vector<Index>{amy, bea, xia, yan, zed, loner}));
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
    const Analysis analysis = analyse(b.corpus());
    ASSERT_EQ(analysis.camps.size(), 2u);
    EXPECT_EQ(analysis.camps[0], (std::vector<Index>{p, q}));
    EXPECT_EQ(analysis.camps[1], (std::vector<Index>{r}));
}

TEST(CheckCamps, NoSharedClaimIsNeutral) {
    CorpusBuilder b;
    const Index p = b.expert("p"), q = b.expert("q");
    const Index a = b.claim("a"), c = b.claim("c");
    b.stance(p, 1, a), b.stance(q, 1, c);
    const Analysis analysis = analyse(b.corpus());
    EXPECT_TRUE(analysis.agreement.empty());
    EXPECT_EQ(analysis.camps.size(), 2u);  // distance 0.5 > 0.25
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
    // The agreement table itself is unweighted: p-r share 9 claims, 8 alike.
    ASSERT_FALSE(analysis.agreement.empty());
    EXPECT_EQ(analysis.agreement[1].a, p);
    EXPECT_EQ(analysis.agreement[1].b, r);
    EXPECT_NEAR(analysis.agreement[1].agreement, (8 + 0.5) / 9, 1e-12);
}

}  // namespace
}  // namespace stance::check
