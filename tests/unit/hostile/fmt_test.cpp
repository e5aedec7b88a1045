// `stance fmt` rewrites only claims files inside the PATHs it is given, atomically, keeping
// their mode, never through a symbolic link, and never a file with syntax errors.
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "hostile_fixture.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

const char* const messy = "claim   c \"A claim.\" {topic t}\ntopic t \"T?\"\n";
const char* const tidy = "claim c \"A claim.\" { topic t }\ntopic t \"T?\"\n";

using Fmt = Hostile;

TEST_F(Fmt, RewritesInPlaceKeepingTheModeAndNoTemporary) {
    fs::path file = put("claims/a.claims", messy);
    ::chmod(file.c_str(), 0640);
    put("claims/notes.txt", messy);  // not a claims file: never touched
    CommandResult r = stance({"fmt", "claims"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read("claims/a.claims"), tidy);
    EXPECT_EQ(read("claims/notes.txt"), messy);
    EXPECT_EQ(fs::status(file).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    for (const auto& entry : fs::directory_iterator(m_dir / "claims"))
        EXPECT_FALSE(entry.path().filename().string().starts_with(".")) << entry.path();

    r = stance({"fmt", "--check", "claims"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "");
}

TEST_F(Fmt, CheckAndDiffWriteNothing) {
    put("claims/a.claims", messy);
    CommandResult check = stance({"fmt", "--check", "claims"});
    EXPECT_EQ(check.exit_code, 1);
    EXPECT_EQ(check.out, "claims/a.claims\n");
    CommandResult diff = stance({"fmt", "--diff", "claims/a.claims"});
    EXPECT_EQ(diff.exit_code, 1);
    EXPECT_EQ(read("claims/a.claims"), messy);
    // The diff is one that patch(1) applies, giving the formatted file.
    put("patch.diff", diff.out);
    if (std::system("command -v patch >/dev/null 2>&1") != 0) GTEST_SKIP() << "patch is not installed";
    CommandResult patched = run_command("/usr/bin/env", {"patch", "-p0", "-i", "patch.diff"}, m_dir);
    EXPECT_EQ(patched.exit_code, 0) << patched.out << patched.err;
    EXPECT_EQ(read("claims/a.claims"), tidy);
}

TEST_F(Fmt, FileWithSyntaxErrorsIsLeftAsItIs) {
    std::string broken = "claim c \"not closed\nclaim   d \"D.\"\n";
    put("claims/broken.claims", broken);
    put("claims/fine.claims", messy);
    CommandResult r = stance({"fmt", "claims"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "claims/broken.claims:1:9: error: this string is not closed")) << r.err;
    EXPECT_EQ(read("claims/broken.claims"), broken);
    EXPECT_EQ(read("claims/fine.claims"), tidy) << "the other files are still formatted";
}

TEST_F(Fmt, LinkToAFileOutsideIsNeitherReadNorWritten) {
    fs::path outside = put(m_outside / "secret.claims", messy);
    fs::create_symlink(outside, m_dir / "claims" / "link.claims");
    CommandResult r = stance({"fmt", "claims"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "outside the folders stance reads")) << r.err;
    EXPECT_FALSE(contains(r.err, "--texts")) << r.err;  // fmt has no --texts: its message names its own folders
    EXPECT_EQ(read(outside), messy);
    EXPECT_TRUE(fs::is_symlink(m_dir / "claims" / "link.claims"));
}

TEST_F(Fmt, LinkInsideIsNotWrittenThrough) {
    put("claims/real.claims", tidy);
    put("claims/other/target.claims", messy);
    fs::create_symlink("other/target.claims", m_dir / "claims" / "link.claims");
    CommandResult r = stance({"fmt", "claims/link.claims"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "symbolic link")) << r.err;
    EXPECT_TRUE(fs::is_symlink(m_dir / "claims" / "link.claims"));
    EXPECT_EQ(read("claims/other/target.claims"), messy);
}

// A write that cannot be made (here: a folder the user may not write in) is a fault, and the
// file is as it was: nothing is written in place.
TEST_F(Fmt, FailedWriteLeavesTheFileAsItWas) {
    if (::geteuid() != 0) GTEST_SKIP() << "needs root to run as another user";
    put("claims/a.claims", messy);
    fs::permissions(m_dir, fs::perms::others_exec | fs::perms::others_read, fs::perm_options::add);
    CommandResult r = run_as({"fmt", "claims"}, m_dir, {.unprivileged = true});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_TRUE(contains(r.err, "cannot create a temporary file")) << r.err;
    EXPECT_EQ(read("claims/a.claims"), messy);
}

TEST_F(Fmt, MissingPathIsAnError) {
    CommandResult r = stance({"fmt", "nowhere"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "cannot read 'nowhere': no such file or folder")) << r.err;
}

}  // namespace
}  // namespace stance::test
