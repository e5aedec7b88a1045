#include "stance/util/source_file.hpp"

#include <string>
#include <vector>

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

// A long line gets column marks: every offset must still give the column that counting from the
// line's start gives, and offset_of must invert it, across marks and multi-byte characters.
TEST(SourceFile, LongLineColumnsMatchCountingFromTheLineStart) {
    std::string text = "short\n";
    for (int i = 0; i < 400; ++i) text += i % 7 == 0 ? "\xC3\xA9" : (i % 11 == 0 ? "\xE2\x80\x9C" : "ab ");
    text += "\nend\n";
    SourceFile file(0, "a.claims", text);
    const auto line_start = static_cast<std::uint32_t>(text.find('\n') + 1);
    const auto line_end = static_cast<std::uint32_t>(text.find('\n', line_start));
    ASSERT_GT(line_end - line_start, SourceFile::mark_every * 2);
    std::uint32_t column = 1;
    for (std::uint32_t offset = line_start; offset <= line_end; ++offset) {
        auto at = file.line_column(offset);
        EXPECT_EQ(at.line, 2u) << offset;
        EXPECT_EQ(at.column, column) << offset;
        bool lead = offset == line_end || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
        if (lead) {
            EXPECT_EQ(file.offset_of(at), offset) << offset;
        }
        if (offset < line_end && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80) ++column;
    }
    EXPECT_EQ(file.line_column(line_end + 1).line, 3u);
    EXPECT_EQ(file.line_column(line_end + 1).column, 1u);
    EXPECT_EQ(file.offset_of({2, 100000}), line_end);  // past the end of the line: its end
}

// A cursor gives what line_column gives, whether offsets go forward, back, or far ahead, on
// short lines and across the column marks of a long one.
TEST(SourceFile, LineCursorMatchesLineColumn) {
    std::string text = "a\n\n  b \xC3\xA9\n";
    for (int i = 0; i < 40; ++i) text += "  line " + std::to_string(i) + "\n";
    for (int i = 0; i < 300; ++i) text += i % 5 == 0 ? "\xE2\x80\x93" : "xy ";
    text += "\nlast";
    SourceFile file(0, "a.claims", text);
    const auto size = static_cast<std::uint32_t>(text.size());
    std::vector<std::uint32_t> offsets;
    for (std::uint32_t o = 0; o <= size + 2; ++o) offsets.push_back(o);
    for (std::uint32_t o = 0; o <= size; o += 37) offsets.push_back(size - o);  // backwards
    for (std::uint32_t o = 0; o <= size; o += 5) offsets.push_back((o * 7919u) % (size + 1));  // jumps
    LineCursor cursor(file);
    for (std::uint32_t o : offsets) {
        auto want = file.line_column(o);
        auto got = cursor.at(o);
        EXPECT_EQ(got.line, want.line) << o;
        EXPECT_EQ(got.column, want.column) << o;
    }
}

TEST(SourceFile, OffsetOfInvertsLineColumnOnShortLines) {
    SourceFile file(0, "a.claims", "ab\n\xC3\xA9t\xC3\xA9 x\n");
    EXPECT_EQ(file.offset_of({1, 1}), 0u);
    EXPECT_EQ(file.offset_of({2, 1}), 3u);
    EXPECT_EQ(file.offset_of({2, 4}), 8u);  // after "été"
    EXPECT_EQ(file.offset_of({2, 5}), 9u);
}

}  // namespace
}  // namespace stance::util
