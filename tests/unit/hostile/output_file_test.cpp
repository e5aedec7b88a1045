// `-o FILE` of report and export: written atomically, through a link as `>` would, and never
// over an input (a claims file, the store read, a source's text) or a folder.
#include <filesystem>

#include "unit/hostile/hostile_fixture.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

using OutputFile = Hostile;

TEST_F(OutputFile, NeverOverAClaimsFile) {
    put("claims/a.claims", small_claims);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"report", "matrix", "claims", "-o", "claims/a.claims"},
          std::vector<std::string>{"export", "dot", "claims", "-o", "claims/a.claims"},
          std::vector<std::string>{"report", "matrix", "claims", "-o", "new.claims"}}) {
        CommandResult result = stance(args);
        EXPECT_EQ(result.exit_code, 2) << args.back();
        EXPECT_TRUE(contains(result.err, "is a claims file")) << result.err;
        EXPECT_TRUE(contains(result.err, "nothing written")) << result.err;
    }
    EXPECT_EQ(read("claims/a.claims"), small_claims);
    EXPECT_FALSE(exists("new.claims"));
}

TEST_F(OutputFile, NeverOverTheStoreReadOrASourceText) {
    put("claims/a.claims", std::string("source s \"S\" { text \"s.txt\" }\n") + small_claims);
    put("texts/s.txt", "the text\n");
    ASSERT_EQ(stance({"build", "claims", "--db", "c.db", "--texts", "texts"}).exit_code, 0);
    const std::string store = read("c.db");
    CommandResult over_store = stance({"report", "matrix", "--db", "c.db", "-o", "c.db"});
    EXPECT_EQ(over_store.exit_code, 2);
    EXPECT_TRUE(contains(over_store.err, "is the store the corpus is read from")) << over_store.err;
    EXPECT_EQ(read("c.db"), store);
    CommandResult over_text = stance({"report", "matrix", "claims", "--texts", "texts", "-o", "texts/s.txt"});
    EXPECT_EQ(over_text.exit_code, 2);
    EXPECT_TRUE(contains(over_text.err, "is the text of source s")) << over_text.err;
    EXPECT_EQ(read("texts/s.txt"), "the text\n");
    // A claims file under another name (a link) is still a claims file.
    fs::create_symlink(m_dir / "claims" / "a.claims", m_dir / "alias.md");
    CommandResult over_link = stance({"report", "matrix", "claims", "-o", "alias.md"});
    EXPECT_EQ(over_link.exit_code, 2);
    EXPECT_TRUE(contains(read("claims/a.claims"), "source s"));
}

TEST_F(OutputFile, AFolderIsRefused) {
    put("claims/a.claims", small_claims);
    fs::create_directories(m_dir / "out");
    CommandResult result = stance({"report", "matrix", "claims", "-o", "out"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "'out' is a folder")) << result.err;
}

TEST_F(OutputFile, WrittenThroughALinkAndWhole) {
    put("claims/a.claims", small_claims);
    put("real/matrix.md", "old");
    fs::create_symlink(m_dir / "real" / "matrix.md", m_dir / "link.md");
    CommandResult result = stance({"report", "matrix", "claims", "--format", "md", "-o", "link.md"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(fs::is_symlink(m_dir / "link.md"));
    EXPECT_EQ(read("real/matrix.md"), stance({"report", "matrix", "claims", "--format", "md"}).out);
    // Nothing but the report is left beside it: the temporary was renamed into place.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(m_dir / "real")) ++files;
    EXPECT_EQ(files, 1u);
}

TEST_F(OutputFile, AFailedWriteLeavesTheOldFile) {
    put("claims/a.claims", small_claims);
    put("ro/matrix.md", "old");
    // A folder the writer may read but not write: as root, run as nobody.
    fs::permissions(m_dir / "ro", fs::perms::owner_read | fs::perms::owner_exec);
    fs::permissions(m_dir, fs::perms::others_read | fs::perms::others_exec, fs::perm_options::add);
    fs::permissions(m_dir / "claims", fs::perms::others_read | fs::perms::others_exec, fs::perm_options::add);
    fs::permissions(m_dir / "claims" / "a.claims", fs::perms::others_read, fs::perm_options::add);
    CommandResult result = run_as({"report", "matrix", "claims", "-o", "ro/matrix.md"}, m_dir,
                                  {.unprivileged = ::geteuid() == 0});
    fs::permissions(m_dir / "ro", fs::perms::owner_all);
    EXPECT_EQ(result.exit_code, 3) << result.err;
    EXPECT_EQ(read("ro/matrix.md"), "old");
}

TEST_F(OutputFile, ADeviceIsWrittenToNotReplaced) {
    put("claims/a.claims", small_claims);
    CommandResult null = stance({"report", "matrix", "claims", "-o", "/dev/null"});
    EXPECT_EQ(null.exit_code, 0) << null.err;
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
    CommandResult full = stance({"export", "dot", "claims", "-o", "/dev/full"});
    EXPECT_EQ(full.exit_code, 3);
    EXPECT_TRUE(contains(full.err, "cannot write /dev/full")) << full.err;
    EXPECT_TRUE(fs::is_character_file("/dev/full"));
}

}  // namespace
}  // namespace stance::test
