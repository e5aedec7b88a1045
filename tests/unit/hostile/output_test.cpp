// Rows 3 (page names), 7, 8, 10 and 14 of the hostile cases: what stance writes for the user to
// look at. Page names stay in their folder whatever the id; a write error on stdout is a fault;
// out of memory is a clear error; control characters do not reach the terminal raw; CSV cells
// are not formulas.
#include <set>
#include <sstream>

#include "stance/report/document.hpp"
#include "stance/report/page_name.hpp"
#include "stance/report/writers.hpp"
#include "stance/util/control_chars.hpp"
#include "unit/hostile/hostile_fixture.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

using Output = Hostile;

std::set<std::string> names_in(const fs::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
    return names;
}

// Row 3: ids that are reserved names, very long or dot-only never become unsafe file names.
TEST_F(Output, PageNamesStayShortSafeAndInTheirFolder) {
    std::string long_id = "csto." + std::string(300, 'a');
    put("claims/a.claims", "expert con \"Con\"\nexpert NUL.x \"Nul\"\nexpert lpt1 \"Lpt\"\nclaim " + long_id +
                               " \"Long.\"\ncon asserts " + long_id + "\nNUL.x denies " + long_id +
                               "\nlpt1 asserts " + long_id + "\n");
    CommandResult result = stance({"report", "all", "claims", "-o", "out"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    for (const auto& folder : {"out/experts", "out/claims"}) {
        for (const auto& name : names_in(m_dir / folder)) {
            EXPECT_LE(name.size(), 100u) << name;
            std::string stem = name.substr(0, name.find('.'));
            for (const char* reserved : {"con", "nul", "NUL", "lpt1"}) EXPECT_NE(stem, reserved) << name;
        }
    }
    EXPECT_EQ(names_in(m_dir / "out" / "experts").size(), 6u);
    // Links use the same names: the matrix links to every page that exists.
    std::string matrix = read("out/matrix.html");
    for (const auto& name : names_in(m_dir / "out" / "experts"))
        if (name.ends_with(".html")) {
            EXPECT_TRUE(contains(matrix, "href=\"experts/" + name + "\"")) << name;
        }
}

TEST(PageName, KeepsSafeIdsAndDerivesTheRest) {
    EXPECT_EQ(report::page_name("csto.russia-controls"), "csto.russia-controls");
    EXPECT_EQ(report::page_name("zogg"), "zogg");
    for (const char* unsafe : {"con", "CON.x", "aux", "com1", "lpt9.a", "..", ".", "../../pwned", "/tmp/x",
                               "javascript:alert(1)", "a/b", "", "-rf"}) {
        std::string name = report::page_name(unsafe);
        EXPECT_NE(name, unsafe);
        EXPECT_EQ(name.find('/'), std::string::npos) << unsafe;
        EXPECT_EQ(name.find(':'), std::string::npos) << unsafe;
        EXPECT_NE(name.find('~'), std::string::npos) << unsafe;
        EXPECT_NE(name.front(), '.') << unsafe;
    }
    EXPECT_EQ(report::page_name("com10"), "com10");
    std::string long_id(300, 'x');
    EXPECT_LE(report::page_name(long_id).size(), 60u);
    EXPECT_NE(report::page_name(long_id), report::page_name(long_id + "y"));
}

// Row 7: a report that does not reach stdout is a fault.
TEST_F(Output, AWriteErrorOnStdoutIsAFault) {
    put("claims/a.claims", small_claims);
    CommandResult result = run_as({"report", "matrix", "claims"}, m_dir, {.stdout_path = "/dev/full"});
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_TRUE(contains(result.err, "cannot write to standard output")) << result.err;
    result = run_as({"report", "matrix", "claims", "-o", "/dev/full"}, m_dir, {});
    EXPECT_EQ(result.exit_code, 3);
}

// Row 8: out of memory is said, not an abort; the old store stays.
TEST_F(Output, OutOfMemoryIsAClearErrorAndTheStoreStays) {
    std::string big;
    for (int i = 0; i < 3000; ++i) {
        std::string n = std::to_string(i);
        big += "expert e" + n + " \"Expert " + n + "\"\nclaim c.c" + n + " \"Claim " + n + ".\"\ne" + n +
               " asserts c.c" + n + " { quote \"" + std::string(200, 'q') + "\" }\n";
    }
    put("claims/a.claims", small_claims);
    ASSERT_EQ(stance({"build", "claims", "--db", "claims.db"}).exit_code, 0);
    std::string before = read("claims.db");
    put("claims/big.claims", big);
    CommandResult result = run_as({"build", "claims", "--db", "claims.db"}, m_dir, {.memory_limit = 96u << 20});
    EXPECT_EQ(result.exit_code, 3) << result.err;
    EXPECT_TRUE(contains(result.err, "stance: error: out of memory")) << result.err;
    EXPECT_EQ(read("claims.db"), before);
}

// Row 10: control characters are escaped on the terminal, kept in files not meant for one.
TEST_F(Output, ControlCharactersAreEscapedInTextReportsAndDiagnostics) {
    put("claims/a.claims", "expert evil \"Evil\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\"\nclaim c.a \"A\\u{9b}31m claim.\"\n"
                           "evil asserts c.a\n");
    CommandResult text = stance({"report", "matrix", "claims"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_EQ(text.out.find('\x1b'), std::string::npos);
    EXPECT_EQ(text.out.find('\x07'), std::string::npos);
    EXPECT_TRUE(contains(text.out, "Evil\\x1b]0;pwned\\x07\\x1b[2J")) << text.out;
    CommandResult page = stance({"report", "claim", "c.a", "claims"});
    EXPECT_TRUE(contains(page.out, "A\\u009b31m claim.")) << page.out;
    CommandResult md = stance({"report", "matrix", "claims", "--format", "md"});
    EXPECT_TRUE(contains(md.out, "Evil\x1b")) << md.out;  // not for a terminal: kept as written

    // A diagnostic echoes the source line: a raw ESC in a comment there is escaped too.
    put("claims/a.claims", "# \x1b]0;pwned\x07 \x1b[2J\nzog asserts c.a\n");
    CommandResult check = stance({"check", "claims"});
    EXPECT_EQ(check.exit_code, 2);
    EXPECT_EQ(check.err.find('\x1b'), std::string::npos) << check.err;
    put("claims/a.claims", "expert x \"X\"\n\x1b[2Jzog asserts c.a\n");
    check = stance({"check", "claims"});
    EXPECT_EQ(check.err.find('\x1b'), std::string::npos) << check.err;
    // The caret still stands under the token, past the escaped characters.
    EXPECT_TRUE(contains(check.err, "  \\x1b[2Jzog asserts c.a\n")) << check.err;
}

TEST(ControlCharacters, EscapesAndWidths) {
    EXPECT_EQ(util::escape_controls("a\x1b[2Jb\x07\x7f"), "a\\x1b[2Jb\\x07\\x7f");
    EXPECT_EQ(util::escape_controls(std::string("n\0l", 3)), "n\\x00l");
    EXPECT_EQ(util::escape_controls("\xc2\x9b" "c"), "\\u009bc");
    EXPECT_EQ(util::escape_controls("tab\there", true), "tab\there");
    EXPECT_EQ(util::escape_controls("tab\there"), "tab\\x09here");
    EXPECT_EQ(util::escape_controls("Юлия é"), "Юлия é");
}

// Row 14: a CSV cell that a spreadsheet would run is defused after leading blanks or controls.
TEST(CsvFormulas, AreDefusedAfterLeadingWhiteSpaceAndControls) {
    report::Document doc;
    report::Table table;
    table.columns = {{"text", "Text"}};
    const std::vector<std::string> cells = {"\t=HYPERLINK(\"http://evil\")", "\r=1+1", " \n+cmd", "\x01@SUM(A1)",
                                            "=plain", "-2 as text", "fine", "a = b"};
    for (const auto& text : cells) table.rows.push_back({{report::cell(text)}});
    doc.data.push_back(std::move(table));
    std::ostringstream out;
    report::write(out, doc, report::Format::csv);
    std::string csv = out.str();
    EXPECT_TRUE(contains(csv, "\"'\t=HYPERLINK(\"\"http://evil\"\")\"\r\n")) << csv;
    EXPECT_TRUE(contains(csv, "\"'\r=1+1\"\r\n")) << csv;
    EXPECT_TRUE(contains(csv, "\"' \n+cmd\"\r\n")) << csv;
    EXPECT_TRUE(contains(csv, "' @SUM(A1)\r\n")) << csv;  // a control CSV readers choke on is a space
    EXPECT_TRUE(contains(csv, "'=plain\r\n"));
    EXPECT_TRUE(contains(csv, "'-2 as text\r\n"));
    EXPECT_TRUE(contains(csv, "\r\nfine\r\n"));
    EXPECT_TRUE(contains(csv, "\r\na = b\r\n"));
}

}  // namespace
}  // namespace stance::test
