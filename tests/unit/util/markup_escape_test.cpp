// The XML/HTML and CSV escaping that reports and exports share.
#include <gtest/gtest.h>

#include "stance/util/markup_escape.hpp"

namespace stance::util {
namespace {

TEST(MarkupEscape, EntitiesCharacterReferencesAndNoUnholdableControls) {
    EXPECT_EQ(markup_escape("<a href=\"x\">&'</a>\n\t\r\x02\x7f\u00e9"),
              "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;&#10;&#9;&#13;  \u00e9");
    EXPECT_EQ(markup_escape(""), "");
}

TEST(CsvField, QuotedOnlyWhenNeeded) {
    EXPECT_EQ(csv_field("claim:csto.a"), "claim:csto.a");
    EXPECT_EQ(csv_field("a,\"b\"\nc"), "\"a,\"\"b\"\"\nc\"");
    EXPECT_EQ(csv_field("tab\tand\x01"), "tab\tand ");
}

TEST(CsvField, AFormulaIsTextForSpreadsheets) {
    EXPECT_EQ(csv_field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(csv_field("+1"), "'+1");
    EXPECT_EQ(csv_field(" \t-2"), "' \t-2");  // spreadsheets skip leading blanks
    EXPECT_EQ(csv_field("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csv_field("a=b"), "a=b");
}

}  // namespace
}  // namespace stance::util
