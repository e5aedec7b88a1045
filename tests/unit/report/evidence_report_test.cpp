// The evidence report's sides: each expert once per side, their stances by date, experts in the
// order of their first stance, on every claim and side in turn.
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "stance/check/analysis.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::report {
namespace {

using model::Index;
using test::CorpusBuilder;

std::vector<std::string> column(const nlohmann::json& records, const char* key) {
    std::vector<std::string> values;
    for (const auto& record : records) values.push_back(record[key].get<std::string>());
    return values;
}

TEST(EvidenceReport, GroupsEachSideByExpertInTheOrderOfTheirFirstStance) {
    CorpusBuilder b;
    const Index s = b.source("s", {2020, 1, 1});
    const Index ann = b.expert("ann"), bob = b.expert("bob"), cat = b.expert("cat");
    const Index a = b.claim("a"), c = b.claim("c");
    b.stance(ann, 1, a, {.source = s, .date = {2022, 1, 1}});
    b.stance(bob, 2, a, {.source = s});
    b.stance(cat, -1, a, {.source = s});
    b.stance(ann, 1, a, {.source = s, .date = {2019, 1, 1}});  // earlier, though written later
    b.stance(bob, 1, a, {.source = s, .date = {2021, 1, 1}});
    b.stance(cat, -1, a, {.source = s, .date = {2018, 1, 1}});
    // The same experts again on the next claim, in another order: each side is grouped afresh.
    b.stance(cat, 1, c, {.source = s});
    b.stance(ann, 1, c, {.source = s});
    b.stance(cat, 1, c, {.source = s, .date = {2019, 1, 1}});
    const model::Corpus& corpus = b.corpus();
    const check::Analysis analysis = check::analyse(corpus);

    std::ostringstream out;
    write(out, evidence_report(corpus, analysis), Format::json);
    const nlohmann::json json = nlohmann::json::parse(out.str());

    ASSERT_EQ(json["claims"].size(), 2u);
    EXPECT_EQ(json["claims"][0]["supporters"], (std::vector<std::string>{"ann", "bob"}));
    EXPECT_EQ(json["claims"][0]["opponents"], (std::vector<std::string>{"cat"}));
    EXPECT_EQ(json["claims"][0]["supporting"], 2);
    EXPECT_EQ(json["claims"][1]["supporters"], (std::vector<std::string>{"cat", "ann"}));

    const auto& stances = json["stances"];
    EXPECT_EQ(column(stances, "claim"), (std::vector<std::string>{"a", "a", "a", "a", "a", "a", "c", "c", "c"}));
    EXPECT_EQ(column(stances, "side"), (std::vector<std::string>{"supporting", "supporting", "supporting",
                                                                 "supporting", "opposing", "opposing", "supporting",
                                                                 "supporting", "supporting"}));
    EXPECT_EQ(column(stances, "expert"), (std::vector<std::string>{"ann", "ann", "bob", "bob", "cat", "cat", "cat",
                                                                   "cat", "ann"}));
    EXPECT_EQ(column(stances, "date"), (std::vector<std::string>{"2019-01-01", "2022-01-01", "2020-01-01",
                                                                 "2021-01-01", "2018-01-01", "2020-01-01",
                                                                 "2019-01-01", "2020-01-01", "2020-01-01"}));
}

}  // namespace
}  // namespace stance::report
