// A --bib file is named on the command line and read as a corpus path is: only a regular file,
// within the size limit, a BOM skipped, a clear error when it cannot be read. What is in it may
// be anything: a malformed entry is an error at its file:line and the entries after it are still
// read; nothing in it crashes stance, exhausts its memory or makes it hang.
#include <random>

#include <sys/stat.h>

#include "unit/hostile/hostile_fixture.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

// A source that cites the key `good_2020`, which each case puts after what it tests.
const char* const citing_claims = R"(source s { cite good_2020 }
expert x "X"
claim c.a "A."
from s { x asserts c.a }
)";
const char* const good_entry = "@misc{good_2020, title = {Read after the rest}}\n";

class HostileBib : public Hostile {
protected:
    void SetUp() override {
        Hostile::SetUp();
        put("claims/a.claims", citing_claims);
    }
    CommandResult check(const std::string& bib) { return stance({"check", "claims", "--bib", bib}); }
    // Whether the entry after the hostile part was read: its key was found (see
    // AnUnknownKeyIsNamedWithTheNearest for the error when it is not).
    static bool good_entry_read(const CommandResult& checked) {
        return !contains(checked.err, "no --bib file has an entry with the key 'good_2020'");
    }
    // The same, shown: the source took the entry's title.
    bool title_taken(const std::string& bib) {
        CommandResult sources = stance({"report", "sources", "claims", "--bib", bib, "--format", "md"});
        return sources.exit_code == 0 && contains(sources.out, "Read after the rest");
    }
};

TEST_F(HostileBib, AMissingFileIsAClearError) {
    CommandResult result = check("none.bib");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "error: cannot read --bib file 'none.bib': No such file or directory")) << result.err;
}

TEST_F(HostileBib, AnUnknownKeyIsNamedWithTheNearest) {
    put("refs.bib", "@misc{good_2021, title = {Another year}}\n");
    CommandResult result = check("refs.bib");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_FALSE(good_entry_read(result));
    EXPECT_TRUE(contains(result.err, "claims/a.claims:1:17: error: no --bib file has an entry with the key 'good_2020'; "
                                     "did you mean 'good_2021'?"))
        << result.err;
}

TEST_F(HostileBib, OnlyARegularFileIsRead) {
    CommandResult device = check("/dev/zero");
    EXPECT_EQ(device.exit_code, 2);
    EXPECT_TRUE(contains(device.err, "cannot read --bib file '/dev/zero': not a regular file (a device)")) << device.err;
    ASSERT_EQ(::mkfifo((m_dir / "pipe.bib").c_str(), 0600), 0);
    CommandResult fifo = check("pipe.bib");  // refused without waiting for a writer
    EXPECT_EQ(fifo.exit_code, 2);
    EXPECT_TRUE(contains(fifo.err, "cannot read --bib file 'pipe.bib': not a regular file (a FIFO)")) << fifo.err;
    CommandResult folder = check("claims");
    EXPECT_EQ(folder.exit_code, 2);
    EXPECT_TRUE(contains(folder.err, "cannot read --bib file 'claims': not a regular file (a folder)")) << folder.err;
    CommandResult empty = check("");
    EXPECT_EQ(empty.exit_code, 2);
    EXPECT_TRUE(contains(empty.err, "an empty path names no file")) << empty.err;
}

TEST_F(HostileBib, AByteOrderMarkIsSkippedAndPositionsCountAfterIt) {
    put("refs.bib", "\xEF\xBB\xBF" + std::string(good_entry) + "@misc{bad, title {no equals}}\n");
    CommandResult result = check("refs.bib");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "refs.bib:2:18: error: expected '=' after the field's name, found '{'"))
        << result.err;
    EXPECT_FALSE(contains(result.err, "1:1")) << result.err;
    EXPECT_TRUE(good_entry_read(result));
}

TEST_F(HostileBib, MalformedEntriesAreErrorsAtTheirLinesAndTheRestIsRead) {
    put("refs.bib", "@article{missing_equals,\n  title {No equals sign},\n}\n"
                    "@book{no_key_brace title = {T}}\n"
                    "@misc{bad_macro, title = nosuchmacro}\n"
                    "@{no_type, title = {T}}\n"
                    "@article{twice, title = {A}}\n@article{twice, title = {B}}\n" +
                        std::string(good_entry));
    CommandResult result = check("refs.bib");
    EXPECT_EQ(result.exit_code, 2);
    for (const char* expected : {"refs.bib:2:9: error: expected '=' after the field's name",
                                 "refs.bib:4:20: error: expected ',' and a field, or '}' to close the entry",
                                 "refs.bib:5:26: error: undefined @string macro 'nosuchmacro'",
                                 "refs.bib:6:2: error: expected an entry type",
                                 "refs.bib:8:10: error: citation key 'twice' is already used"})
        EXPECT_TRUE(contains(result.err, expected)) << expected << "\n" << result.err;
    EXPECT_TRUE(good_entry_read(result));
}

