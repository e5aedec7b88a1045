// The command line as a user meets it: misspelt commands and choices get the nearest name back,
// the help lists choices by name, and `report expert` finds an expert as people name them.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "support/run_command.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

class CommandLine : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("stance-command-line-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "claims");
        std::ofstream(m_dir / "claims" / "people.claims") << R"(source essay "An essay" { text "essay.txt" }
expert lecun "Yann LeCun" { aka "Y. LeCun" }
expert poertner "Hans-Otto Pörtner"
expert smith-a "Anna Smith"
expert smith-j "John Smith"
claim Scale.Is-Enough "Scaling is enough."
lecun asserts Scale.Is-Enough { source essay quote "scale is all" }
poertner denies Scale.Is-Enough
smith-a asserts Scale.Is-Enough
smith-j denies Scale.Is-Enough
)";
        fs::create_directories(m_dir / "texts");
        std::ofstream(m_dir / "texts" / "essay.txt") << "An essay\n\nSome say \"scale is all\" you need. Others doubt it.\n";
    }
    void TearDown() override { fs::remove_all(m_dir); }

    CommandResult stance(const std::vector<std::string>& args) { return run_command(STANCE_BINARY, args, m_dir); }

    fs::path m_dir;
};

TEST_F(CommandLine, AMisspeltCommandGetsTheNearestOne) {
    CommandResult result = stance({"chekc", "claims"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "stance: error: unknown command 'chekc'; did you mean 'check'?\n");
}

TEST_F(CommandLine, AnUnknownCommandWithNoNeighbourListsTheCommands) {
    CommandResult result = stance({"frobnicate"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("unknown command 'frobnicate'; the commands are check, build, report"), std::string::npos)
        << result.err;
}

TEST_F(CommandLine, NoCommandAtAllNamesTheCommands) {
    CommandResult result = stance({});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("give a command: check, build, report"), std::string::npos) << result.err;
}

TEST_F(CommandLine, ReportHelpListsKindsAndFormatsByNameOnly) {
    CommandResult result = stance({"report", "--help"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("KIND:{matrix,disagreements,agreement,contradictions,evidence,sources,expert,claim,all}"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("FORMAT:{text,md,csv,json,html,tex,bib}"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find("->"), std::string::npos) << "an enum map in the help:\n" << result.out;
}

TEST_F(CommandLine, AMisspeltReportKindOrFormatGetsTheNearestOne) {
    CommandResult kind = stance({"report", "matrx"});
    EXPECT_EQ(kind.exit_code, 2);
    EXPECT_NE(kind.err.find("'matrx' is not one of {matrix,"), std::string::npos) << kind.err;
    EXPECT_NE(kind.err.find("did you mean 'matrix'?"), std::string::npos) << kind.err;
    CommandResult format = stance({"report", "matrix", "--format", "htm"});
    EXPECT_EQ(format.exit_code, 2);
    EXPECT_NE(format.err.find("did you mean 'html'?"), std::string::npos) << format.err;
    // The names still select what they name.
    CommandResult md = stance({"report", "matrix", "--format", "md"});
    EXPECT_EQ(md.exit_code, 0) << md.err;
    EXPECT_EQ(md.out.rfind("# Stance matrix", 0), 0u) << md.out;
}

TEST_F(CommandLine, ReportExpertFindsAnExpertByIdNameAkaOrSurnameIgnoringCase) {
    for (const char* word : {"lecun", "LeCun", "yann lecun", "Y. LECUN"}) {
        CommandResult result = stance({"report", "expert", word});
        EXPECT_EQ(result.exit_code, 0) << word << ": " << result.err;
        EXPECT_EQ(result.out.rfind("Expert: Yann LeCun", 0), 0u) << word << ": " << result.out;
    }
    CommandResult accented = stance({"report", "expert", "PÖRTNER"});
    EXPECT_EQ(accented.exit_code, 0) << accented.err;
    EXPECT_EQ(accented.out.rfind("Expert: Hans-Otto Pörtner", 0), 0u) << accented.out;
}

TEST_F(CommandLine, ReportExpertRefusesANameThatFitsSeveral) {
    CommandResult result = stance({"report", "expert", "smith"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "stance: error: 'smith' names 2 experts: smith-a (Anna Smith), smith-j (John Smith); give its id\n");
}

TEST_F(CommandLine, ReportExpertSuggestsTheNearestIdForAnUnknownName) {
    CommandResult result = stance({"report", "expert", "lekun"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "stance: error: no expert 'lekun' in the corpus; did you mean 'lecun'?\n");
}

TEST_F(CommandLine, ReportClaimFindsAClaimIdIgnoringCase) {
    CommandResult result = stance({"report", "claim", "scale.is-enough"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Scaling is enough."), std::string::npos) << result.out;
}

TEST_F(CommandLine, FindPrintsTheSentenceAsAQuoteWithItsLineAndParagraph) {
    CommandResult result = stance({"find", "essay", "SCALE is", "--texts", "texts"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, "texts/essay.txt:3: paragraph 2\n  quote \"Some say \\\"scale is all\\\" you need.\"\n");
}

TEST_F(CommandLine, FindSaysWhatIsClosestWhenTheWordsAreNotThere) {
    CommandResult result = stance({"find", "essay", "others doubted", "--texts", "texts"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err,
              "stance: the text of essay does not hold \"others doubted\"; closest passage: \"…you need. Others doubt "
              "it.\"\n");
}

TEST_F(CommandLine, FindNamesTheNearestSourceAndAMissingText) {
    CommandResult unknown = stance({"find", "esay", "scale", "--texts", "texts"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_EQ(unknown.err, "stance: error: no source 'esay' in the corpus; did you mean 'essay'?\n");
    CommandResult no_text = stance({"find", "essay", "scale"});
    EXPECT_EQ(no_text.exit_code, 2);
    EXPECT_EQ(no_text.err,
              "stance: error: the text \"essay.txt\" of source essay was not found; name its folder with --texts DIR\n");
}

}  // namespace
}  // namespace stance::test
