#include "stance/util/source_file.hpp"

#include <gtest/gtest.h>

namespace stance::util {
namespace {

TEST(SourceFile, LineAndColumnAreOneBased) {
    SourceFile file(0, "a.claims", "ab\ncd\n");
    EXPECT_EQ(file.line_column(0).line, 1u);
    EXPECT_EQ(file.line_column(0).column, 1u);
    EXPECT_EQ(file.line_column(4).line, 2u);
    EXPECT_EQ(file.line_column(4).column, 2u);
    EXPECT_EQ(file.line_text(2), "cd");
}

TEST(SourceFile, ColumnCountsCharactersNotBytes) {
    SourceFile file(0, "a.claims", "\xC3\xA9t\xC3\xA9 x");  // "été x"
    EXPECT_EQ(file.line_column(6).column, 5u);
}

TEST(SourceFile, LineTextDropsCarriageReturn) {
    SourceFile file(0, "a.claims", "one\r\ntwo");
    EXPECT_EQ(file.line_text(1), "one");
    EXPECT_EQ(file.line_text(2), "two");
    EXPECT_EQ(file.line_text(3), "");
}

TEST(SourceFile, OffsetPastTheEndIsClamped) {
    SourceFile file(0, "a.claims", "x\n");
    EXPECT_EQ(file.line_column(99).line, 2u);
}

}  // namespace
}  // namespace stance::util