TEST_F(HostileBib, AnUnterminatedBraceEndsAtTheNextEntry) {
    put("refs.bib", "@article{open,\n  title = {This value never closes,\n  year = {2021},\n}\n\n" +
                        std::string(good_entry) + "@article{tail, title = {and neither does this one\n");
    CommandResult result = check("refs.bib");
    EXPECT_EQ(result.exit_code, 2);
    // The value's brace is closed by the entry's: the entry is reported where it should have ended.
    EXPECT_TRUE(contains(result.err, "refs.bib:6:1: error: expected ',' and a field, or '}' to close the entry, found '@'"))
        << result.err;
    EXPECT_TRUE(contains(result.err, "refs.bib:8:1: error: expected '}' to close the value, found the end of the file"))
        << result.err;
    EXPECT_TRUE(good_entry_read(result));
}

TEST_F(HostileBib, DeepBraceNestingIsOneErrorNotACrash) {
    const std::size_t depth = 100'000;  // far past what the rules recurse on
    put("refs.bib", "@article{deep, title = " + std::string(depth, '{') + std::string(depth, '}') + "}\n" +
                        good_entry);
    CommandResult result = check("refs.bib");
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_TRUE(contains(result.err, "refs.bib:1:89: error: braces nest more than 64 deep here")) << result.err;
    EXPECT_FALSE(contains(result.err, "expected")) << result.err;  // the one error that says why
    EXPECT_TRUE(good_entry_read(result));
    // Within the bound, nesting is fine and the braces go.
    put("ok.bib", "@misc{good_2020, title = " + std::string(60, '{') + "Read after the rest" + std::string(60, '}') + "}\n");
    EXPECT_EQ(check("ok.bib").exit_code, 0);
    EXPECT_TRUE(title_taken("ok.bib"));
}

TEST_F(HostileBib, BinaryJunkIsReportedAndTheEntryAfterItRead) {
    std::mt19937 random(12345);  // the same junk on every run
    std::string junk(200'000, '\0');
    for (char& c : junk) c = static_cast<char>(random() % 256);
    for (std::size_t i = 0; i < junk.size(); i += 997) junk[i] = '@';  // items that start and fail
    put("refs.bib", junk + "\n" + good_entry);
    CommandResult result = check("refs.bib");
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_TRUE(contains(result.err, "refs.bib:1:")) << result.err.substr(0, 2000);
    EXPECT_TRUE(good_entry_read(result));
    // Bytes that are not UTF-8 inside an entry: that value is an error, the entry's others stay.
    put("latin1.bib", "@misc{good_2020, note = {M\xFCller}, title = {Read after the rest}}\n");
    CommandResult latin1 = check("latin1.bib");
    EXPECT_EQ(latin1.exit_code, 2);
    EXPECT_TRUE(contains(latin1.err, "latin1.bib:1:18: error: the value of 'note' is not valid UTF-8")) << latin1.err;
    EXPECT_TRUE(good_entry_read(latin1));
}

TEST_F(HostileBib, AHugeFileIsReadInFull) {
    std::string bib;
    for (int i = 0; i < 20'000; ++i)
        bib += "@article{key" + std::to_string(i) + ",\n  title = {Title {" + std::to_string(i) +
               "} with M{\\\"u}ller},\n  author = {Doe, Jane and Roe, Richard},\n  year = {2020},\n  abstract = {" +
               std::string(200, 'x') + "},\n}\n\n";
    put("refs.bib", bib + good_entry);
    ASSERT_GT(fs::file_size(m_dir / "refs.bib"), 5'000'000u);
    CommandResult result = check("refs.bib");
    EXPECT_EQ(result.exit_code, 0) << result.err.substr(0, 2000);
    EXPECT_TRUE(title_taken("refs.bib"));
}

TEST_F(HostileBib, MacrosThatDoubleEachOtherDoNotExhaustMemory) {
    // Each @string twice the one before: 2^40 bytes if expanded without a bound.
    std::string bib = "@string{m0 = {" + std::string(100, 'x') + "}}\n";
    for (int i = 1; i <= 40; ++i)
        bib += "@string{m" + std::to_string(i) + " = m" + std::to_string(i - 1) + " # m" + std::to_string(i - 1) + "}\n";
    put("refs.bib", bib + "@misc{bomb, title = m40}\n" + good_entry);
    CommandResult result = run_as({"check", "claims", "--bib", "refs.bib"}, m_dir, {.memory_limit = 2ull << 30});
    EXPECT_EQ(result.exit_code, 2) << result.err.substr(0, 2000);
    EXPECT_TRUE(contains(result.err, "refs.bib:15:")) << result.err.substr(0, 2000);
    EXPECT_TRUE(contains(result.err, "grows past 1 MiB")) << result.err.substr(0, 2000);
    EXPECT_FALSE(contains(result.err, "out of memory"));
    EXPECT_TRUE(good_entry_read(result));
}

}  // namespace
}  // namespace stance::test
