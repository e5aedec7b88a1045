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
    EXPECT_EQ(Parsed("e asserts c { quote \"a\"").errors(), Errors{"1:24 syntax"});
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
    // The first string runs to the quote of line 2; `Members are` is then read as a statement.
    ASSERT_EQ(p.errors(), Errors{"2:18 syntax"});
    ASSERT_EQ(p.first().notes.size(), 1u);
    EXPECT_EQ(p.file.line_column(p.first().notes[0].where.begin).line, 1u);
    EXPECT_EQ(p.file.line_column(p.first().notes[0].where.begin).column, 9u);
    // The quote left unpaired at the end of line 2 does not swallow the statements after it.
    ASSERT_EQ(p.tree.statements.size(), 2u);
    EXPECT_EQ(p.statement<ast::Declaration>(1).id.name, "c");
    Parsed fine("claim a \"two\n lines\" { tag }");
    ASSERT_EQ(fine.errors(), Errors{"2:15 syntax"});
    EXPECT_TRUE(fine.first().notes.empty());
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
