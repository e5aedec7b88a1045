// `stance build` as a user runs it: the real binary, in a folder of its own.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "stance/store/store.hpp"
#include "support/run_command.hpp"
#include "unit/store/store_fixture.hpp"

namespace stance::cli {
namespace {

namespace fs = std::filesystem;
using store::test::bytes_of;
using store::test::write_bytes;

const char* const experts_file = R"(expert cornell "Svante Cornell" { affiliation "ISDP" }
expert nikitina "Yulia Nikitina"
)";

const char* const claims_file = R"(source eurasianet-2022 "Too early to call time on the CSTO" { date 2022-10 }
claim csto.russia-controls "Russia controls the CSTO."
from eurasianet-2022 {
  cornell asserts csto.russia-controls
  nikitina strongly denies csto.russia-controls
}
)";

class BuildCommand : public ::testing::Test {
protected:
    BuildCommand() {
        fs::create_directories(folder.path() / "claims");
        write_bytes(folder.path() / "claims" / "experts.claims", experts_file);
        write_bytes(folder.path() / "claims" / "csto.claims", claims_file);
    }
    test::CommandResult build(std::vector<std::string> args = {}) {
        args.insert(args.begin(), "build");
        return test::run_command(STANCE_BINARY, args, folder.path());
    }
    store::test::TemporaryFolder folder;
};

TEST_F(BuildCommand, WritesTheStoreWithDefaultPaths) {
    auto result = build();
    ASSERT_EQ(result.exit_code, 0) << result.err;
    store::Stored stored = store::read_store(folder.path() / "claims.db");
    ASSERT_EQ(stored.corpus.stances.size(), 2u);
    EXPECT_EQ(stored.corpus.stances[1].value, -2);
    EXPECT_EQ(stored.corpus.files.size(), 2u);
    EXPECT_NE(result.err.find("built claims.db in "), std::string::npos) << result.err;
}

// --quiet before or after the subcommand; stderr is not a terminal here, so no progress line
// (no carriage return) in either case.
TEST_F(BuildCommand, QuietIsAcceptedAndNoProgressLineGoesToAPipe) {
    auto after = build({"--quiet"});
    ASSERT_EQ(after.exit_code, 0) << after.err;
    auto before = test::run_command(STANCE_BINARY, {"--quiet", "build", "--db", "other.db"}, folder.path());
    ASSERT_EQ(before.exit_code, 0) << before.err;
    auto plain = build({"--db", "third.db"});
    for (const auto* result : {&after, &before, &plain}) EXPECT_EQ(result->err.find('\r'), std::string::npos);
}

