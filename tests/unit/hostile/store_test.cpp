// Rows 3, 11, 12 and 13 (a read-only store) of the hostile cases: a store is validated when
// read, a build leaves no temporary behind, a linked store is written through, and store
// errors name the file.
#include <SQLiteCpp/SQLiteCpp.h>

#include <sys/wait.h>

#include <csignal>

#include "stance/check/analysis.hpp"
#include "stance/store/store.hpp"
#include "stance/util/hash.hpp"
#include "unit/hostile/hostile_fixture.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

class StoreTrust : public Hostile {
protected:
    void SetUp() override {
        Hostile::SetUp();
        put("claims/a.claims", small_claims);
        CommandResult built = stance({"build", "claims", "--db", "claims.db"});
        ASSERT_EQ(built.exit_code, 0) << built.err;
    }
    void tamper(const std::string& sql) {
        SQLite::Database db((m_dir / "claims.db").string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA ignore_check_constraints = ON");
        db.exec(sql);
    }
    std::vector<std::string> temporaries() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(m_dir))
            if (entry.path().filename().string().starts_with(".claims.db.tmp-"))
                names.push_back(entry.path().filename().string());
        return names;
    }
};

TEST_F(StoreTrust, AnExpertIdThatLeavesTheFolderIsADamagedStore) {
    tamper("UPDATE experts SET id = '../../pwned' WHERE id = 'cornell';"
           "UPDATE stances SET expert = '../../pwned' WHERE expert = 'cornell'");
    CommandResult result = stance({"report", "all", "--db", "claims.db", "-o", "out/reports"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_TRUE(contains(result.err, "damaged claim store: claims.db: invalid expert id '../../pwned'")) << result.err;
    EXPECT_FALSE(exists("pwned.md"));
    EXPECT_FALSE(exists("out/pwned.md"));
    EXPECT_FALSE(exists("out/reports"));
}

TEST_F(StoreTrust, AnAbsoluteOrScriptIdIsADamagedStore) {
    tamper("UPDATE claims SET id = 'javascript:alert(1)' WHERE id = 'csto.in-decline'");
    CommandResult result = stance({"report", "matrix", "--db", "claims.db", "--format", "html"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_TRUE(contains(result.err, "invalid claim id 'javascript:alert(1)'")) << result.err;
    EXPECT_FALSE(contains(result.out, "javascript:"));
}

TEST_F(StoreTrust, AValueOutOfRangeIsADamagedStore) {
    tamper("UPDATE stances SET value = 7 WHERE id = 0");
    CommandResult result = stance({"report", "matrix", "--db", "claims.db"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_TRUE(contains(result.err, "damaged claim store: claims.db: stance value 7 out of range")) << result.err;
}

TEST_F(StoreTrust, DuplicateRowsAndDanglingReferencesAreADamagedStore) {
    // A table rebuilt without its UNIQUE constraint, holding one expert twice (the legacy rename
    // leaves the views that join experts as they are).
    tamper("PRAGMA legacy_alter_table = ON;"
           "CREATE TABLE e2 AS SELECT * FROM experts; DROP TABLE experts; ALTER TABLE e2 RENAME TO experts;"
           "INSERT INTO experts SELECT seq + 100, id, name, role, country, camp, note, file, line, col FROM experts");
    CommandResult result = stance({"report", "matrix", "--db", "claims.db"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_TRUE(contains(result.err, "damaged claim store: claims.db: duplicate expert")) << result.err;
}

TEST_F(StoreTrust, AReferenceToNothingOrAMissingTableIsADamagedStore) {
    tamper("UPDATE stances SET claim = 'csto.ghost' WHERE id = 1");
    CommandResult result = stance({"report", "matrix", "--db", "claims.db"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_TRUE(contains(result.err, "damaged claim store: claims.db: unknown claim 'csto.ghost'")) << result.err;
    tamper("DROP TABLE quotes");
    result = stance({"report", "matrix", "--db", "claims.db"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_TRUE(contains(result.err, "damaged claim store: claims.db: ")) << result.err;
}

TEST_F(StoreTrust, APositionInAFileThatDoesNotExistIsADamagedStore) {
    tamper("UPDATE experts SET file = 99 WHERE id = 'cornell'");
    CommandResult result = stance({"report", "matrix", "--db", "claims.db"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_TRUE(contains(result.err, "unknown file 99")) << result.err;
}

// A store's record of its inputs is checked with the reads a build may make: a file outside the
// corpus that the record lists (with its right hash) is not read, and the store is rebuilt.
TEST_F(StoreTrust, ARecordNamingAFileOutsideTheCorpusIsNotTrusted) {
    std::string secret = "expert spy \"Not in the corpus\"\n";
    fs::path outside = put(m_outside / "secret.claims", secret);
    tamper("INSERT INTO files (id, path, hash) VALUES (1, '" + outside.string() + "', '" +
           util::content_hash(secret) + "')");
    CommandResult result = stance({"build", "claims", "--db", "claims.db"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(contains(result.err, "built claims.db")) << result.err;
    EXPECT_EQ(store::read_store(m_dir / "claims.db").corpus.files.size(), 1u);
    // The store rebuilt records only what was read, and the next build finds it up to date.
    EXPECT_TRUE(contains(stance({"build", "claims", "--db", "claims.db"}).err, "is up to date"));
}

// Row 11: a build stopped by a signal leaves no temporary; a dead build's is removed later.
TEST_F(StoreTrust, ASignalDuringABuildRemovesTheTemporary) {
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
        pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            model::Corpus corpus;
            store::StoreWriter writer(m_dir / "claims.db", corpus, {});
            ::raise(signal);
            ::_exit(0);  // not reached: the signal ends the process
        }
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal) << signal;
        EXPECT_TRUE(temporaries().empty()) << signal << ": " << temporaries().front();
    }
}

TEST_F(StoreTrust, TheNextBuildRemovesTemporariesOfDeadBuilds) {
    pid_t dead = ::fork();
    if (dead == 0) ::_exit(0);
    ::waitpid(dead, nullptr, 0);
    put(".claims.db.tmp-" + std::to_string(dead) + "-0123456789abcdef", std::string(4096, 'x'));
    std::string alive = ".claims.db.tmp-" + std::to_string(::getpid()) + "-0123456789abcdef";
    put(alive, "a build still running");
    put(".other.db.tmp-" + std::to_string(dead) + "-0123456789abcdef", "another store's");
    ASSERT_EQ(stance({"build", "claims", "--db", "claims.db"}).exit_code, 0);
    EXPECT_EQ(temporaries(), std::vector<std::string>{alive});
    EXPECT_TRUE(exists(".other.db.tmp-" + std::to_string(dead) + "-0123456789abcdef"));
}

// Row 12: a store behind a link is replaced where it is; the link stays.
TEST_F(StoreTrust, ALinkedStoreIsWrittenThrough) {
    fs::create_directories(m_dir / "stores");
    fs::rename(m_dir / "claims.db", m_dir / "stores" / "real.db");
    fs::create_symlink("stores/real.db", m_dir / "link.db");
    put("claims/b.claims", "claim csto.new \"A new claim.\"\n");
    CommandResult result = stance({"build", "claims", "--db", "link.db"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(fs::is_symlink(m_dir / "link.db"));
    store::Stored stored = store::read_store(m_dir / "stores" / "real.db");
    EXPECT_NE(stored.corpus.find_claim("csto.new"), model::none);
}

// Row 13: a read-only store is named in the error, and left as it was.
TEST_F(StoreTrust, AReadOnlyStoreIsNamed) {
    fs::permissions(m_dir, fs::perms::all);  // the unprivileged build may write in the folder
    fs::permissions(m_dir / "claims.db", fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    std::string before = read("claims.db");
    put("claims/b.claims", "claim csto.new \"A new claim.\"\n");  // something to write
    CommandResult result = run_as({"build", "claims", "--db", "claims.db"}, m_dir, {.unprivileged = true});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_TRUE(contains(result.err, "claims.db")) << result.err;
    EXPECT_FALSE(contains(result.err, "attempt to write a readonly database")) << result.err;
    EXPECT_EQ(read("claims.db"), before);
    EXPECT_TRUE(temporaries().empty());
}

}  // namespace
}  // namespace stance::test
