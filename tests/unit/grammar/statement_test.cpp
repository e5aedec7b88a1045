// Every statement of DSL.md and the values of attributes, down to the tree and its spans.
#include <gtest/gtest.h>

#include "grammar/lexer.hpp"
#include "stance/util/source_file.hpp"
#include "unit/grammar/parse_fixture.hpp"

namespace stance::grammar::testing {
namespace {

TEST(GrammarStatements, Include) {
    Parsed p("include \"../experts.claims\"");
    ASSERT_EQ(p.errors(), Errors{});
    const auto& inc = p.statement<ast::Include>(0);
    EXPECT_EQ(inc.path.value, "../experts.claims");
    EXPECT_EQ(p.text_of(inc.span), "include \"../experts.claims\"");
}

TEST(GrammarStatements, Declarations) {
    Parsed p("source s\nsource t \"Title\"\nsource u { kind article }\nexpert e \"Full Name\"\n"
             "topic t.q \"Who steers?\" { parent t }\nclaim c \"Russia controls the CSTO.\"");
    ASSERT_EQ(p.errors(), Errors{});
    ASSERT_EQ(p.tree.statements.size(), 6u);
    const auto& s = p.statement<ast::Declaration>(0);
    EXPECT_EQ(s.kind, ast::DeclarationKind::source);
    EXPECT_EQ(s.id.name, "s");
    EXPECT_FALSE(s.text);
    EXPECT_FALSE(s.block);
    EXPECT_EQ(p.text_of(s.span), "source s");
    EXPECT_EQ(p.statement<ast::Declaration>(1).text->value, "Title");
    const auto& u = p.statement<ast::Declaration>(2);
    EXPECT_FALSE(u.text);
    ASSERT_TRUE(u.block);
    EXPECT_EQ(p.text_of(u.block->span), "{ kind article }");
    EXPECT_EQ(p.statement<ast::Declaration>(3).kind, ast::DeclarationKind::expert);
    EXPECT_EQ(p.statement<ast::Declaration>(3).text->value, "Full Name");
    const auto& t = p.statement<ast::Declaration>(4);
    EXPECT_EQ(t.kind, ast::DeclarationKind::topic);
    EXPECT_EQ(t.id.name, "t.q");
    EXPECT_EQ(t.block->attributes.at(0).key.name, "parent");
    EXPECT_EQ(p.statement<ast::Declaration>(5).kind, ast::DeclarationKind::claim);
}

TEST(GrammarStatements, Relations) {
    Parsed p("a implies b\na contradicts b\na equivalent b\na supports b\na undermines b { note \"n\" }");
    ASSERT_EQ(p.errors(), Errors{});
    ASSERT_EQ(p.tree.statements.size(), 5u);
    const ast::RelationVerb verbs[] = {ast::RelationVerb::implies, ast::RelationVerb::contradicts,
                                       ast::RelationVerb::equivalent, ast::RelationVerb::supports,
                                       ast::RelationVerb::undermines};
    for (std::size_t i = 0; i < 5; ++i) {
        const auto& r = p.statement<ast::Relation>(i);
        EXPECT_EQ(r.verb, verbs[i]);
        EXPECT_EQ(r.from.name, "a");
        EXPECT_EQ(r.to.name, "b");
    }
    EXPECT_EQ(p.text_of(p.statement<ast::Relation>(4).span), "a undermines b { note \"n\" }");
}

TEST(GrammarStatements, Stances) {
    Parsed p("e asserts c\ne denies c\ne qualifies c\ne strongly asserts c\ne  strongly\n denies c {}\n"
             "e strongly qualifies c");
    ASSERT_EQ(p.errors(), Errors{});  // `strongly qualifies` is the resolver's to report
    ASSERT_EQ(p.tree.statements.size(), 6u);
    const auto& a = p.statement<ast::Stance>(0);
    EXPECT_EQ(a.verb, ast::StanceVerb::asserts);
    EXPECT_FALSE(a.strongly);
    EXPECT_EQ(p.text_of(a.verb_span), "asserts");
    EXPECT_EQ(p.statement<ast::Stance>(1).verb, ast::StanceVerb::denies);
    EXPECT_EQ(p.statement<ast::Stance>(2).verb, ast::StanceVerb::qualifies);
    const auto& sd = p.statement<ast::Stance>(4);
    ASSERT_TRUE(sd.strongly);
    EXPECT_EQ(p.text_of(*sd.strongly), "strongly");
    EXPECT_EQ(sd.verb, ast::StanceVerb::denies);
    ASSERT_TRUE(sd.block);
    EXPECT_TRUE(sd.block->attributes.empty());
    EXPECT_EQ(p.text_of(sd.span), "e  strongly\n denies c {}");
    const auto& sq = p.statement<ast::Stance>(5);
    EXPECT_TRUE(sq.strongly);
    EXPECT_EQ(sq.verb, ast::StanceVerb::qualifies);
}

TEST(GrammarStatements, BecauseShorthand) {
    Parsed p("e asserts c because p\ne denies c because p, q { quote \"x\" }\ne asserts c\nbecause asserts d\n");
    ASSERT_EQ(p.errors(), Errors{});
    ASSERT_EQ(p.tree.statements.size(), 4u);
    const auto& one = *p.statement<ast::Stance>(0).block;
    ASSERT_EQ(one.attributes.size(), 1u);
    EXPECT_EQ(one.attributes[0].key.name, "because");
    EXPECT_EQ(std::get<ast::Identifier>(one.attributes[0].values[0]).name, "p");
    EXPECT_EQ(p.text_of(one.attributes[0].span), "because p");
    const auto& two = *p.statement<ast::Stance>(1).block;
    ASSERT_EQ(two.attributes.size(), 2u);
    EXPECT_EQ(two.attributes[0].values.size(), 2u);
    EXPECT_EQ(two.attributes[1].key.name, "quote");
    EXPECT_EQ(p.text_of(two.span), "{ quote \"x\" }");
    // `because` followed by a verb is an expert's id starting the next statement.
    EXPECT_FALSE(p.statement<ast::Stance>(2).block);
    EXPECT_EQ(p.statement<ast::Stance>(3).expert.name, "because");
}

TEST(GrammarStatements, CitationKeys) {
    Parsed p("source s { cite Yao:2023 }\nsource t { cite \"x y\"; note a:b }\nsource u { cite doe.j-2021/a+b_2 }");
    ASSERT_EQ(p.errors(), Errors{"2:30 syntax"});  // a key only after `cite`
    const auto& key = std::get<ast::CitationKey>(p.statement<ast::Declaration>(0).block->attributes[0].values[0]);
    EXPECT_EQ(key.text, "Yao:2023");
    EXPECT_EQ(p.text_of(key.span), "Yao:2023");
    EXPECT_EQ(std::get<ast::CitationKey>(p.statement<ast::Declaration>(1).block->attributes[0].values[0]).text,
              "doe.j-2021/a+b_2");
}

TEST(GrammarStatements, AttributeValues) {
    Parsed p("e asserts c {\n  quote \"a\", \"b\";\n  date 2022-10-05\n  because x.y, z\n  n 7\n source s;\n}");
    ASSERT_EQ(p.errors(), Errors{});
    const auto& block = *p.statement<ast::Stance>(0).block;
    ASSERT_EQ(block.attributes.size(), 5u);
    const auto& quote = block.attributes[0];
    EXPECT_EQ(quote.key.name, "quote");
    ASSERT_EQ(quote.values.size(), 2u);
    EXPECT_EQ(std::get<ast::String>(quote.values[1]).value, "b");
    EXPECT_EQ(p.text_of(quote.span), "quote \"a\", \"b\";");
    EXPECT_EQ(std::get<ast::Date>(block.attributes[1].values[0]).day, 5);
    EXPECT_EQ(std::get<ast::Identifier>(block.attributes[2].values[0]).name, "x.y");
    EXPECT_EQ(std::get<ast::Identifier>(block.attributes[2].values[1]).name, "z");
    EXPECT_EQ(std::get<ast::Integer>(block.attributes[3].values[0]).value, 7);
    // `source` is a keyword but a fine attribute key.
    EXPECT_EQ(block.attributes[4].key.name, "source");
    EXPECT_EQ(p.text_of(block.attributes[4].span), "source s;");
}

TEST(GrammarStatements, Language) {
    Parsed p("# header\nlanguage 1\nclaim c \"x\"");
    ASSERT_EQ(p.errors(), Errors{});
    ASSERT_TRUE(p.tree.language);
    EXPECT_EQ(p.tree.language->value, 1);
    EXPECT_EQ(p.tree.statements.size(), 1u);
    Parsed none("claim c \"x\"");
    EXPECT_FALSE(none.tree.language);
}

TEST(GrammarStatements, NestedFromIsFlatAndBalanced) {
    Parsed p("from a {\n  e asserts c\n  from b { from c {} }\n  e denies c\n}\n");
    ASSERT_EQ(p.errors(), Errors{});
    ASSERT_EQ(p.tree.statements.size(), 8u);
    EXPECT_EQ(p.statement<ast::FromOpen>(0).source.name, "a");
    EXPECT_EQ(p.text_of(p.statement<ast::FromOpen>(0).span), "from a {");
    EXPECT_TRUE(std::holds_alternative<ast::Stance>(p.tree.statements[1]));
    EXPECT_EQ(p.statement<ast::FromOpen>(2).source.name, "b");
    EXPECT_EQ(p.statement<ast::FromOpen>(3).source.name, "c");
    EXPECT_TRUE(std::holds_alternative<ast::FromClose>(p.tree.statements[4]));
    EXPECT_TRUE(std::holds_alternative<ast::FromClose>(p.tree.statements[5]));
    EXPECT_TRUE(std::holds_alternative<ast::Stance>(p.tree.statements[6]));
    EXPECT_EQ(p.text_of(p.statement<ast::FromClose>(7).span), "}");
}

TEST(GrammarStatements, FromAt32DeepIsFine) {
    std::string text;
    for (int i = 0; i < 32; ++i) text += "from s {\n";
    text += "e asserts c\n";
    for (int i = 0; i < 32; ++i) text += "}\n";
    Parsed p(text);
    EXPECT_EQ(p.errors(), Errors{});
    EXPECT_EQ(p.tree.statements.size(), 65u);
}

TEST(GrammarStatements, DslExampleParsesWithoutDiagnostics) {
    std::string path = std::string(STANCE_TEST_DATA) + "/grammar/dsl_example.claims";
    Parsed p(util::read_file(path));
    ASSERT_EQ(p.errors(), Errors{});
    ASSERT_EQ(p.tree.statements.size(), 11u);

    const auto& source = p.statement<ast::Declaration>(0);
    EXPECT_EQ(source.kind, ast::DeclarationKind::source);
    EXPECT_EQ(source.id.name, "eurasianet-2022");
    EXPECT_EQ(source.text->value, "Too early to call time on the CSTO");
    ASSERT_EQ(source.block->attributes.size(), 4u);
    const auto& author = source.block->attributes[2];
    EXPECT_EQ(author.key.name, "author");
    ASSERT_EQ(author.values.size(), 2u);
    EXPECT_EQ(std::get<ast::String>(author.values[1]).value, "Peter Leonard");
    const auto& date = std::get<ast::Date>(source.block->attributes[1].values[0]);
    EXPECT_EQ(date.year, 2022);
    EXPECT_EQ(date.month, 10);
    EXPECT_EQ(date.day, 0);
    EXPECT_EQ(p.file.line_column(source.span.begin).line, 2u);

    const auto& cornell = p.statement<ast::Declaration>(1);
    EXPECT_EQ(cornell.kind, ast::DeclarationKind::expert);
    EXPECT_EQ(cornell.text->value, "Svante Cornell");
    EXPECT_EQ(cornell.block->attributes.size(), 2u);
    EXPECT_EQ(p.statement<ast::Declaration>(3).kind, ast::DeclarationKind::topic);
    EXPECT_EQ(p.statement<ast::Declaration>(3).id.name, "csto.control");
    const auto& members = p.statement<ast::Declaration>(5);
    EXPECT_EQ(members.text->value, "Member states put national sovereignty above bloc logic.");

    const auto& relation = p.statement<ast::Relation>(6);
    EXPECT_EQ(relation.from.name, "csto.members-sovereign");
    EXPECT_EQ(relation.verb, ast::RelationVerb::undermines);
    EXPECT_EQ(relation.to.name, "csto.russia-controls");

    EXPECT_EQ(p.statement<ast::FromOpen>(7).source.name, "eurasianet-2022");
    const auto& nikitina = p.statement<ast::Stance>(9);
    EXPECT_EQ(nikitina.expert.name, "nikitina");
    EXPECT_TRUE(nikitina.strongly);
    EXPECT_EQ(nikitina.verb, ast::StanceVerb::denies);
    ASSERT_EQ(nikitina.block->attributes.size(), 2u);
    EXPECT_EQ(std::get<ast::String>(nikitina.block->attributes[0].values[0]).value,
              "But Nikitina questioned the notion that Russia controls the organization.");
    EXPECT_EQ(std::get<ast::Identifier>(nikitina.block->attributes[1].values[0]).name, "csto.members-sovereign");
    auto lc = p.file.line_column(nikitina.span.begin);
    EXPECT_EQ(lc.line, 27u);
    EXPECT_EQ(lc.column, 3u);
    EXPECT_TRUE(std::holds_alternative<ast::FromClose>(p.tree.statements[10]));
}

}  // namespace
}  // namespace stance::grammar::testing
