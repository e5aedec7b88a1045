// Direct and indirect disagreements between experts.
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
using P = std::pair<std::string, std::string>;

TEST(CheckDisagreement, DirectOnOppositeSigns) {
    CorpusBuilder b;
    const Index ann = b.expert("ann"), bob = b.expert("bob"), cid = b.expert("cid");
    const Index a = b.claim("a"), c = b.claim("c");
    const Index s0 = b.stance(ann, 2, a);
    const Index s1 = b.stance(bob, -1, a);
    const Index s2 = b.stance(cid, 1, a);
    b.stance(ann, 1, c), b.stance(bob, 0, c);  // qualifies is on no side: no disagreement on c
    const Analysis analysis = analyse(b.corpus());
    ASSERT_EQ(analysis.direct.size(), 1u);
    EXPECT_EQ(analysis.direct[0].claim, a);
    EXPECT_EQ(analysis.direct[0].for_stances, (std::vector<Index>{s0, s2}));
    EXPECT_EQ(analysis.direct[0].against_stances, (std::vector<Index>{s1}));
    (void)c;
}

TEST(CheckDisagreement, IndirectThroughImplies) {
    CorpusBuilder b;
    const Index ann = b.expert("ann");                // 1
    const Index bob = b.expert("bob");                // 2
    const Index a = b.claim("a");                     // 3
    const Index c = b.claim("c");                     // 4
    b.relation(a, RelationKind::implies, c);          // 5
    b.stance(ann, 1, a);                              // 6
    b.stance(bob, -2, c);                             // 7
    const auto& corpus = b.corpus();
    const Analysis analysis = analyse(corpus);
    EXPECT_TRUE(analysis.direct.empty());
    ASSERT_EQ(analysis.indirect.size(), 1u);
    const auto& d = analysis.indirect[0];
    EXPECT_EQ(d.a, ann);
    EXPECT_EQ(d.b, bob);
    EXPECT_EQ(d.claim_a, a);
    EXPECT_EQ(d.claim_b, c);
    EXPECT_EQ(links(corpus, d.explanation),
              (std::vector<P>{{"ann asserts a", "t.claims:6"}, {"a implies c", "t.claims:5"},
                              {"bob strongly denies c", "t.claims:7"}}));
}

TEST(CheckDisagreement, IndirectExplanationStartsWithTheLowerExpert) {
    CorpusBuilder b;
    const Index ann = b.expert("ann");                // 1
    const Index bob = b.expert("bob");                // 2
    const Index a = b.claim("a");                     // 3
    const Index c = b.claim("c");                     // 4
    const Index d = b.claim("d");                     // 5
    b.relation(a, RelationKind::implies, c);          // 6
    b.relation(c, RelationKind::contradicts, d);      // 7
    b.stance(bob, 1, a);                              // 8
    b.stance(ann, 1, d);                              // 9
    const auto& corpus = b.corpus();
    const Analysis analysis = analyse(corpus);
    // bob's a implies c, which contradicts ann's d; told from ann's side, the relations run
    // backwards: d (c contradicts d) rules out c, and without c there is no a.
    ASSERT_EQ(analysis.indirect.size(), 1u);
    const auto& x = analysis.indirect[0];
    EXPECT_EQ(x.a, ann);
    EXPECT_EQ(x.b, bob);
    EXPECT_EQ(x.claim_a, d);
    EXPECT_EQ(x.claim_b, a);
    EXPECT_EQ(links(corpus, x.explanation),
              (std::vector<P>{{"ann asserts d", "t.claims:9"}, {"c contradicts d", "t.claims:7"},
                              {"a implies c", "t.claims:6"}, {"bob asserts a", "t.claims:8"}}));
}

TEST(CheckDisagreement, NoIndirectWhenTheyMeetDirectlyOrAgree) {
    CorpusBuilder b;
    const Index ann = b.expert("ann"), bob = b.expert("bob"), cid = b.expert("cid");
    const Index a = b.claim("a"), c = b.claim("c");
    b.relation(a, RelationKind::implies, c);
    b.stance(ann, 1, a);
    b.stance(bob, -1, c), b.stance(bob, -1, a);  // bob also denies a: that is direct
    b.stance(cid, 1, c);                         // cid agrees with ann's commitment
    const Analysis analysis = analyse(b.corpus());
    EXPECT_TRUE(analysis.indirect.empty());
    ASSERT_EQ(analysis.direct.size(), 2u);  // a (ann, bob) and c (cid, bob)
}

TEST(CheckDisagreement, IndirectIsCappedPerPair) {
    CorpusBuilder b;
    const Index ann = b.expert("ann"), bob = b.expert("bob");
    std::vector<Index> as, cs;
    for (int i = 0; i < 5; ++i) as.push_back(b.claim("a" + std::to_string(i)));
    for (int i = 0; i < 5; ++i) cs.push_back(b.claim("c" + std::to_string(i)));
    for (int i = 0; i < 5; ++i) b.relation(as[i], RelationKind::contradicts, cs[i]);
    for (int i = 0; i < 5; ++i) b.stance(ann, 1, as[i]), b.stance(bob, 1, cs[i]);
    const Analysis analysis = analyse(b.corpus());
    // Five incompatible pairs of claims, at most three reported for one pair of experts:
    // the first three claims of ann.
    ASSERT_EQ(analysis.indirect.size(), 3u);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(analysis.indirect[i].claim_a, as[i]);
        EXPECT_EQ(analysis.indirect[i].claim_b, cs[i]);
    }
}

TEST(CheckDisagreement, IndirectIsCappedPerPairOfClaims) {
    CorpusBuilder b;
    const Index a = b.claim("a"), c = b.claim("c");
    b.relation(a, RelationKind::contradicts, c);
    std::vector<Index> pro, con;
    for (int i = 0; i < 3; ++i) pro.push_back(b.expert("pro" + std::to_string(i)));
    for (int i = 0; i < 3; ++i) con.push_back(b.expert("con" + std::to_string(i)));
    for (Index e : pro) b.stance(e, 1, a);
    for (Index e : con) b.stance(e, 1, c);
    const Analysis analysis = analyse(b.corpus());
    // Nine pairs of experts clash over (a, c); the first three in expert order are kept:
    // pro0 against con0, con1, con2.
    ASSERT_EQ(analysis.indirect.size(), 3u);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(analysis.indirect[i].a, pro[0]);
        EXPECT_EQ(analysis.indirect[i].b, con[i]);
    }
}

}  // namespace
}  // namespace stance::check
