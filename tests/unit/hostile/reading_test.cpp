// Rows 1, 5, 6, 9 and 13 of the hostile cases: what a corpus makes stance read. Reads stay below
// the corpus roots, the --texts folders and --allow-read folders once links are resolved; only
// regular files, of bounded size, are read; a path that gives no claims is an error.
#include <sys/stat.h>

#include "stance/util/source_file.hpp"
#include "unit/hostile/hostile_fixture.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

const char* const secret = "expert leaked \"the secret marker 7f3a\"\n";

class Reading : public Hostile {
protected:
    // The path of m_outside/name as written from claims/ (relative, with ..).
    std::string from_claims(const std::string& name) const {
        return (fs::path("..") / ".." / m_outside.filename() / name).string();
    }
};

TEST_F(Reading, AnIncludeOfProcIsRefusedAndNotShown) {
    put("claims/a.claims", "include \"/proc/self/environ\"\n" + std::string(small_claims));
    CommandResult result = stance({"check", "claims"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "cannot read included file '/proc/self/environ': it resolves to")) << result.err;
    EXPECT_TRUE(contains(result.err, "outside the folders stance reads")) << result.err;
    EXPECT_FALSE(contains(result.err, "NO_COLOR=")) << result.err;
}

TEST_F(Reading, AnIncludeWithDotDotOutOfTheCorpusIsRefused) {
    put(m_outside / "secret.claims", secret);
    put("claims/a.claims", "include \"" + from_claims("secret.claims") + "\"\n" + small_claims);
    CommandResult result = stance({"check", "claims"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "outside the folders stance reads")) << result.err;
    // Whether a file exists outside is not told either.
    put("claims/b.claims", "include \"" + from_claims("none.claims") + "\"\n");
    EXPECT_TRUE(contains(stance({"check", "claims"}).err, "none.claims': it resolves to"));
}

TEST_F(Reading, ALinkOutOfTheCorpusIsRefused) {
    put("claims/a.claims", small_claims);
    put(m_outside / "secret.claims", secret);
    fs::create_symlink(m_outside / "secret.claims", m_dir / "claims" / "link.claims");
    CommandResult result = stance({"report", "matrix", "claims"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "cannot read 'claims/link.claims': it resolves to '" +
                                         (m_outside / "secret.claims").string() + "'"))
        << result.err;
    EXPECT_FALSE(contains(result.out, "leaked"));
    // Allowed explicitly, it is read.
    EXPECT_EQ(stance({"check", "claims", "--allow-read", m_outside.string()}).exit_code, 0);
}

TEST_F(Reading, AnIncludeThroughALinkedFolderIsRefused) {
    put(m_outside / "secret.claims", secret);
    fs::create_directory_symlink(m_outside, m_dir / "claims" / "shared");
    put("claims/a.claims", "include \"shared/secret.claims\"\n" + std::string(small_claims));
    CommandResult result = stance({"check", "claims"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "cannot read included file 'claims/shared/secret.claims': it resolves to"))
        << result.err;
}

