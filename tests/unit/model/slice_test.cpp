// Slicing a corpus: by topic with subtopics, expert, source, claim and date range.
#include <gtest/gtest.h>

#include "stance/model/slice.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::model {
namespace {

using test::CorpusBuilder;

std::vector<std::string> stance_keys(const Corpus& corpus) {
    std::vector<std::string> keys;
    for (const auto& s : corpus.stances)
        keys.push_back(corpus.experts[s.expert].id + ":" + corpus.claims[s.claim].id);
    return keys;
}

class ModelSlice : public ::testing::Test {
protected:
    ModelSlice() {
        const Index ann = b.expert("ann"), bob = b.expert("bob");
        b.expert("cid");  // no stance at all
        const Index a = b.claim("a"), sub = b.claim("sub"), other = b.claim("other");
        const Index mag = b.source("mag", {2022, 3, 0}), blog = b.source("blog", {2023, 0, 0});
        b.relation(a, RelationKind::implies, other);
        b.relation(a, RelationKind::implies, sub);
        b.stance(ann, 1, a, {.source = mag});                           // 2022-03 (source)
        b.stance(ann, -1, sub, {.source = blog, .date = {2022, 5, 31}});  // 2022-05-31
        b.stance(bob, 1, other, {.source = blog});                      // 2023 (source)
        b.stance(bob, 2, a, {.because = {sub, other}});                 // undated
        Corpus& c = b.corpus();
        c.topics = {{"top", "Top?", none, "", {}}, {"child", "Child?", 0, "", {}}, {"else", "Else?", none, "", {}}};
        c.claims[a].topic = 0;
        c.claims[sub].topic = 1;
        c.claims[other].topic = 2;
        c.reindex();
    }
    CorpusBuilder b;
};

TEST_F(ModelSlice, EmptySliceKeepsEverything) {
    Sliced s = apply_slice(b.corpus(), {});
    EXPECT_TRUE(s.errors.empty());
    EXPECT_EQ(s.corpus.stances.size(), 4u);
    EXPECT_EQ(s.corpus.experts.size(), 3u);
    EXPECT_EQ(Slice{}.describe(), "");
}

TEST_F(ModelSlice, TopicTakesItsSubtopicsAndRelationsBetweenKeptClaims) {
    Slice slice{.topics = {"top"}};
    Sliced s = apply_slice(b.corpus(), slice);
    ASSERT_TRUE(s.errors.empty());
    EXPECT_EQ(s.corpus.claims.size(), 2u);  // a, sub
    EXPECT_EQ(s.corpus.find_claim("other"), none);
    EXPECT_EQ(stance_keys(s.corpus), (std::vector<std::string>{"ann:a", "ann:sub", "bob:a"}));
    ASSERT_EQ(s.corpus.relations.size(), 1u);  // a implies sub; a implies other is cut
    EXPECT_EQ(s.corpus.claims[s.corpus.relations[0].to].id, "sub");
    // bob's reasons keep only the claims in the slice, re-indexed.
    const Stance& bob_a = s.corpus.stances[2];
    ASSERT_EQ(bob_a.because.size(), 1u);
    EXPECT_EQ(s.corpus.claims[bob_a.because[0]].id, "sub");
    // cid has no stance in the slice: left out.
    EXPECT_EQ(s.corpus.find_expert("cid"), none);
    EXPECT_EQ(slice.describe(), "topic top");
}

TEST_F(ModelSlice, ExpertSourceAndClaimNarrowEachOther) {
    Sliced s = apply_slice(b.corpus(), {.experts = {"ann", "bob"}, .sources = {"blog"}});
    EXPECT_EQ(stance_keys(s.corpus), (std::vector<std::string>{"ann:sub", "bob:other"}));
    s = apply_slice(b.corpus(), {.experts = {"bob"}, .claims = {"a"}});
    EXPECT_EQ(stance_keys(s.corpus), (std::vector<std::string>{"bob:a"}));
}

TEST_F(ModelSlice, DatesCompareOnThePartsBothHave) {
    // The stance's date, else its source's; an undated stance is in no bounded range.
    Sliced s = apply_slice(b.corpus(), {.since = {2022, 4, 0}});
    EXPECT_EQ(stance_keys(s.corpus), (std::vector<std::string>{"ann:sub", "bob:other"}));
    s = apply_slice(b.corpus(), {.until = {2022, 5, 0}});  // keeps 2022-05-31
    EXPECT_EQ(stance_keys(s.corpus), (std::vector<std::string>{"ann:a", "ann:sub"}));
    s = apply_slice(b.corpus(), {.since = {2023, 6, 0}, .until = {2023, 6, 0}});  // "2023" may be June
    EXPECT_EQ(stance_keys(s.corpus), (std::vector<std::string>{"bob:other"}));
    EXPECT_EQ((Slice{.since = {2022, 4, 0}, .until = {2023, 0, 0}}).describe(), "since 2022-04; until 2023");
}

TEST_F(ModelSlice, UnknownIdsAreErrorsWithTheNearestId) {
    Sliced s = apply_slice(b.corpus(), {.experts = {"anne"}});
    ASSERT_EQ(s.errors.size(), 1u);
    EXPECT_EQ(s.errors[0], "no expert 'anne' in the corpus; did you mean 'ann'?");
}

TEST(ModelDateBound, ReadsYearMonthAndDay) {
    EXPECT_EQ(parse_date_bound("2022"), (Date{2022, 0, 0}));
    EXPECT_EQ(parse_date_bound("2022-05"), (Date{2022, 5, 0}));
    EXPECT_EQ(parse_date_bound("2022-05-31"), (Date{2022, 5, 31}));
    for (const char* bad : {"", "22", "2022-5", "2022-13", "2022-00", "2022-05-", "2022/05", "2022-05-01x"})
        EXPECT_FALSE(parse_date_bound(bad).has_value()) << bad;
}

}  // namespace
}  // namespace stance::model
