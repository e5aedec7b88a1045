// `--direct-only`: the matrix, consensus and agreement count only the stances that rest on the
// expert's own words (a `quote`), in `report` and in `build`; reported words and stances with no
// evidence at all are left out of the counts.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/run_command.hpp"
#include "unit/store/store_fixture.hpp"

namespace stance::cli {
namespace {

namespace fs = std::filesystem;

// On x, a's own words against b's reported view and c's bare stance; on y, a's own words (beside
// reported ones) and b's bare stance. Only a's stances rest on own words.
const char* const corpus = R"(source s "S" { author "A. Writer" kind article }
expert a "Ann"
expert b "Bob"
expert c "Cy"
claim x "X."
claim y "Y."
from s {
  a asserts x { quote "x holds" }
  b denies x { reported "Bob thinks that x is false" }
  c denies x
  a asserts y { reported "Ann says y" quote "y" }
  b asserts y
}
)";

class DirectOnly : public ::testing::Test {
protected:
    DirectOnly() {
        fs::create_directories(folder.path() / "claims");
        store::test::write_bytes(folder.path() / "claims" / "c.claims", corpus);
    }
    test::CommandResult stance(const std::vector<std::string>& args) {
        return test::run_command(STANCE_BINARY, args, folder.path());
    }
    std::vector<std::pair<std::string, int>> consensus(const std::string& db) {
        SQLite::Database store(folder.path() / db, SQLite::OPEN_READONLY);
        SQLite::Statement row(store, "SELECT claim, n FROM claim_consensus ORDER BY claim");
        std::vector<std::pair<std::string, int>> result;
        while (row.executeStep()) result.emplace_back(row.getColumn(0).getString(), row.getColumn(1).getInt());
        return result;
    }
    store::test::TemporaryFolder folder;
};

TEST_F(DirectOnly, BuildCountsOnlyOwnWords) {
    ASSERT_EQ(stance({"build", "--db", "all.db"}).exit_code, 0);
    auto direct = stance({"build", "--direct-only", "--db", "direct.db"});
    ASSERT_EQ(direct.exit_code, 0) << direct.err;
    EXPECT_EQ(consensus("all.db"), (std::vector<std::pair<std::string, int>>{{"x", 3}, {"y", 2}}));
    EXPECT_EQ(consensus("direct.db"), (std::vector<std::pair<std::string, int>>{{"x", 1}, {"y", 1}}));
    // The stances themselves, and their evidence, are all kept.
    SQLite::Database store(folder.path() / "direct.db", SQLite::OPEN_READONLY);
    EXPECT_EQ(store.execAndGet("SELECT count(*) FROM stances").getInt(), 5);
    EXPECT_EQ(store.execAndGet("SELECT count(*) FROM quotes WHERE words = 'reported'").getInt(), 2);
}

TEST_F(DirectOnly, ReportSaysSoAndDropsTheDisagreement) {
    auto all = stance({"report", "disagreements"});
    auto direct = stance({"report", "disagreements", "--direct-only"});
    ASSERT_EQ(direct.exit_code, 0) << direct.err;
    EXPECT_NE(all.out.find("1 claim on which"), std::string::npos) << all.out;
    EXPECT_NE(direct.out.find("0 claims on which"), std::string::npos) << direct.out;
    EXPECT_NE(direct.out.find("Disagreements (own words only)"), std::string::npos) << direct.out;
    EXPECT_EQ(all.out.find("own words only"), std::string::npos);

    auto matrix = stance({"report", "matrix", "--direct-only", "--format", "csv"});
    ASSERT_EQ(matrix.exit_code, 0) << matrix.err;
    // One expert on each claim, whose cell is all that is left (the columns of b and c are empty).
    EXPECT_NE(matrix.out.find("\nx,,1,1.0000,,1,,\r\ny,,1,1.0000,,1,,\r\n"), std::string::npos) << matrix.out;

    // From a store, the same.
    ASSERT_EQ(stance({"build", "--db", "all.db"}).exit_code, 0);
    EXPECT_EQ(stance({"report", "disagreements", "--direct-only", "--db", "all.db"}).out, direct.out);
}

}  // namespace
}  // namespace stance::cli
