// Evidence per claim: stances by side, distinct sources and publishers, declared reasons.
#include <gtest/gtest.h>

#include "stance/check/analysis.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::check {
namespace {

using model::RelationKind;
using test::CorpusBuilder;

TEST(CheckEvidence, SidesSourcesPublishersAndReasons) {
    CorpusBuilder b;
    const Index s1 = b.source("s1", {}, "Eurasianet");
    const Index s2 = b.source("s2", {}, "Eurasianet");
    const Index s3 = b.source("s3", {}, "");
    const Index s4 = b.source("s4", {}, "ISDP");
    const Index ann = b.expert("ann"), bob = b.expert("bob");
    const Index a = b.claim("a"), why = b.claim("why"), whynot = b.claim("whynot"), other = b.claim("other");
    const Index r_for = b.relation(why, RelationKind::supports, a);
    const Index r_against = b.relation(whynot, RelationKind::undermines, a);
    b.relation(why, RelationKind::implies, other);  // not a reason
    const Index x0 = b.stance(ann, 1, a, {.source = s2});
    const Index x1 = b.stance(bob, -2, a, {.source = s1});
    const Index x2 = b.stance(ann, 0, a, {.source = s2});
    const Index x3 = b.stance(bob, 2, a, {.source = s3, .date = {2024, 0, 0}});  // every stance, not only the latest
    const Index x4 = b.stance(ann, 1, a);
    b.stance(ann, 1, other, {.source = s4});
    const Analysis analysis = analyse(b.corpus());
    ASSERT_EQ(analysis.evidence.size(), 4u);
    const ClaimEvidence& e = analysis.evidence[a];
    EXPECT_EQ(e.claim, a);
    EXPECT_EQ(e.supporting, (std::vector<Index>{x0, x3, x4}));
    EXPECT_EQ(e.opposing, (std::vector<Index>{x1}));
    EXPECT_EQ(e.qualifying, (std::vector<Index>{x2}));
    EXPECT_EQ(e.sources, (std::vector<Index>{s2, s1, s3}));  // first cited first; s3 has no publisher
    EXPECT_EQ(e.publishers, (std::vector<std::string>{"Eurasianet"}));
    EXPECT_EQ(e.reasons_for, (std::vector<Index>{r_for}));
    EXPECT_EQ(e.reasons_against, (std::vector<Index>{r_against}));
    EXPECT_TRUE(analysis.evidence[why].supporting.empty());
    EXPECT_EQ(analysis.evidence[other].publishers, (std::vector<std::string>{"ISDP"}));
}

TEST(CheckEvidence, SourceIsListedOncePerClaimWhenItsStancesAlternateBetweenClaims) {
    CorpusBuilder b;
    const Index s1 = b.source("s1", {}, "Eurasianet");
    const Index ann = b.expert("ann"), bob = b.expert("bob");
    const Index a = b.claim("a"), c = b.claim("c");
    b.stance(ann, 1, a, {.source = s1});
    b.stance(ann, 1, c, {.source = s1});
    b.stance(bob, -1, a, {.source = s1});
    const Analysis analysis = analyse(b.corpus());
    EXPECT_EQ(analysis.evidence[a].sources, (std::vector<Index>{s1}));
    EXPECT_EQ(analysis.evidence[a].publishers, (std::vector<std::string>{"Eurasianet"}));
    EXPECT_EQ(analysis.evidence[c].sources, (std::vector<Index>{s1}));
}

}  // namespace
}  // namespace stance::check
