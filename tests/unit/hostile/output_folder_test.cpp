// Row 2 of the hostile cases: `report all -o DIR` deletes or overwrites only what an earlier
// run wrote (its manifest), never follows a link out of DIR, and refuses a non-empty folder it
// did not write unless --force.
#include "unit/hostile/hostile_fixture.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

class OutputFolder : public Hostile {
protected:
    void SetUp() override {
        Hostile::SetUp();
        put("claims/a.claims", small_claims);
    }
};

TEST_F(OutputFolder, KeepsTheUsersFilesInAFolderItDidNotWrite) {
    put("out/experts/mine.md", "my notes\n");
    put("out/claims/draft.html", "<p>draft</p>\n");
    put("out/README.md", "my readme\n");
    CommandResult result = stance({"report", "all", "claims", "-o", "out"});
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_TRUE(contains(result.err, "'out' is not empty and has no .stance-manifest")) << result.err;
    EXPECT_EQ(read("out/experts/mine.md"), "my notes\n");
    EXPECT_EQ(read("out/claims/draft.html"), "<p>draft</p>\n");
    EXPECT_EQ(read("out/README.md"), "my readme\n");
    EXPECT_FALSE(exists("out/matrix.html"));

    // Told to: the reports are written, the user's own pages stay, even on the next run.
    ASSERT_EQ(stance({"report", "all", "claims", "-o", "out", "--force"}).exit_code, 0);
    ASSERT_EQ(stance({"report", "all", "claims", "-o", "out"}).exit_code, 0);
    EXPECT_EQ(read("out/experts/mine.md"), "my notes\n");
    EXPECT_EQ(read("out/claims/draft.html"), "<p>draft</p>\n");
    EXPECT_TRUE(exists("out/matrix.html"));
}

TEST_F(OutputFolder, NeverOverwritesTheProjectsReadme) {
    put("README.md", "the project's readme\n");
    CommandResult result = stance({"report", "all", "claims", "-o", "."});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(read("README.md"), "the project's readme\n");
    EXPECT_FALSE(exists("index.html"));
}

TEST_F(OutputFolder, RemovesOnlyStalePagesItWrote) {
    ASSERT_EQ(stance({"report", "all", "claims", "-o", "out"}).exit_code, 0);
    ASSERT_TRUE(exists("out/experts/nikitina.md"));
    put("out/experts/mine.md", "my notes\n");  // added by the user between two runs
    std::string without_nikitina = small_claims;
    without_nikitina.replace(without_nikitina.find("  nikitina strongly"), std::string("  nikitina strongly denies csto.russia-controls\n").size(), "");
    without_nikitina.replace(without_nikitina.find("expert nikitina"), std::string("expert nikitina \"Yulia Nikitina\"\n").size(), "");
    put("claims/a.claims", without_nikitina);
    CommandResult second = stance({"report", "all", "claims", "-o", "out"});
    ASSERT_EQ(second.exit_code, 0) << second.err;
    EXPECT_FALSE(exists("out/experts/nikitina.md"));
    EXPECT_FALSE(exists("out/experts/nikitina.html"));
    EXPECT_EQ(read("out/experts/mine.md"), "my notes\n");
}

TEST_F(OutputFolder, NeverWritesOrDeletesThroughASymlinkedSubfolder) {
    ASSERT_EQ(stance({"report", "all", "claims", "-o", "out"}).exit_code, 0);
    put(m_outside / "victim.md", "elsewhere\n");
    put(m_outside / "csto.in-decline.md", "elsewhere too\n");
    fs::remove_all(m_dir / "out" / "claims");
    fs::create_directory_symlink(m_outside, m_dir / "out" / "claims");
    CommandResult result = stance({"report", "all", "claims", "-o", "out"});
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_TRUE(contains(result.err, "is a symbolic link")) << result.err;
    EXPECT_EQ(read(m_outside / "victim.md"), "elsewhere\n");
    EXPECT_EQ(read(m_outside / "csto.in-decline.md"), "elsewhere too\n");
    EXPECT_FALSE(fs::exists(m_outside / "csto.russia-controls.md"));
}

TEST_F(OutputFolder, NeverWritesThroughASymlinkedPage) {
    ASSERT_EQ(stance({"report", "all", "claims", "-o", "out"}).exit_code, 0);
    put(m_outside / "bashrc", "the user's shell set-up\n");
    fs::remove(m_dir / "out" / "README.md");
    fs::create_symlink(m_outside / "bashrc", m_dir / "out" / "README.md");
    EXPECT_EQ(stance({"report", "all", "claims", "-o", "out"}).exit_code, 2);
    EXPECT_EQ(read(m_outside / "bashrc"), "the user's shell set-up\n");
}

TEST_F(OutputFolder, AManifestCannotNameFilesOutsideTheReports) {
    ASSERT_EQ(stance({"report", "all", "claims", "-o", "out"}).exit_code, 0);
    put("victim.md", "beside the folder\n");
    put("out/notes.txt.keep", "mine\n");
    put("out/experts/mine.md", "mine\n");
    put(m_outside / "victim.md", "outside\n");
    std::string manifest = read("out/.stance-manifest");
    manifest += "../victim.md\nexperts/../../victim.md\n" + (m_outside / "victim.md").string() +
                "\nnotes.txt.keep\n.stance-manifest\n";
    put("out/.stance-manifest", manifest);
    ASSERT_EQ(stance({"report", "all", "claims", "-o", "out"}).exit_code, 0);
    EXPECT_EQ(read("victim.md"), "beside the folder\n");
    EXPECT_EQ(read(m_outside / "victim.md"), "outside\n");
    EXPECT_EQ(read("out/notes.txt.keep"), "mine\n");
    EXPECT_EQ(read("out/experts/mine.md"), "mine\n");
}

TEST_F(OutputFolder, SaysWhatItWrote) {
    CommandResult result = stance({"report", "all", "claims", "-o", "out"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::string manifest = read("out/.stance-manifest");
    std::size_t lines = static_cast<std::size_t>(std::count(manifest.begin(), manifest.end(), '\n'));
    EXPECT_TRUE(contains(result.err, "wrote " + std::to_string(lines) + " files into out (start with out/index.html)"))
        << result.err;
    EXPECT_TRUE(contains(manifest, "experts/cornell.html\n"));
    EXPECT_TRUE(contains(manifest, "README.md\n"));
}

}  // namespace
}  // namespace stance::test
