// Syntax errors: each code at its exact line:column, messages that say what was expected,
// suggestions for misspelt keywords, and recovery at the next statement.
#include <gtest/gtest.h>

#include "unit/grammar/parse_fixture.hpp"

namespace stance::grammar::testing {
namespace {

std::size_t count_of(const ast::File& tree, std::size_t index) {
    std::size_t n = 0;
    for (const auto& s : tree.statements) n += s.index() == index;
    return n;
}

TEST(GrammarErrors, UnexpectedTokenAtStatementStart) {
    Parsed p("claim c \"x\"\n@@@\nclaim d \"y\"");
    EXPECT_EQ(p.errors(), Errors{"2:1 syntax"});
    EXPECT_EQ(p.tree.statements.size(), 2u);
    EXPECT_EQ(p.text_of(p.first().where), "@");
}

TEST(GrammarErrors, MissingStringSaysWhatWasExpected) {
    Parsed p("expert cornell\nclaim c \"x\"");
    ASSERT_EQ(p.errors(), Errors{"2:1 syntax"});
    EXPECT_NE(p.first().message.find("expected a string after the expert's id (the expert's full name)"),
              std::string::npos)
        << p.first().message;
    EXPECT_NE(p.first().message.find("found 'claim'"), std::string::npos) << p.first().message;
    EXPECT_EQ(p.text_of(p.first().where), "claim");
    // The statement that follows is read.
    ASSERT_EQ(p.tree.statements.size(), 1u);
    EXPECT_EQ(p.statement<ast::Declaration>(0).id.name, "c");
}

TEST(GrammarErrors, ExpectationsInEveryStatement) {
    EXPECT_EQ(Parsed("include claims").errors(), Errors{"1:9 syntax"});
    EXPECT_EQ(Parsed("source \"Title\"").errors(), Errors{"1:8 syntax"});
    EXPECT_EQ(Parsed("topic t { parent x }").errors(), Errors{"1:9 syntax"});
    EXPECT_EQ(Parsed("claim c").errors(), Errors{"1:8 syntax"});
    EXPECT_EQ(Parsed("a implies \"b\"").errors(), Errors{"1:11 syntax"});
    EXPECT_EQ(Parsed("e asserts c { quote }").errors(), Errors{"1:21 syntax"});
    EXPECT_EQ(Parsed("e asserts c { quote \"a\", }").errors(), Errors{"1:26 syntax"});
    EXPECT_EQ(Parsed("e asserts c { quote \"a\"").errors(), Errors{"1:13 unclosed-block"});
    EXPECT_EQ(Parsed("from s e asserts c").errors(), Errors{"1:8 syntax"});
    EXPECT_EQ(Parsed("language one").errors(), Errors{"1:10 syntax"});
}

TEST(GrammarErrors, UnsupportedLanguage) {
    Parsed p("language 2\nclaim c \"x\"");
    EXPECT_EQ(p.errors(), Errors{"1:10 unsupported-language"});
    EXPECT_EQ(p.tree.statements.size(), 1u);
}

TEST(GrammarErrors, LanguageOnlyFirst) {
    Parsed p("claim c \"x\"\nlanguage 1\n");
    EXPECT_EQ(p.errors(), Errors{"2:1 syntax"});
    EXPECT_FALSE(p.tree.language);
}

TEST(GrammarErrors, FromTooDeepIsReportedOncePerRun) {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "from s {\n";
    for (int i = 0; i < 10; ++i) text += "}\n";         // back to depth 30
    for (int i = 0; i < 5; ++i) text += "  from s {\n";  // depth 35 again: a second run
    for (int i = 0; i < 35; ++i) text += "}\n";
    Parsed p(text);
    EXPECT_EQ(p.errors(), (Errors{"33:1 from-too-deep", "53:3 from-too-deep"}));
    EXPECT_EQ(p.text_of(p.first().where), "from");
    EXPECT_EQ(count_of(p.tree, 4), 45u);  // FromOpen
    EXPECT_EQ(count_of(p.tree, 5), 45u);  // FromClose
}

TEST(GrammarErrors, UnclosedFromAtEndOfFile) {
    Parsed p("from a {\n  from b {\n    e asserts c\n  }\n");
    EXPECT_EQ(p.errors(), Errors{"1:1 syntax"});
    ASSERT_EQ(p.tree.statements.size(), 5u);
    EXPECT_TRUE(std::holds_alternative<ast::FromClose>(p.tree.statements[4]));
}

TEST(GrammarErrors, StrayClosingBrace) {
    Parsed p("claim c \"x\"\n}\nclaim d \"y\"");
    EXPECT_EQ(p.errors(), Errors{"2:1 syntax"});
    EXPECT_EQ(p.tree.statements.size(), 2u);
}

TEST(GrammarErrors, BrokenFromStillOpensItsBlock) {
    Parsed p("from {\n  e asserts c\n}\nclaim x \"y\"");
    EXPECT_EQ(p.errors(), Errors{"1:6 syntax"});  // no stray '}' follows
    ASSERT_EQ(p.tree.statements.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<ast::Stance>(p.tree.statements[0]));
    EXPECT_TRUE(std::holds_alternative<ast::Declaration>(p.tree.statements[1]));
}

TEST(GrammarErrors, MisspeltKeywordsGetASuggestion) {
    Parsed p("clam x \"A claim.\"\nexpret cornell \"Svante Cornell\"\ncornell asert x\nsorce s\n");
    ASSERT_EQ(p.errors(), (Errors{"1:1 syntax", "2:1 syntax", "3:9 syntax", "4:1 syntax"}));
    const auto& d = p.sink.diagnostics();
    EXPECT_EQ(d[0].suggestion, "claim");
    EXPECT_EQ(d[1].suggestion, "expert");
    EXPECT_EQ(d[2].suggestion, "asserts");
    EXPECT_EQ(d[3].suggestion, "source");
    EXPECT_EQ(p.text_of(d[2].where), "asert");
}

TEST(GrammarErrors, StatementCannotStartWithAVerb) {
    Parsed p("asserts x\nclaim c \"x\"");
    EXPECT_EQ(p.errors(), Errors{"1:1 syntax"});
    EXPECT_EQ(p.tree.statements.size(), 1u);
}

TEST(GrammarErrors, EveryBrokenStatementIsReported) {
    Parsed p("expert cornell \"Svante Cornell\"\n"
             "claim a \"A\"\n"
             "claim b { topic t }\n"
             "cornell asserts { quote \"q\" }\n"
             "claim c \"C\"\n"
             "cornell strongly maybe a\n"
             "cornell denies c\n");
    EXPECT_EQ(p.errors(), (Errors{"3:9 syntax", "4:17 syntax", "6:18 syntax"}));
    ASSERT_EQ(p.tree.statements.size(), 4u);
    EXPECT_EQ(p.statement<ast::Declaration>(2).id.name, "c");
    EXPECT_EQ(p.statement<ast::Stance>(3).verb, ast::StanceVerb::denies);
}

TEST(GrammarErrors, ErrorInsideABlockSkipsTheBlock) {
    Parsed p("e asserts c {\n quote \"a\" \"b\"\n at \"p\"\n}\nclaim d \"y\"");
    EXPECT_EQ(p.errors(), Errors{"2:12 syntax"});
    ASSERT_EQ(p.tree.statements.size(), 1u);
    EXPECT_EQ(p.statement<ast::Declaration>(0).id.name, "d");
}

TEST(GrammarErrors, LexicalErrorsDoNotLoseTheStatement) {
    Parsed p("claim c \"bad \\q escape\" { date 2023-02-29 }\nclaim d \"y\"");
    EXPECT_EQ(p.errors(), (Errors{"1:14 bad-escape", "1:32 bad-date"}));
    EXPECT_EQ(p.tree.statements.size(), 2u);
}

TEST(GrammarErrors, MissingClosingQuoteIsPointedAt) {
    Parsed p("claim a \"Russia controls the CSTO.\nclaim b \"Members are sovereign.\"\nclaim c \"x\"\n");
    // The first string would run to the quote of line 2, a line that reads as a statement: it is
    // reported at its opening quote and ends with its line, so that line 2 is read.
    ASSERT_EQ(p.errors(), Errors{"1:9 unterminated-string"});
    EXPECT_NE(p.first().message.find("on line 1"), std::string::npos) << p.first().message;
    ASSERT_EQ(p.tree.statements.size(), 3u);
    EXPECT_EQ(p.statement<ast::Declaration>(0).text->value, "Russia controls the CSTO.");
    EXPECT_EQ(p.statement<ast::Declaration>(1).text->value, "Members are sovereign.");
    // A quote wrapped over lines is fine.
    Parsed fine("claim a \"two\n lines\" { tag }");
    ASSERT_EQ(fine.errors(), Errors{"2:15 syntax"});
    EXPECT_TRUE(fine.first().notes.empty());
    // Its closing quote glued to the next word: it opens the next string.
    Parsed glued("e asserts c {\n  quote \"it must\n  refrain\n  note \"x\"\n}\n");
    ASSERT_EQ(glued.errors(), Errors{"2:9 unterminated-string"});
    EXPECT_NE(glued.first().message.find("on line 3"), std::string::npos) << glued.first().message;
    // Without its closing quote at the end of the file.
    EXPECT_EQ(Parsed("claim a \"x\n  y").errors(), Errors{"1:9 unterminated-string"});
}

TEST(GrammarErrors, QuoteInsideAStringIsPointedAt) {
    Parsed p("e asserts c { quote \"so-called \"unwarranted\" interference\" at \"p\" }");
    ASSERT_EQ(p.errors(), Errors{"1:32 unescaped-quote"});
    const auto& block = *p.statement<ast::Stance>(0).block;
    ASSERT_EQ(block.attributes.size(), 2u);
    EXPECT_EQ(std::get<ast::String>(block.attributes[0].values[0]).value,
              "so-called \"unwarranted\" interference");
}

TEST(GrammarErrors, TypographicQuotesAreReportedWithTheFix) {
    Parsed p("e asserts c { quote \u201Cit is \"so\"\u201D }");
    ASSERT_EQ(p.errors(), Errors{"1:21 typographic-quotes"});
    EXPECT_EQ(p.first().suggestion, "\"it is \\\"so\\\"\"");
    EXPECT_EQ(std::get<ast::String>(p.statement<ast::Stance>(0).block->attributes[0].values[0]).value, "it is \"so\"");
}

TEST(GrammarErrors, NonAsciiIdsAreSpelledInAscii) {
    Parsed p("expert p\u00F6rtner \"P\"\nexpert \u0110ukanovi\u0107 \"D\"\nexpert \u043B\u0435 \"C\"\n");
    ASSERT_EQ(p.errors(), (Errors{"1:8 non-ascii-id", "2:8 non-ascii-id", "3:8 non-ascii-id"}));
    const auto& d = p.sink.diagnostics();
    EXPECT_EQ(d[0].suggestion, "poertner");
    EXPECT_EQ(d[1].suggestion, "Dukanovic");
    EXPECT_EQ(d[2].suggestion, "");
    EXPECT_EQ(p.statement<ast::Declaration>(0).id.name, "poertner");
}

TEST(GrammarErrors, UnclosedBlockKeepsTheStatementsAround) {
    Parsed p("a asserts c {\n  quote \"x\"\nb denies c { quote \"y\" }\nclaim d \"D\" {\n  topic t\n");
    ASSERT_EQ(p.errors(), (Errors{"1:13 unclosed-block", "4:13 unclosed-block"}));
    EXPECT_NE(p.first().message.find("the block opened at 1:13 is not closed"), std::string::npos);
    ASSERT_EQ(p.tree.statements.size(), 3u);
    EXPECT_EQ(p.statement<ast::Stance>(0).block->attributes.size(), 1u);
    EXPECT_EQ(p.statement<ast::Stance>(1).expert.name, "b");
}

TEST(GrammarErrors, BrokenDeclarationsAreRemembered) {
    Parsed p("clam a \"A\"\nclaim b\nexpret e \"E\"\nzogg asert x\n");
    ASSERT_EQ(p.tree.broken.size(), 3u);
    EXPECT_EQ(p.tree.broken[0].id.name, "a");
    EXPECT_EQ(p.tree.broken[1].id.name, "b");
    EXPECT_EQ(p.tree.broken[2].id.name, "e");
}

TEST(GrammarErrors, RangesCoverTheOffendingToken) {
    Parsed p("cornell asserts csto.russia-controls\ncornell asserts\n  claim x \"y\"");
    // The statement keyword on the next line is not taken as the missing claim id.
    ASSERT_EQ(p.errors(), Errors{"3:3 syntax"});
    EXPECT_EQ(p.text_of(p.first().where), "claim");
    EXPECT_EQ(p.tree.statements.size(), 2u);
}

}  // namespace
}  // namespace stance::grammar::testing