TEST_F(BuildCommand, ASecondBuildAfterAnEditWritesTheEditedCorpus) {
    ASSERT_EQ(build({"--db", "out.db"}).exit_code, 0);
    write_bytes(folder.path() / "claims" / "experts.claims",
                std::string(experts_file) + "expert zogg \"Benno Zogg\"\n");
    auto result = build({"--db", "out.db"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(store::read_store(folder.path() / "out.db").corpus.experts.size(), 3u);
}

TEST_F(BuildCommand, InputErrorsExit2AndLeaveTheStoreAsItWas) {
    ASSERT_EQ(build().exit_code, 0);
    std::string before = bytes_of(folder.path() / "claims.db");

    write_bytes(folder.path() / "claims" / "more.claims", "cornell asserts csto.nothing\n");
    auto result = build();
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("more.claims:1:17: error:"), std::string::npos) << result.err;
    EXPECT_EQ(bytes_of(folder.path() / "claims.db"), before);
    // Nothing but the corpus and the store in the folder: no temporary left behind.
    EXPECT_EQ(std::distance(fs::directory_iterator(folder.path()), {}), 2);
}

TEST_F(BuildCommand, SyntaxErrorsWithoutAStoreWriteNothing) {
    write_bytes(folder.path() / "claims" / "broken.claims", "claim \"no id\"\n");
    auto result = build({"--db", "new.db"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_FALSE(fs::exists(folder.path() / "new.db"));
}

TEST_F(BuildCommand, RefusesToOverwriteAFileThatIsNotAStore) {
    write_bytes(folder.path() / "notes.txt", "my notes\n");
    auto result = build({"--db", "notes.txt"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(bytes_of(folder.path() / "notes.txt"), "my notes\n");
}

TEST_F(BuildCommand, StrictExits1OnWarningsButStillWrites) {
    // A claim nobody takes a stance on is a warning.
    write_bytes(folder.path() / "claims" / "more.claims", "claim csto.unused \"Nobody cares.\"\n");
    auto result = build({"--strict"});
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_EQ(store::read_store(folder.path() / "claims.db").corpus.claims.size(), 2u);
    EXPECT_EQ(build().exit_code, 0);
}

TEST_F(BuildCommand, NothingChangedWritesNothing) {
    ASSERT_EQ(build().exit_code, 0);
    std::string before = bytes_of(folder.path() / "claims.db");
    auto modified = fs::last_write_time(folder.path() / "claims.db");
    auto result = build();
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("claims.db is up to date"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("2 files, 1 claim, 2 stances: 0 errors"), std::string::npos) << result.err;
    EXPECT_EQ(bytes_of(folder.path() / "claims.db"), before);
    EXPECT_EQ(fs::last_write_time(folder.path() / "claims.db"), modified);
}

// Each input that makes another store makes the next build write one.
TEST_F(BuildCommand, EveryChangeOfTheInputsIsBuilt) {
    auto claims = folder.path() / "claims";
    fs::create_directories(folder.path() / "texts");
    std::string quoted = std::string(claims_file) +
                         "source s \"S\" { text \"s.txt\" }\nfrom s { cornell asserts csto.russia-controls "
                         "{ quote \"Russia leads.\" } }\n";
    write_bytes(claims / "csto.claims", quoted);
    ASSERT_EQ(build().exit_code, 0);
    auto built = [&](std::vector<std::string> args, const char* what) {
        auto result = build(args);
        EXPECT_EQ(result.exit_code, 0) << what << ": " << result.err;
        EXPECT_NE(result.err.find("built claims.db"), std::string::npos) << what << ": " << result.err;
        EXPECT_NE(build(args).err.find("is up to date"), std::string::npos) << what << ": a second build";
    };
    write_bytes(claims / "experts.claims", std::string(experts_file) + "expert zogg \"Benno Zogg\"\n");
    built({}, "a file edited");
    write_bytes(claims / "more.claims", "claim csto.more \"More.\"\n");
    built({}, "a file added");
    fs::remove(claims / "more.claims");
    built({}, "a file removed");
    built({"--direct-only"}, "another option");
    built({"--texts", "texts"}, "a text folder");
    write_bytes(folder.path() / "texts" / "s.txt", "Russia leads.\n");
    built({"--texts", "texts"}, "a text found");
    write_bytes(folder.path() / "texts" / "s.txt", "Russia follows.\n");
    built({"--texts", "texts"}, "a text edited");
    write_bytes(claims / "s.txt", "Russia leads.\n");
    built({"--texts", "texts"}, "a text found beside its file first");
    EXPECT_EQ(store::read_store(folder.path() / "claims.db").corpus.sources[1].text_path, "claims/s.txt");
    write_bytes(folder.path() / "refs.bib", "@misc{k, title = {A}}\n");
    built({"--bib", "refs.bib"}, "a --bib file");
    write_bytes(folder.path() / "refs.bib", "@misc{k, title = {B}}\n");
    built({"--bib", "refs.bib"}, "a --bib file edited");
    built({}, "a --bib file no longer given");
}

TEST_F(BuildCommand, StrictCountsTheFindingsOfAnUpToDateStore) {
    write_bytes(folder.path() / "claims" / "more.claims", "claim csto.unused \"Nobody cares.\"\n");
    ASSERT_EQ(build().exit_code, 0);
    auto result = build({"--strict"});
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find("is up to date"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("1 warning, 0 notes (`stance check` shows them)"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace stance::cli
