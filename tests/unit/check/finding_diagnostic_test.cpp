#include "stance/check/findings.hpp"

#include <gtest/gtest.h>

namespace stance::check {
namespace {

Finding finding_at(model::Index file, std::uint32_t line, std::uint32_t column) {
    Finding f;
    f.kind = FindingKind::quote_not_found;
    f.severity = diag::Severity::warning;
    f.where = {file, line, column};
    f.message = "m";
    return f;
}

TEST(FindingDiagnostic, CoversTheWordAtThePosition) {
    util::SourceManager files;
    files.add("a.claims", "claim a \"A.\"\n  zogg asserts csto.weak-x { }\n");
    auto d = finding_diagnostic(finding_at(0, 2, 16), files);
    EXPECT_EQ(d.code, diag::Code::quote_not_found);
    EXPECT_EQ(d.severity, diag::Severity::warning);
    EXPECT_EQ(d.where.file, 0u);
    EXPECT_EQ(d.where.begin, 28u);  // 13 bytes of line 1, then 15 columns in
    EXPECT_EQ(d.where.end, 39u);    // "csto.weak-x"
}

TEST(FindingDiagnostic, CoversTheWholeQuotedString) {
    util::SourceManager files;
    // Line 1: `é quote "a \"b\" c" x`: the column counts the é as one character.
    files.add("a.claims", "\xC3\xA9 quote \"a \\\"b\\\" c\" x");
    auto d = finding_diagnostic(finding_at(0, 1, 9), files);
    EXPECT_EQ(d.where.begin, 9u);  // é is two bytes
    EXPECT_EQ(d.where.end, 20u);   // through the closing quote, past the escaped ones
}

TEST(FindingDiagnostic, WithoutItsFileHasNoPlace) {
    util::SourceManager files;
    auto d = finding_diagnostic(finding_at(0, 1, 1), files);
    EXPECT_EQ(d.where.file, util::no_file);
    d = finding_diagnostic(finding_at(model::none, 0, 0), files);
    EXPECT_EQ(d.where.file, util::no_file);
    EXPECT_EQ(d.message, "m");
}

}  // namespace
}  // namespace stance::check
