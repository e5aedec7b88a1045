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