TEST_F(Reading, ALinkInsideTheCorpusIsFine) {
    put("claims/parts/real.claims", small_claims);
    fs::create_symlink("parts/real.claims", m_dir / "claims" / "alias.claims");
    CommandResult result = stance({"check", "claims"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(Reading, ASourceTextOutsideTheCorpusIsNotRead) {
    put(m_outside / "shadow.txt", "root:$6$secretsalt$hashhashhash:19000:0:99999:7:::\n");
    put("claims/a.claims", "source leak \"Leak\" { text \"" + from_claims("shadow.txt") +
                               "\" }\nexpert x \"X\"\nclaim c.a \"A.\"\nfrom leak { x asserts c.a { quote \"root hash\" } }\n");
    CommandResult result = stance({"check", "claims", "--strict"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "cannot read the text")) << result.err;
    EXPECT_FALSE(contains(result.err, "secretsalt")) << result.err;
    CommandResult evidence = stance({"report", "evidence", "claims"});
    EXPECT_FALSE(contains(evidence.out, "secretsalt"));
}

TEST_F(Reading, ATextThroughALinkInATextsFolderIsRefused) {
    put(m_outside / "a.txt", "the secret marker 7f3a\n");
    fs::create_directories(m_dir / "texts");
    fs::create_symlink(m_outside / "a.txt", m_dir / "texts" / "a.txt");
    put("claims/a.claims", "source s \"S\" { text \"a.txt\" }\nexpert x \"X\"\nclaim c.a \"A.\"\n"
                           "from s { x asserts c.a { quote \"marker\" } }\n");
    CommandResult result = stance({"check", "claims", "--texts", "texts"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "cannot read the text 'texts/a.txt': it resolves to")) << result.err;
}

// Row 9: only regular files; no read without end, no wait without end.
TEST_F(Reading, ADeviceIsRefusedWithoutReadingIt) {
    CommandResult result = stance({"check", "/dev/zero"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "cannot read '/dev/zero': not a regular file (a device)")) << result.err;
}

TEST_F(Reading, AFifoIsRefusedWithoutWaiting) {
    put("claims/a.claims", "include \"pipe.claims\"\n" + std::string(small_claims));
    ASSERT_EQ(::mkfifo((m_dir / "claims" / "pipe.claims").c_str(), 0600), 0);
    CommandResult result = stance({"check", "claims"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "not a regular file (a FIFO)")) << result.err;
    // Named on the command line too, and as a source text.
    EXPECT_EQ(stance({"check", "claims/pipe.claims"}).exit_code, 2);
}

TEST_F(Reading, TheSizeLimitHoldsWhileReading) {
    put("big.claims", std::string(100, '#'));
    EXPECT_THROW(util::read_file(m_dir / "big.claims", 10), util::FileError);
    EXPECT_EQ(util::read_file(m_dir / "big.claims", 100).size(), 100u);
    // A /proc file says its size is 0 and still has content: read in full, under the limit.
    EXPECT_FALSE(util::read_file("/proc/self/status").empty());
    EXPECT_THROW(util::read_file("/proc/self/status", 10), util::FileError);
}

// Row 5: an unreadable subfolder is an error, as an unreadable file is.
TEST_F(Reading, AnUnreadableSubfolderIsAnError) {
    put("claims/a.claims", small_claims);
    put("claims/locked/b.claims", "expert hidden \"Hidden\"\n");
    fs::permissions(m_dir, fs::perms::all);  // a scratch folder nobody may enter otherwise
    fs::permissions(m_dir / "claims" / "locked", fs::perms::none);
    CommandResult result = run_as({"check", "claims"}, m_dir, {.unprivileged = true});
    fs::permissions(m_dir / "claims" / "locked", fs::perms::owner_all);
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_TRUE(contains(result.err, "cannot read folder 'claims/locked': Permission denied")) << result.err;
}

// Row 6: a path that gives no claims is an error, and the store is left as it was.
TEST_F(Reading, AFolderWithoutClaimFilesIsAnError) {
    put("claims/a.claims", small_claims);
    ASSERT_EQ(stance({"build", "claims", "--db", "full.db"}).exit_code, 0);
    std::string before = read("full.db");
    put("typo/a.claim", small_claims);
    CommandResult result = stance({"build", "typo", "--db", "full.db"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "no claim files in 'typo'")) << result.err;
    EXPECT_EQ(read("full.db"), before);
    EXPECT_EQ(stance({"check", "typo", "--strict"}).exit_code, 2);
    fs::create_directories(m_dir / "empty");
    EXPECT_EQ(stance({"check", "empty"}).exit_code, 2);
}

// Row 13: a byte order mark, a missing --texts folder, empty paths.
TEST_F(Reading, AByteOrderMarkIsSkipped) {
    put("claims/a.claims", "\xEF\xBB\xBF" + std::string(small_claims));
    CommandResult result = stance({"check", "claims"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    put("claims/a.claims", "\xEF\xBB\xBF" "expert x \"X\"\nzog asserts c.x\n");
    result = stance({"check", "claims"});
    EXPECT_TRUE(contains(result.err, "claims/a.claims:2:1: error: unknown expert 'zog'")) << result.err;
    EXPECT_FALSE(contains(result.err, "found '\xEF\xBB\xBF'")) << result.err;
}

TEST_F(Reading, AMissingTextsFolderIsAnError) {
    put("claims/a.claims", small_claims);
    CommandResult result = stance({"check", "claims", "--strict", "--texts", "/nonexistent"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "cannot read --texts folder '/nonexistent': no such folder")) << result.err;
    EXPECT_EQ(stance({"check", "claims", "--allow-read", "nowhere"}).exit_code, 2);
}

TEST_F(Reading, EmptyPathsAreUsageErrors) {
    put("claims/a.claims", small_claims);
    for (const auto& args : std::vector<std::vector<std::string>>{{"build", "--db", ""},
                                                                  {"report", "matrix", "--db", ""},
                                                                  {"report", "matrix", "-o", ""},
                                                                  {"export", "dot", "-o", ""},
                                                                  {"check", ""},
                                                                  {"check", "claims", "--texts", ""}}) {
        CommandResult result = stance(args);
        EXPECT_EQ(result.exit_code, 2) << args[0] << " " << args[1] << ": " << result.err;
        EXPECT_TRUE(result.out.empty());
    }
    EXPECT_FALSE(exists("claims.db"));
}

}  // namespace
}  // namespace stance::test
