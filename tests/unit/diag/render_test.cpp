#include "stance/diag/render.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace stance::diag {
namespace {

std::string rendered(const util::SourceManager& files, const Diagnostic& d, RenderOptions options = {}) {
    std::ostringstream out;
    render(out, d, files, options);
    return out.str();
}

TEST(Render, GccStyleWithSourceLineAndCaretUnderTheRange) {
    util::SourceManager files;
    auto id = files.add("a.claims", "claim x \"X\"\ncornel asserts x\n");
    Diagnostic d{Severity::error, Code::unknown_reference, {id, 12, 18}, "unknown expert 'cornel'", "cornell", {}};
    EXPECT_EQ(rendered(files, d),
              "a.claims:2:1: error: unknown expert 'cornel'; did you mean 'cornell'?\n"
              "  cornel asserts x\n"
              "  ^~~~~~\n");
}

TEST(Render, ColumnsCountCharactersAndTabsLineUp) {
    util::SourceManager files;
    // "\t\xC3\xA9 y": the caret goes under y, after a tab and a two-byte character.
    auto id = files.add("b.claims", "\t\xC3\xA9 y\n");
    Diagnostic d{Severity::warning, Code::syntax, {id, 4, 5}, "here", {}, {}};
    EXPECT_EQ(rendered(files, d), "b.claims:1:4: warning: here\n  \t\xC3\xA9 y\n  \t  ^\n");
}

TEST(Render, RangeStopsAtTheEndOfTheLine) {
    util::SourceManager files;
    auto id = files.add("c.claims", "ab\ncd\n");
    Diagnostic d{Severity::error, Code::unterminated_string, {id, 0, 6}, "unterminated", {}, {}};
    EXPECT_EQ(rendered(files, d), "c.claims:1:1: error: unterminated\n  ab\n  ^~\n");
}

// A long line shows a window around the caret, cut on character boundaries, marked with "...",
// with the caret and tildes under the same text as on a short line.
TEST(Render, LongLineShowsAWindowAroundTheCaret) {
    util::SourceManager files;
    std::string line;
    for (int i = 0; i < 300; ++i) line += "\xC3\xA9x ";  // 4 bytes, 3 characters each
    const std::uint32_t at = static_cast<std::uint32_t>(line.size() / 2);  // on a lead byte
    line.replace(at, 6, "target");
    auto id = files.add("f.claims", line + "\n");
    Diagnostic d{Severity::error, Code::syntax, {id, at, at + 6}, "here", {}, {}};
    std::string text = rendered(files, d);
    auto source = text.substr(text.find('\n') + 1);
    auto caret = source.substr(source.find('\n') + 1);
    source = source.substr(0, source.find('\n'));
    EXPECT_LT(source.size(), 140u);
    EXPECT_EQ(source.substr(0, 5), "  ...");
    EXPECT_EQ(source.substr(source.size() - 3), "...");
    // The caret stands under the "t" of "target", counted in characters.
    auto before = source.substr(0, source.find("target"));
    std::size_t characters = 0;
    for (char c : before) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    EXPECT_EQ(caret, std::string(characters, ' ') + "^~~~~~\n");
}

TEST(Render, CaretAtTheEndOfALongLineKeepsTheEndInTheWindow) {
    util::SourceManager files;
    std::string line(1000, 'a');
    auto id = files.add("g.claims", line + "\n");
    Diagnostic d{Severity::error, Code::syntax, {id, 1000, 1001}, "end", {}, {}};
    std::string text = rendered(files, d);
    EXPECT_NE(text.find("  ..." + std::string(120, 'a') + "\n"), std::string::npos) << text;
    EXPECT_NE(text.find("\n     " + std::string(120, ' ') + "^\n"), std::string::npos) << text;
}

// Control characters inside the window are escaped as on a short line, and the caret and
// tildes stay under the text they point at, counting each escape's width.
TEST(Render, LongLineWindowEscapesControlCharacters) {
    util::SourceManager files;
    std::string line = std::string(500, 'a') + "\x1b[2J" + "bad\x07token" + std::string(500, 'a');
    const auto at = static_cast<std::uint32_t>(line.find("bad"));
    auto id = files.add("h.claims", line + "\n");
    Diagnostic d{Severity::error, Code::syntax, {id, at, at + 9}, "here", {}, {}};
    std::string text = rendered(files, d);
    EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
    EXPECT_EQ(text.find('\x07'), std::string::npos) << text;
    auto source = text.substr(text.find('\n') + 1);
    auto caret = source.substr(source.find('\n') + 1);
    source = source.substr(0, source.find('\n'));
    EXPECT_EQ(source.substr(0, 5), "  ...");
    EXPECT_NE(source.find("\\x1b[2Jbad\\x07token"), std::string::npos) << source;
    EXPECT_EQ(caret, std::string(source.find("bad"), ' ') + "^" + std::string(11, '~') + "\n");
}

TEST(Render, NotesFollowTheirDiagnostic) {
    util::SourceManager files;
    auto id = files.add("d.claims", "claim x \"A\"\nclaim x \"B\"\n");
    Diagnostic d{Severity::error, Code::duplicate_declaration, {id, 18, 19}, "'x' is declared twice", {}, {}};
    d.notes.push_back({{id, 6, 7}, "first declared here"});
    std::string text = rendered(files, d, {.colour = false, .show_source_line = false});
    EXPECT_EQ(text, "d.claims:2:7: error: 'x' is declared twice\nd.claims:1:7: note: first declared here\n");
}

TEST(Render, ColourOnlyWhenAsked) {
    util::SourceManager files;
    auto id = files.add("e.claims", "x\n");
    Diagnostic d{Severity::error, Code::syntax, {id, 0, 1}, "bad", {}, {}};
    EXPECT_EQ(rendered(files, d).find('\033'), std::string::npos);
    EXPECT_NE(rendered(files, d, {.colour = true}).find("\033[1;31m"), std::string::npos);
}

TEST(Sink, CountsBySeverityAndSortsByPosition) {
    Sink sink;
    sink.warning(Code::unused_claim, {1, 5, 6}, "w");
    sink.error(Code::syntax, {0, 9, 10}, "e2");
    sink.error(Code::syntax, {0, 2, 3}, "e1");
    EXPECT_EQ(sink.error_count(), 2u);
    EXPECT_EQ(sink.warning_count(), 1u);
    sink.sort();
    EXPECT_EQ(sink.diagnostics()[0].message, "e1");
    EXPECT_EQ(sink.diagnostics()[1].message, "e2");
    EXPECT_EQ(sink.diagnostics()[2].message, "w");
}

}  // namespace
}  // namespace stance::diag
