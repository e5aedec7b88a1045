// The text writer: columns aligned by display width, colour only on request.
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "stance/report/writers.hpp"

namespace stance::report {
namespace {

TEST(ReportText, DisplayWidthCountsTerminalColumns) {
    EXPECT_EQ(display_width("abc"), 3u);
    EXPECT_EQ(display_width("\u042E\u043B\u0438\u044F"), 4u);        // Cyrillic: one column each
    EXPECT_EQ(display_width("\u4E2D\u6587"), 4u);                    // CJK: two columns each
    EXPECT_EQ(display_width("\U0001F4A1x"), 3u);                     // emoji: two
    EXPECT_EQ(display_width("e\u0301"), 1u);                         // combining acute: none
    EXPECT_EQ(display_width("\xff"), 1u);                            // an invalid byte: one
    // ASCII among other characters: printable one column, controls none (as utf8proc counts them).
    EXPECT_EQ(display_width("caf\u00e9 \u4E2D!"), 8u);
    EXPECT_EQ(display_width("\u00e9\x01\t\x7f"), 1u);
    // Long runs are counted eight bytes at a time: a control, DEL, space, tilde or other character
    // anywhere in a run of eight counts as alone.
    const std::string run = "abcdefghijklmnopqrstuvwxyz0123456789";  // 36 printable columns
    EXPECT_EQ(display_width(run), 36u);
    for (std::size_t at = 0; at < run.size(); ++at) {
        for (const auto& [insert, width] : std::vector<std::pair<std::string, std::size_t>>{
                 {"\x1f", 0}, {"\x7f", 0}, {"\x01", 0}, {" ", 1}, {"~", 1}, {"\u4E2D", 2}, {"\u00e9", 1}, {"\x80", 1}}) {
            std::string text = run;
            text.insert(at, insert);
            EXPECT_EQ(display_width(text), 36u + width) << at << ' ' << insert;
        }
    }
}

std::string table_text(bool colour) {
    Document doc{.report = "t", .page = "t", .title = "t"};
    Table table{.name = "t"};
    table.columns = {{"who", "Who"}, {.key = "mark", .header = "Mark", .align = Align::center}, {"n", "n", Align::right}};
    table.rows.push_back({{cell("\u042E\u043B\u0438\u044F"), cell(Mark{2, false}), cell(7)}});
    table.rows.push_back({{cell("\u4E2D\u6587\U0001F4A1"), cell(Mark{-1, true}), cell(12)}});
    table.rows.push_back({{cell("Ame\u0301lie"), cell(Mark{0, false}), cell(100)}});
    doc.blocks.push_back(table);
    std::ostringstream out;
    write(out, doc, Format::text, {.colour = colour});
    return out.str();
}

TEST(ReportText, AlignsColumnsByDisplayWidth) {
    // Widest "Who" cell: 中文💡 (6 columns), as wide as Amélie with its combining accent; marks
    // centred in "Mark" (4 columns: " ++ ", "(-) ", " ~  "); numbers right-aligned.
    EXPECT_EQ(table_text(false),
              "Who     Mark    n\n"
              "------  ----  ---\n"
              "\u042E\u043B\u0438\u044F     ++     7\n"
              "\u4E2D\u6587\U0001F4A1  (-)    12\n"
              "Ame\u0301lie   ~    100\n");
}

TEST(ReportText, ColourOnlyWhenAsked) {
    EXPECT_EQ(table_text(false).find('\x1b'), std::string::npos);
    std::string coloured = table_text(true);
    EXPECT_NE(coloured.find("\x1b[1;34m ++ \x1b[0m"), std::string::npos) << coloured;  // strongly asserts: bold blue
    EXPECT_NE(coloured.find("\x1b[2;31m(-) \x1b[0m"), std::string::npos) << coloured;  // derived denial: dim red
}

TEST(ReportText, WrapsLongCellsAtTheColumnWidth) {
    Document doc{.report = "t", .page = "t", .title = "t"};
    Table table{.name = "t"};
    table.columns = {{.key = "a", .header = "A", .wrap = 10}, {"b", "B"}};
    // "one two three" is 13 columns: "three" goes to the next line, where "three four" fits.
    table.rows.push_back({{cell("one two three four"), cell("x")}});
    doc.blocks.push_back(table);
    std::ostringstream out;
    write(out, doc, Format::text);
    EXPECT_EQ(out.str(),
              "A           B\n"
              "----------  -\n"
              "one two     x\n"
              "three four\n");
}

}  // namespace
}  // namespace stance::report
