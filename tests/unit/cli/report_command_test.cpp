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

// The CSTO corpus through the real executable (its allocator included): the index shows the
// argument map, the agreement page the heat map and the congruence network.
TEST_F(ReportCommand, CstoPagesShowTheirFigures) {
    fs::path csto = fs::path(STANCE_SOURCE_DIR) / "claims";
    CommandResult result = stance({"report", "all", csto.string(), "-o", "csto"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::string index = read_text(m_dir / "csto" / "index.html");
    auto count = [](const std::string& text, const std::string& what) {
        std::size_t n = 0;
        for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
        return n;
    };
    std::size_t claims = 0;
    for (const auto& entry : fs::directory_iterator(m_dir / "csto" / "claims"))
        claims += entry.path().extension() == ".html";
    EXPECT_EQ(count(index, "<svg"), 1u);
    EXPECT_EQ(count(index, "class=\"node\""), claims);  // the argument map holds every claim
    std::string agreement = read_text(m_dir / "csto" / "agreement.html");
    EXPECT_EQ(count(agreement, "id=\"heatmap-title\""), 1u);
    EXPECT_EQ(count(agreement, "<svg"), 2u);
}

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

// --labels text: claim text labels the matrix rows, the id on hover in HTML; expert names head
// the columns with the id on hover. The data formats keep the ids.
TEST_F(ReportCommand, MatrixRowsLabelledByClaimText) {
    CommandResult result = stance({"report", "matrix", "--format", "md", "--labels", "text"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("\n| Russia controls the CSTO. |"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find("\n| csto.russia-controls |"), std::string::npos) << result.out;
    EXPECT_NE(stance({"report", "matrix", "--format", "md"}).out.find("\n| csto.russia-controls |"), std::string::npos);

    result = stance({"report", "matrix", "--format", "html", "--labels", "text"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find(R"(<td class="wrap" title="csto.russia-controls">Russia controls the CSTO.</td>)"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find(R"(<th scope="col" aria-sort="none" class="center m" title="zogg"><span>Benno Zogg <button)"),
              std::string::npos)
        << result.out;

    result = stance({"report", "matrix", "--format", "tex", "--labels", "text"});
    EXPECT_NE(result.out.find("\\begin{tabular}{p{20em}"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Russia controls the CSTO. &"), std::string::npos) << result.out;
    EXPECT_EQ(stance({"report", "matrix", "--format", "csv", "--labels", "text"}).out,
              stance({"report", "matrix", "--format", "csv"}).out);

    result = stance({"report", "agreement", "--labels", "text"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("--labels"), std::string::npos) << result.err;
    EXPECT_EQ(stance({"report", "matrix", "--labels", "txt"}).exit_code, 2);
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

namespace stance::test {
namespace {

// `stance report` on one of the small corpora in tests/data/report/: the corpus goes in after the
// report's kind.
template <const char* Folder>
class ReportOn : public ::testing::Test {
protected:
    CommandResult stance(std::vector<std::string> args) {
        args.insert(args.begin() + 2, (std::filesystem::path(STANCE_TEST_DATA) / "report" / Folder).string());
        return run_command(STANCE_BINARY, args, std::filesystem::temp_directory_path());
    }
};

// The dated corpus of tests/data/report/windows, windows worked out by hand. Its stances fall in
// 2022-01 .. 2022-09, so 6-month windows every 3 months start in 2022-01, -04 and -07 (2022-10
// is after the last). A window's cell is the expert's latest stance inside it: bob's denial of
// c1 (2022-04-15) beats his assertion (2022-01) in the first window.
constexpr char windows_corpus[] = "windows";
using ReportWindows = ReportOn<windows_corpus>;

// Declared camps beside computed ones (tests/data/report/camps).
constexpr char camps_corpus[] = "camps";
using ReportCamps = ReportOn<camps_corpus>;

// Camp 1 {amy, bea, xia} against the outsiders yan, zed, lou: c1 4/3 against -1/3 (gap 5/3),
// c2 1 against -2 (3), c3 -1 against 1 (2): "asserts c2; denies c3". Camp 2 {yan, zed}: c1 -1
// against 5/4 (9/4), c2 -2 against 1 (3), c3 1 against -1 (2): "denies c2; denies c1". lou shares
// one claim with each: not placed.
TEST_F(ReportCamps, DeclaredCampsStandBesideComputedOnesInEveryFormat) {
    CommandResult result = stance({"report", "agreement", "--format", "md"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("1. asserts c2; denies c3: Amy Ames, Bea Bell, Xia Xu\n"
                              "2. denies c2; denies c1: Yan Yates, Zed Zane\n"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("| Expert | Declared camp | Computed camp |\n"
                              "| --- | --- | --- |\n"
                              "| Amy Ames | Optimists | 1: asserts c2; denies c3 |\n"
                              "| Bea Bell | Optimists | 1: asserts c2; denies c3 |\n"
                              "| Xia Xu | Pessimists | 1: asserts c2; denies c3 |\n"
                              "| Yan Yates | Pessimists | 2: denies c2; denies c1 |\n"
                              "| Zed Zane |  | 2: denies c2; denies c1 |\n"
                              "| Lou Lund | Optimists | not placed |\n"),
              std::string::npos)
        << result.out;

    result = stance({"report", "agreement", "--format", "csv", "--camps"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out,
              "expert,name,declared,camp,label\r\n"
              "amy,Amy Ames,Optimists,1,asserts c2; denies c3\r\n"
              "bea,Bea Bell,Optimists,1,asserts c2; denies c3\r\n"
              "xia,Xia Xu,Pessimists,1,asserts c2; denies c3\r\n"
              "yan,Yan Yates,Pessimists,2,denies c2; denies c1\r\n"
              "zed,Zed Zane,,2,denies c2; denies c1\r\n"
              "lou,Lou Lund,Optimists,,\r\n");

    result = stance({"report", "agreement", "--format", "json"});
    EXPECT_NE(result.out.find(R"("expert": "zed",
      "name": "Zed Zane",
      "declared": null,
      "camp": 2,
      "label": "denies c2; denies c1")"),
              std::string::npos)
        << result.out;
    result = stance({"report", "agreement", "--format", "text"});
    EXPECT_NE(result.out.find("Declared and computed camps"), std::string::npos) << result.out;
    result = stance({"report", "agreement", "--format", "html"});
    EXPECT_NE(result.out.find("id=\"declared-camps\""), std::string::npos) << result.out;
}

TEST_F(ReportCamps, CampsCsvIsTheAgreementReportsOnly) {
    EXPECT_EQ(stance({"report", "matrix", "--format", "csv", "--camps"}).exit_code, 2);
    EXPECT_EQ(stance({"report", "agreement", "--format", "md", "--camps"}).exit_code, 2);
}

constexpr char evidence_corpus[] = "evidence";
using ReportEvidence = ReportOn<evidence_corpus>;

// ann supports c1 in two stances: one expert under "Supporting", with both quotes; no side,
// source list or reasons that would be empty.
TEST_F(ReportEvidence, EachExpertOncePerSideWithTheirQuotesAndNoEmptySections) {
    CommandResult result = stance({"report", "evidence", "--format", "md"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string& md = result.out;
    EXPECT_NE(md.find("| **Supporting (2 experts)** |  |\n| Ann Archer | asserts (2022-01)<br>*“first words”*<br>— “One”, "
                      "Press, 2022-01, p. 1<br>"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("<br><br>strongly asserts (2022-06)<br>*“second words”*<br>— “Two”, Press, 2022-06<br>"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("| Bob Baker | asserts (2022-06)<br>*“Bob agrees”* (in the words of the source's anonymous author)"),
              std::string::npos)
        << md;
    // Once on c1's side, once on c2's.
    std::size_t rows = 0;
    for (auto at = md.find("| Ann Archer |"); at != std::string::npos; at = md.find("| Ann Archer |", at + 1)) ++rows;
    EXPECT_EQ(rows, 2u) << md;
    EXPECT_NE(md.find("| **Opposing (1 expert)** |  |\n| Ann Archer | denies (2022-01)"), std::string::npos) << md;
    EXPECT_EQ(md.find("(0)"), std::string::npos) << md;
    EXPECT_EQ(md.find("Qualifying"), std::string::npos) << md;
    EXPECT_EQ(md.find("Reasons against"), std::string::npos) << md;
    EXPECT_NE(md.find("- **Reasons for (1)**: c2 supports"), std::string::npos) << md;

    result = stance({"report", "evidence", "--format", "csv"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out,
              "claim,topic,supporting,opposing,qualifying,supporters,opponents,qualifiers,sources,publishers,"
              "reasons_for,reasons_against\r\n"
              "c1,,2,0,0,ann; bob,,,s1; s2,Press,c2,\r\n"
              "c2,,0,1,0,,ann,,s1,Press,,\r\n");

    // Every stance in the JSON, with its side and quotes.
    result = stance({"report", "evidence", "--format", "json"});
    EXPECT_NE(result.out.find(R"("claim": "c1",
      "side": "supporting",
      "expert": "ann",
      "value": 2,
      "source": "s2",
      "date": "2022-06",
      "at": null,
      "quotes": [
        "second words"
      ],)"),
              std::string::npos)
        << result.out;
}

TEST_F(ReportWindows, MatrixHasOneSectionPerWindowAndTheLatestStanceInEach) {
    CommandResult result = stance({"report", "matrix", "--window", "6m", "--step", "3m", "--format", "csv", "--long"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out,
              "window,expert,claim,value,derived,source,date\r\n"
              "2022-01 to 2022-06,ann,c1,1,0,s1,2022-01-10\r\n"
              "2022-01 to 2022-06,bob,c1,-1,0,s2,2022-04-15\r\n"
              "2022-01 to 2022-06,ann,c2,1,0,s1,2022-01-10\r\n"
              "2022-01 to 2022-06,bob,c2,1,0,s1,2022-01-10\r\n"
              "2022-04 to 2022-09,ann,c1,-1,0,s3,2022-09-20\r\n"
              "2022-04 to 2022-09,bob,c1,-1,0,s2,2022-04-15\r\n"
              "2022-04 to 2022-09,bob,c2,-1,0,s3,2022-09-20\r\n"
              "2022-07 to 2022-12,ann,c1,-1,0,s3,2022-09-20\r\n"
              "2022-07 to 2022-12,bob,c2,-1,0,s3,2022-09-20\r\n");
    result = stance({"report", "matrix", "--window", "6m", "--step", "3m", "--format", "md"});
    for (const char* heading : {"# Stance matrix by time window (6m every 3m)\n", "\n## 2022-01 to 2022-06\n",
                                "\n## 2022-04 to 2022-09\n", "\n## 2022-07 to 2022-12\n"})
        EXPECT_NE(result.out.find(heading), std::string::npos) << heading << result.out;
    EXPECT_EQ(result.out.find("2022-10"), std::string::npos);
}

TEST_F(ReportWindows, AgreementShowsTheChangeOfSides) {
    // First window: ann and bob agree on c2, not on c1: congruence 1, conflict 1, score 0.
    // Second: they share only c1 (both deny it by now): too few to judge. Third: nothing shared.
    CommandResult result = stance({"report", "agreement", "--window", "6m", "--step", "3m", "--format", "csv"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out,
              "window,expert_a,expert_b,shared,congruence,conflict,qualified,score\r\n"
              "2022-01 to 2022-06,ann,bob,2,1,1,0,0.0000\r\n"
              "2022-04 to 2022-09,ann,bob,1,1,0,0,\r\n");
    // A year-long window holds everything: each expert's latest stance (c1: both deny; c2: bob
    // denies, ann asserts), so one conflict and one congruence again.
    result = stance({"report", "agreement", "--window", "1y", "--format", "csv"});
    EXPECT_EQ(result.out,
              "window,expert_a,expert_b,shared,congruence,conflict,qualified,score\r\n"
              "2022-01 to 2022-12,ann,bob,2,1,1,0,0.0000\r\n");
}

TEST_F(ReportWindows, WindowOptionsAreChecked) {
    EXPECT_EQ(stance({"report", "evidence", "--window", "6m"}).exit_code, 2);
    EXPECT_EQ(stance({"report", "matrix", "--window", "6w"}).exit_code, 2);
    EXPECT_EQ(stance({"report", "matrix", "--step", "3m"}).exit_code, 2);
}

}  // namespace
}  // namespace stance::test
