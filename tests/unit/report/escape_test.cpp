// Every writer escapes user text for its format: hostile strings (markup, quotes, %, $, |, &,
// newlines, backslashes, non-ASCII) come out as text, never as markup.
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stance/report/writers.hpp"

namespace stance::report {
namespace {

const std::string hostile = "<script>alert(\"x&y\")</script> 'q' 50% $5 | a_b {c} ~ ^ #1 \\ back\nline \U0001F4A1 \u00E9";

std::string written(const Document& doc, Format format, WriteOptions options = {}) {
    std::ostringstream out;
    write(out, doc, format, options);
    return out.str();
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// A document with the hostile string in every place a writer puts user text.
Document hostile_document() {
    Document doc{.report = "matrix", .page = "matrix", .title = hostile};
    doc.blocks.push_back(Heading{1, {text(hostile)}, "a\"b"});
    doc.blocks.push_back(Paragraph{{text(hostile), link(hostile, {"matrix", "x\"><script>"})}});
    doc.blocks.push_back(List{{{text(hostile)}}});
    Table table{.name = "matrix", .heatmap = true};
    table.columns = {{.key = "claim", .header = hostile}, {.key = "e", .header = "e", .align = Align::center, .marks = true}};
    table.rows.push_back({.group = Inline{text(hostile)}});
    table.rows.push_back({{cell(hostile), cell(Mark{-2, false}, {text(hostile)})}, {}, "row\"id"});
    doc.blocks.push_back(table);
    Table data{.name = "rows"};
    data.columns = {{"text", "Text"}, {"list", "List"}, {"value", "Value"}, {"formula", "Formula"}};
    data.rows.push_back({{cell(hostile), cell(std::vector<std::string>{hostile, "b"}), cell(Mark{1, true}),
                          cell("=HYPERLINK(\"http://x\")")}});
    doc.data.push_back(data);
    return doc;
}

TEST(ReportEscape, HtmlNeverLetsUserTextBecomeMarkup) {
    for (bool links : {false, true}) {
        std::string html = written(hostile_document(), Format::html, {.links = links});
        // The page's own script is the only one.
        EXPECT_EQ(occurrences(html, "<script>"), 1u);
        EXPECT_EQ(occurrences(html, "<script>alert"), 0u);
        EXPECT_NE(html.find("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; &#39;q&#39; 50% $5 | a_b"),
                  std::string::npos);
        // Attribute values cannot be closed from inside.
        EXPECT_NE(html.find("id=\"a&quot;b\""), std::string::npos);
        EXPECT_NE(html.find("id=\"row&quot;id\""), std::string::npos);
        EXPECT_EQ(html.find("x\"><script>"), std::string::npos);
        // Non-ASCII is kept as UTF-8 (the page declares it).
        EXPECT_NE(html.find("\U0001F4A1 \u00E9"), std::string::npos);
        EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
    }
}

TEST(ReportEscape, HtmlIsSelfContained) {
    std::string html = written(hostile_document(), Format::html, {.links = true});
    EXPECT_EQ(html.find("http://"), std::string::npos);
    EXPECT_EQ(html.find("https://"), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("src="), std::string::npos);
    EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
    EXPECT_NE(html.find("prefers-color-scheme: dark"), std::string::npos);
}

// A small RFC 4180 reader: fields of each record.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
    std::vector<std::vector<std::string>> records(1);
    std::string field;
    bool quoted = false, was_quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            EXPECT_TRUE(field.empty()) << "quote inside an unquoted field";
            quoted = was_quoted = true;
        } else if (c == ',') {
            records.back().push_back(field), field.clear(), was_quoted = false;
        } else if (c == '\r') {
            EXPECT_TRUE(i + 1 < text.size() && text[i + 1] == '\n') << "CR without LF";
            records.back().push_back(field), field.clear(), was_quoted = false;
            records.emplace_back();
            ++i;
        } else {
            EXPECT_NE(c, '\n') << "bare LF outside quotes";
            field += c;
        }
    }
    EXPECT_FALSE(quoted);
    EXPECT_TRUE(field.empty() && !was_quoted);
    records.pop_back();  // after the last CRLF
    return records;
}

TEST(ReportEscape, CsvRoundTripsThroughAnRfc4180Reader) {
    auto records = read_csv(written(hostile_document(), Format::csv));
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0], (std::vector<std::string>{"text", "list", "value", "formula"}));
    EXPECT_EQ(records[1][0], hostile);
    EXPECT_EQ(records[1][1], hostile + "; b");
    EXPECT_EQ(records[1][2], "(1)");
    // A spreadsheet would run this; the apostrophe keeps it text.
    EXPECT_EQ(records[1][3], "'=HYPERLINK(\"http://x\")");
}

TEST(ReportEscape, LatexEscapesEverySpecialCharacter) {
    std::string tex = written(hostile_document(), Format::tex);
    const std::string expected =
        "\\textless{}script\\textgreater{}alert(\"x\\&y\")\\textless{}/script\\textgreater{} 'q' 50\\% \\$5 "
        "\\textbar{} a\\_b \\{c\\} \\textasciitilde{} \\textasciicircum{} \\#1 \\textbackslash{} back line "
        "\U0001F4A1 \u00E9";
    EXPECT_NE(tex.find(expected), std::string::npos) << tex;
    // The matrix mark `--` must not become an en dash.
    EXPECT_NE(tex.find(" & -{}-"), std::string::npos) << tex;
    EXPECT_NE(tex.find("\\toprule"), std::string::npos);
    EXPECT_NE(tex.find("\\bottomrule"), std::string::npos);
}

TEST(ReportEscape, MarkdownEscapesMarkupAndTablePipes) {
    std::string md = written(hostile_document(), Format::md);
    const std::string escaped = "\\<script\\>alert(\"x&amp;y\")\\</script\\> 'q' 50% \\$5 \\| a\\_b {c} \\~ ^ \\#1 \\\\ back line";
    EXPECT_NE(md.find("# " + escaped), std::string::npos) << md;
    EXPECT_NE(md.find("| " + escaped), std::string::npos) << md;
    EXPECT_EQ(md.find("<script>"), std::string::npos);
    // Every table line has exactly as many unescaped pipes as the table has borders.
    std::istringstream lines(md);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] != '|') continue;
        std::size_t pipes = 0;
        for (std::size_t i = 0; i < line.size(); ++i)
            if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++pipes;
        EXPECT_EQ(pipes, 3u) << line;
    }
}

TEST(ReportEscape, MarkdownBlockStartsCannotOpenHeadingsOrLists) {
    Document doc{.report = "x", .page = "x", .title = "x"};
    for (const char* start : {"# not a heading", "- not a list", "+ not a list", "12. not a list", "= not a rule"})
        doc.blocks.push_back(Paragraph{{text(start)}});
    std::string md = written(doc, Format::md);
    EXPECT_EQ(md, "\\# not a heading\n\n\\- not a list\n\n\\+ not a list\n\n12\\. not a list\n\n\\= not a rule\n");
}

TEST(ReportEscape, JsonKeepsTextAndTypes) {
    std::string json = written(hostile_document(), Format::json);
    EXPECT_NE(json.find("\"text\": \"<script>alert(\\\"x&y\\\")</script> 'q' 50% $5 | a_b {c} ~ ^ #1 \\\\ back\\nline"),
              std::string::npos)
        << json;
    EXPECT_NE(json.find("\"value\": {\n        \"value\": 1,\n        \"derived\": true\n      }"), std::string::npos) << json;
}

}  // namespace
}  // namespace stance::report
