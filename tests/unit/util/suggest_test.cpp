#include "stance/util/suggest.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace stance::util {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsSubstitutionsAndTranspositions) {
    EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3u);
    EXPECT_EQ(edit_distance("zogg", "zogg", 3), 0u);
    EXPECT_EQ(edit_distance("", "abc", 3), 3u);
    EXPECT_EQ(edit_distance("nikitina", "nikitnia", 3), 1u);  // one adjacent transposition
    EXPECT_EQ(edit_distance("ca", "abc", 3), 3u);             // OSA: no edit of a transposed pair
}

TEST(EditDistance, StopsAtTheBound) {
    EXPECT_EQ(edit_distance("kitten", "sitting", 2), 3u);  // bound + 1
    EXPECT_EQ(edit_distance("a", "abcdefgh", 3), 4u);
    EXPECT_EQ(edit_distance("abcdef", "uvwxyz", 1), 2u);
}

// The textbook optimal-string-alignment distance, full table, no bound.
std::size_t reference_distance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

TEST(EditDistance, BoundedAgreesWithTheFullTable) {
    std::mt19937 random(20221025);
    auto word = [&random] {
        std::string w(random() % 9, 'a');
        for (auto& c : w) c = static_cast<char>('a' + random() % 3);  // few letters: many near misses
        return w;
    };
    for (int trial = 0; trial < 5000; ++trial) {
        std::string a = word(), b = word();
        std::size_t full = reference_distance(a, b);
        for (std::size_t bound = 0; bound <= 4; ++bound)
            ASSERT_EQ(edit_distance(a, b, bound), std::min(full, bound + 1)) << a << " / " << b << " bound " << bound;
    }
}

// Random words that share a long prefix or suffix: dropping the common ends first must not
// change the distance.
TEST(EditDistance, CommonEndsDoNotChangeTheDistance) {
    std::mt19937 random(7);
    auto word = [&random] {
        std::string w(random() % 7, 'a');
        for (auto& c : w) c = static_cast<char>('a' + random() % 3);
        return w;
    };
    for (int trial = 0; trial < 3000; ++trial) {
        std::string a = word(), b = word(), prefix = word(), suffix = word();
        std::size_t full = reference_distance(prefix + a + suffix, prefix + b + suffix);
        ASSERT_EQ(full, reference_distance(a, b)) << prefix << a << suffix << " / " << prefix << b << suffix;
        for (std::size_t bound = 0; bound <= 3; ++bound)
            ASSERT_EQ(edit_distance(prefix + a + suffix, prefix + b + suffix, bound), std::min(full, bound + 1));
    }
}

// Ids that share a long prefix cost their length once each (the prefix comparison), not their
// length times the band of the distance table.
TEST(Suggest, WorkOnLongIdsGrowsWithTheirLengthOnce) {
    const std::string prefix(10000, 'p');
    Nearest best(prefix + ".claim-one");
    for (int i = 0; i < 100; ++i) best.consider(prefix + ".claim-" + std::to_string(i));
    best.consider(prefix + ".claim-onr");
    EXPECT_EQ(best.best(), prefix + ".claim-onr");
    EXPECT_LT(best.work(), 101u * (prefix.size() + 100));
}

TEST(Suggest, CutOffGrowsWithTheWord) {
    EXPECT_EQ(suggestion_cutoff("ab"), 1u);
    EXPECT_EQ(suggestion_cutoff("author"), 2u);
    EXPECT_EQ(suggestion_cutoff("csto.russia-controls"), 3u);
}

TEST(Suggest, NearestWithinTheCutOff) {
    std::vector<std::string_view> ids{"csto.russia-controls", "csto.members-sovereign", "zogg"};
    EXPECT_EQ(nearest("csto.russia-control", ids), "csto.russia-controls");
    EXPECT_EQ(nearest("zog", ids), "zogg");
    EXPECT_EQ(nearest("cornell", ids), "");
    EXPECT_EQ(nearest("qoute", {"quote", "note", "at"}), "quote");
    EXPECT_EQ(nearest("x", {}), "");
}

TEST(Suggest, TiesGoToTheSmallestName) {
    EXPECT_EQ(nearest("cat", {"cut", "bat", "cot"}), "bat");
    EXPECT_EQ(nearest("cat", {"cot", "cut", "bat"}), "bat");
}

TEST(Suggest, TheWordItselfIsNoSuggestion) {
    EXPECT_EQ(nearest("zogg", {"zogg"}), "");
    EXPECT_EQ(nearest("zogg", {"zogg", "zoggs"}), "zoggs");
}

}  // namespace
}  // namespace stance::util
