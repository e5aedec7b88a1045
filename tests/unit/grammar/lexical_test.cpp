// Lexical rules of DSL.md: identifiers, keywords, strings, escapes, folding, dates, numbers,
// comments.
#include <gtest/gtest.h>

#include "unit/grammar/parse_fixture.hpp"

namespace stance::grammar::testing {
namespace {

// The value of the only string in `claim c "..."`.
std::string claim_text(const std::string& literal, Errors expected = {}) {
    Parsed p("claim c " + literal);
    EXPECT_EQ(p.errors(), expected) << literal;
    if (p.tree.statements.empty()) return "<none>";
    const auto& d = p.statement<ast::Declaration>(0);
    return d.text ? d.text->value : "<none>";
}

// The values of `key` in `claim c "x" { key ... }`.
std::vector<ast::Value> values(const std::string& values_text, Errors expected = {}) {
    Parsed p("claim c \"x\" { key " + values_text + " }");
    EXPECT_EQ(p.errors(), expected) << values_text;
    if (p.tree.statements.empty()) return {};
    const auto& d = p.statement<ast::Declaration>(0);
    if (!d.block || d.block->attributes.empty()) return {};
    return d.block->attributes[0].values;
}

TEST(GrammarLexical, IdentifiersWithDotsAndDashes) {
    Parsed p("csto.members-sovereign undermines csto.russia_controls-2\n_a.b-c.D9 implies x");
    ASSERT_EQ(p.errors(), Errors{});
    ASSERT_EQ(p.tree.statements.size(), 2u);
    const auto& r = p.statement<ast::Relation>(0);
    EXPECT_EQ(r.from.name, "csto.members-sovereign");
    EXPECT_EQ(r.to.name, "csto.russia_controls-2");
    EXPECT_EQ(p.text_of(r.from.span), "csto.members-sovereign");
    EXPECT_EQ(p.statement<ast::Relation>(1).from.name, "_a.b-c.D9");
}

TEST(GrammarLexical, KeywordsAreReservedOnlyAsWholeIdentifiers) {
    Parsed p("source.x asserts csto.source\nclaims denies claim-x\nfrom.y qualifies sources");
    EXPECT_EQ(p.errors(), Errors{});
    ASSERT_EQ(p.tree.statements.size(), 3u);
    EXPECT_EQ(p.statement<ast::Stance>(0).expert.name, "source.x");
    EXPECT_EQ(p.statement<ast::Stance>(0).claim.name, "csto.source");
    EXPECT_EQ(p.statement<ast::Stance>(1).expert.name, "claims");
    EXPECT_EQ(p.statement<ast::Stance>(1).claim.name, "claim-x");
    EXPECT_EQ(p.statement<ast::Stance>(2).claim.name, "sources");
}

TEST(GrammarLexical, KeywordWhereAnIdIsExpected) {
    Parsed p("claim asserts \"x\"\ncornell denies strongly\n");
    EXPECT_EQ(p.errors(), (Errors{"1:7 keyword-as-identifier", "2:16 keyword-as-identifier"}));
    // Taken as the id so that the rest of the statement is still read.
    ASSERT_EQ(p.tree.statements.size(), 2u);
    EXPECT_EQ(p.statement<ast::Declaration>(0).text->value, "x");
    EXPECT_EQ(p.text_of(p.sink.diagnostics()[0].where), "asserts");
}

TEST(GrammarLexical, Escapes) {
    EXPECT_EQ(claim_text(R"("a\"b")"), "a\"b");
    EXPECT_EQ(claim_text(R"("a\\b")"), "a\\b");
    EXPECT_EQ(claim_text(R"("a\nb")"), "a\nb");
    EXPECT_EQ(claim_text(R"("a\tb")"), "a\tb");
    EXPECT_EQ(claim_text(R"("\u{1F4A1}")"), "\xF0\x9F\x92\xA1");
    EXPECT_EQ(claim_text(R"("\u{e9}\u{0041}")"), "\xC3\xA9"
                                                 "A");
    EXPECT_EQ(claim_text(R"("\u{10FFFF}")"), "\xF4\x8F\xBF\xBF");
}

TEST(GrammarLexical, BadEscapes) {
    // Columns: claim c "a\q  -> the backslash is at column 11.
    claim_text(R"("a\qb")", {"1:11 bad-escape"});
    claim_text(R"("\u{110000}")", {"1:10 bad-escape"});
    claim_text(R"("\u{D800}")", {"1:10 bad-escape"});
    claim_text(R"("\u{}")", {"1:10 bad-escape"});
    claim_text(R"("\u{1234567}")", {"1:10 bad-escape"});
    claim_text(R"("\u41")", {"1:10 bad-escape"});
    claim_text(R"("ok \u{41")", {"1:13 bad-escape"});
    Parsed p(R"(claim c "\x41")");
    ASSERT_EQ(p.errors(), Errors{"1:10 bad-escape"});
    EXPECT_EQ(p.text_of(p.first().where), "\\x");
}

TEST(GrammarLexical, WhiteSpaceIsFoldedAndTrimmed) {
    EXPECT_EQ(claim_text("\"  Russia   controls\n\t the\r\n   CSTO.  \""), "Russia controls the CSTO.");
    EXPECT_EQ(claim_text("\"\n\n\""), "");
    EXPECT_EQ(claim_text("\"a b\""), "a b");
    // Characters produced by escapes are kept as they are, not folded or trimmed.
    EXPECT_EQ(claim_text(R"("  \n  a \t\t b\n ")"), "\n a \t\t b\n");
    // Other characters, typographic quotes and no-break spaces included, are kept.
    EXPECT_EQ(claim_text("\"\xE2\x80\x9Cquoted\xE2\x80\x9D\xC2\xA0x\xE2\x80\xA6\""),
              "\xE2\x80\x9Cquoted\xE2\x80\x9D\xC2\xA0x\xE2\x80\xA6");
}

// Prose is copied several bytes at a time: folding must not depend on where white space, quotes,
// escapes or letters outside ASCII fall among them, whether or not the file is valid UTF-8.
TEST(GrammarLexical, LongStringsFoldWhereverTheirWhiteSpaceFalls) {
    for (std::size_t shift = 0; shift < 20; ++shift) {
        std::string literal(shift, 'x');
        std::string expected(shift, 'x');
        for (int round = 0; round < 3; ++round) {
            literal += " Wages and growth:  for now,\tBrussels\n  leads \xE2\x80\x93 indeed \\\"so\\\" it  said.";
            expected += " Wages and growth: for now, Brussels leads \xE2\x80\x93 indeed \"so\" it said.";
        }
        literal += std::string(shift % 9, 'y') + "  ";
        expected += std::string(shift % 9, 'y');
        if (shift == 0) expected.erase(0, 1);  // trimmed
        EXPECT_EQ(claim_text("\"" + literal + "\""), expected) << shift;
        Parsed invalid("# \xFF\nclaim c \"" + literal + "\"");
        EXPECT_EQ(invalid.errors(), Errors{"1:3 invalid-utf8"});
        EXPECT_EQ(invalid.statement<ast::Declaration>(0).text->value, expected) << shift;
    }
}

TEST(GrammarLexical, StringSpanCoversTheQuotes) {
    Parsed p("claim c \"a\\\"b\"  # comment");
    ASSERT_EQ(p.errors(), Errors{});
    EXPECT_EQ(p.text_of(p.statement<ast::Declaration>(0).text->span), "\"a\\\"b\"");
    EXPECT_EQ(p.text_of(p.statement<ast::Declaration>(0).span), "claim c \"a\\\"b\"");
}

TEST(GrammarLexical, UnterminatedString) {
    Parsed q("claim a \"fine\"\nclaim b \"never closed\n");
    EXPECT_EQ(q.errors(), Errors{"2:9 unterminated-string"});
}

TEST(GrammarLexical, InvalidUtf8InAString) {
    Parsed p("claim c \"caf\xC3\xA9 \xC3\x28 x\"");
    EXPECT_EQ(p.errors(), Errors{"1:15 invalid-utf8"});
    // The value stays valid UTF-8 for the rest of stance.
    EXPECT_EQ(p.statement<ast::Declaration>(0).text->value, "caf\xC3\xA9 \xEF\xBF\xBD( x");
    Parsed overlong("claim c \"\xC0\xAF\"");
    EXPECT_EQ(overlong.errors(), Errors{"1:10 invalid-utf8"});
    Parsed surrogate("claim c \"\xED\xA0\x80\"");
    EXPECT_EQ(surrogate.errors(), Errors{"1:10 invalid-utf8"});
}

TEST(GrammarLexical, InvalidUtf8InAComment) {
    Parsed p("# caf\xE9\nclaim c \"x\" # \xFF\xFE\n");
    EXPECT_EQ(p.errors(), (Errors{"1:6 invalid-utf8", "2:15 invalid-utf8"}));
    EXPECT_EQ(p.tree.statements.size(), 1u);
}

TEST(GrammarLexical, Dates) {
    auto v = values("2022-10, 2024-02-29, 2000-02-29, 1999-12-31");
    ASSERT_EQ(v.size(), 4u);
    const auto& d0 = std::get<ast::Date>(v[0]);
    EXPECT_EQ(d0.year, 2022);
    EXPECT_EQ(d0.month, 10);
    EXPECT_EQ(d0.day, 0);
    const auto& d1 = std::get<ast::Date>(v[1]);
    EXPECT_EQ(d1.year, 2024);
    EXPECT_EQ(d1.month, 2);
    EXPECT_EQ(d1.day, 29);
    EXPECT_EQ(std::get<ast::Date>(v[2]).day, 29);
    EXPECT_EQ(std::get<ast::Date>(v[3]).month, 12);
}

TEST(GrammarLexical, DatesThatDoNotExist) {
    // `claim c "x" { key ` is 18 columns: the value starts at column 19.
    values("2023-02-29", {"1:19 bad-date"});
    values("1900-02-29", {"1:19 bad-date"});
    values("2022-13", {"1:19 bad-date"});
    values("2022-00", {"1:19 bad-date"});
    values("2022-04-31", {"1:19 bad-date"});
    values("2022-04-00", {"1:19 bad-date"});
    values("2022-4-1", {"1:19 bad-date"});
    values("2022-10-01-02", {"1:19 bad-date"});
    values("2022-1x", {"1:19 syntax"});
}

TEST(GrammarLexical, BareNumbersAreIntegers) {
    auto v = values("2022, 0, 9223372036854775807");
    ASSERT_EQ(v.size(), 3u);
    EXPECT_EQ(std::get<ast::Integer>(v[0]).value, 2022);
    EXPECT_EQ(std::get<ast::Integer>(v[1]).value, 0);
    EXPECT_EQ(std::get<ast::Integer>(v[2]).value, INT64_MAX);
    values("9223372036854775808", {"1:19 syntax"});
}

TEST(GrammarLexical, CommentsAndLayout) {
    Parsed p("# a comment\nclaim # here too\n  c\n\"x\" # and here\n{ # even here\n tag a # x\n}#end");
    ASSERT_EQ(p.errors(), Errors{});
    ASSERT_EQ(p.tree.statements.size(), 1u);
    const auto& d = p.statement<ast::Declaration>(0);
    EXPECT_EQ(d.id.name, "c");
    ASSERT_TRUE(d.block);
    EXPECT_EQ(d.block->attributes.size(), 1u);
    // A `#` inside a string is not a comment.
    Parsed q("claim c \"# not a comment\"");
    EXPECT_EQ(q.statement<ast::Declaration>(0).text->value, "# not a comment");
}

}  // namespace
}  // namespace stance::grammar::testing
