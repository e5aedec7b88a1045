// `stance report` beyond stdout goldens: `all -o DIR`, `-o FILE`, and reports from a claim store
// (--db), which must say what the same claims say.
#include <filesystem>

#include <gtest/gtest.h>

#include "support/run_command.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

class ReportCommand : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("stance-report-cmd-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        fs::copy(fs::path(STANCE_TEST_DATA) / "report" / "corpus", m_dir / "claims");
    }
    void TearDown() override { fs::remove_all(m_dir); }

    CommandResult stance(const std::vector<std::string>& args) { return run_command(STANCE_BINARY, args, m_dir); }

    fs::path m_dir;
};

TEST_F(ReportCommand, AllWritesTheLinkedSetIntoAFolder) {
    CommandResult result = stance({"report", "all", "-o", "out"});  // PATH defaults to claims
    ASSERT_EQ(result.exit_code, 0) << result.err;
    for (const char* name : {"index.html", "README.md", "matrix.txt", "matrix.md", "matrix.csv", "matrix.json",
                             "matrix.html", "matrix.tex", "evidence.html", "experts/zogg.html", "experts/zogg.md",
                             "claims/csto.in-decline.html"})
        EXPECT_TRUE(fs::exists(m_dir / "out" / name)) << name;
    EXPECT_FALSE(fs::exists(m_dir / "out" / "evidence.tex"));
    // The text form in the folder is what `report matrix` prints.
    EXPECT_EQ(read_text(m_dir / "out" / "matrix.txt"), stance({"report", "matrix"}).out);
}

TEST_F(ReportCommand, OutputFileHoldsWhatStdoutWould) {
    ASSERT_EQ(stance({"report", "agreement", "claims", "--format", "json", "-o", "agreement.json"}).exit_code, 0);
    EXPECT_EQ(read_text(m_dir / "agreement.json"), stance({"report", "agreement", "--format", "json"}).out);
}

TEST_F(ReportCommand, SliceNarrowsTheReportAndSaysSoInTheHeading) {
    CommandResult result = stance({"report", "matrix", "--format", "md", "--source", "carnegie-2023"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("# Stance matrix (source carnegie-2023)"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find("eurasianet-2022"), std::string::npos) << result.out;
    // The same slice read from a store.
    ASSERT_EQ(stance({"build", "claims", "--db", "claims.db"}).exit_code, 0);
    EXPECT_EQ(stance({"report", "matrix", "--db", "claims.db", "--format", "md", "--source", "carnegie-2023"}).out,
              result.out);

    result = stance({"report", "agreement", "--expert", "zog"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("no expert 'zog' in the corpus; did you mean 'zogg'?"), std::string::npos) << result.err;
    EXPECT_EQ(stance({"report", "matrix", "--since", "2022-13"}).exit_code, 2);
}

TEST_F(ReportCommand, StoreGivesTheSameReportsAsTheClaims) {
    CommandResult build = run_command(STANCE_BINARY, {"build", "claims", "--db", "claims.db"}, m_dir);
    ASSERT_EQ(build.exit_code, 0) << build.err;
    for (const char* kind : {"matrix", "disagreements", "agreement", "contradictions", "evidence"}) {
        for (const char* format : {"md", "json"}) {
            CommandResult from_claims = stance({"report", kind, "--format", format});
            CommandResult from_store = stance({"report", kind, "--db", "claims.db", "--format", format});
            ASSERT_EQ(from_store.exit_code, 0) << from_store.err;
            EXPECT_EQ(from_store.out, from_claims.out) << kind << " " << format;
        }
    }
    CommandResult page = stance({"report", "expert", "zogg", "--db", "claims.db", "--format", "md"});
    EXPECT_EQ(page.exit_code, 0) << page.err;
    EXPECT_EQ(page.out, stance({"report", "expert", "zogg", "--format", "md"}).out);
}

TEST_F(ReportCommand, MissingStoreIsAnError) {
    CommandResult result = stance({"report", "matrix", "--db", "nowhere.db"});
    EXPECT_NE(result.exit_code, 0);
    EXPECT_NE(result.err.find("nowhere.db"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace stance::test
