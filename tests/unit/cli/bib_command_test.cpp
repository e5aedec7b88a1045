// `--bib` on the command line with the CSTO corpus and its .bib: the sources cite it, `report
// sources --format bib` writes entries that the BibTeX grammar reads back to the same fields,
// the LaTeX matrix cites with \cite, and a report from the store cites as one from the claims.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "grammar/parse_bibtex.hpp"
#include "support/run_command.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

class BibCommand : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("stance-bib-cmd-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        fs::copy(fs::path(STANCE_SOURCE_DIR) / "claims", m_dir / "claims", fs::copy_options::recursive);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    CommandResult stance(std::vector<std::string> args) {
        args.insert(args.end(), {"--bib", "claims/csto/csto.bib"});
        return run_command(STANCE_BINARY, args, m_dir);
    }

    fs::path m_dir;
};

TEST_F(BibCommand, SourcesAsBibTeXReadBackToTheSameEntries) {
    CommandResult written = stance({"report", "sources", "claims", "--format", "bib"});
    ASSERT_EQ(written.exit_code, 0) << written.err;
    diag::Sink original_sink, written_sink;
    util::SourceFile original(0, "csto.bib", read_text(m_dir / "claims" / "csto" / "csto.bib"));
    util::SourceFile again(1, "written.bib", written.out);
    auto before = grammar::parse_bibtex(original, original_sink);
    auto after = grammar::parse_bibtex(again, written_sink);
    EXPECT_TRUE(written_sink.diagnostics().empty());
    ASSERT_EQ(after.entries.size(), 5u);
    for (const auto& entry : after.entries) {
        const ast::bibtex::Entry* source = nullptr;
        for (const auto& e : before.entries)
            if (e.key == entry.key) source = &e;
        ASSERT_NE(source, nullptr) << entry.key;
        EXPECT_EQ(entry.type, source->type);
        ASSERT_EQ(entry.fields.size(), source->fields.size()) << entry.key;
        for (std::size_t i = 0; i < entry.fields.size(); ++i) {
            EXPECT_EQ(entry.fields[i].name, source->fields[i].name);
            EXPECT_EQ(entry.fields[i].text, source->fields[i].text) << entry.key << " " << entry.fields[i].name;
        }
    }
}

TEST_F(BibCommand, OnlyTheEntriesTheCorpusUsesAreWritten) {
    std::ofstream(m_dir / "claims" / "csto" / "csto.bib", std::ios::app)
        << "\n@book{uncited_2020, title = {Nobody cites this}, year = 2020}\n";
    CommandResult written = stance({"report", "sources", "claims", "--format", "bib"});
    ASSERT_EQ(written.exit_code, 0) << written.err;
    EXPECT_EQ(written.out.find("uncited_2020"), std::string::npos) << written.out;
    EXPECT_NE(written.out.find("@article{ibragimova_too_2022,"), std::string::npos) << written.out;
    diag::Sink sink;
    EXPECT_EQ(grammar::parse_bibtex(util::SourceFile(0, "written.bib", written.out), sink).entries.size(), 5u);
    // Of a slice, the entries its stances cite.
    CommandResult sliced = stance({"report", "sources", "claims", "--expert", "zogg", "--format", "bib"});
    ASSERT_EQ(sliced.exit_code, 0) << sliced.err;
    EXPECT_EQ(sliced.out.rfind("@", 0), 0u) << sliced.out;
    EXPECT_EQ(sliced.out.find("\n@"), std::string::npos) << sliced.out;
    EXPECT_NE(sliced.out.find("@misc{baktybek_kyzy_benno_nodate,"), std::string::npos) << sliced.out;
}

TEST_F(BibCommand, CitationsComeFromTheBibAndTheTeXMatrixCitesKeys) {
    CommandResult evidence = stance({"report", "evidence", "claims", "--format", "md"});
    ASSERT_EQ(evidence.exit_code, 0) << evidence.err;
    // The claims file names no author or publisher for this source: the .bib does.
    EXPECT_NE(evidence.out.find("Kamila Ibragimova and Peter Leonard, \u201CToo early to call time on the CSTO\u201D, "
                                "Eurasianet, 2022-10"),
              std::string::npos);
    EXPECT_NE(evidence.out.find("## References"), std::string::npos);
    CommandResult tex = stance({"report", "matrix", "claims", "--format", "tex"});
    ASSERT_EQ(tex.exit_code, 0) << tex.err;
    EXPECT_NE(tex.out.find("\\cite{ibragimova_too_2022}"), std::string::npos);
    EXPECT_NE(tex.out.find("\\caption{"), std::string::npos);
    EXPECT_NE(tex.out.find("\\label{tab:matrix}"), std::string::npos);
}

TEST_F(BibCommand, TheStoreKeepsWhatCitationsNeed) {
    CommandResult build = stance({"build", "claims", "--db", "csto.db"});
    ASSERT_EQ(build.exit_code, 0) << build.err;
    for (const char* kind : {"evidence", "sources"}) {
        CommandResult from_claims = stance({"report", kind, "claims", "--format", "md"});
        CommandResult from_store = run_command(STANCE_BINARY, {"report", kind, "--db", "csto.db", "--format", "md"}, m_dir);
        ASSERT_EQ(from_store.exit_code, 0) << from_store.err;
        EXPECT_EQ(from_store.out, from_claims.out) << kind;
    }
    CommandResult bib_from_store =
        run_command(STANCE_BINARY, {"report", "sources", "--db", "csto.db", "--format", "bib"}, m_dir);
    EXPECT_EQ(bib_from_store.out, stance({"report", "sources", "claims", "--format", "bib"}).out);
}

TEST_F(BibCommand, BibIsOnlyASourcesFormat) {
    CommandResult result = stance({"report", "matrix", "claims", "--format", "bib"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("only the sources report has a bib form"), std::string::npos);
}

}  // namespace
}  // namespace stance::test
