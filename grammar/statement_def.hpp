#pragma once
// Definitions of the statements. A keyword or an opening brace commits the parser (`>`): what
// follows is expected, and a failure is reported by statement_class::on_error with the name of
// the missing part. Statements that start with an id backtrack (`>>`) until their verb.
#include "grammar/block.hpp"
#include "grammar/lexical.hpp"
#include "grammar/statement.hpp"

namespace stance::grammar {
namespace statements {

struct include_class {};
struct source_class {};
struct expert_class {};
struct topic_class {};
struct claim_class {};
struct stance_class {};
struct relation_class {};
struct from_open_class {};
struct from_close_class {};
struct language_class {};
struct because_class {};

struct statement_class {
    template <typename Iterator, typename Exception, typename Context>
    x3::error_handler_result on_error(Iterator&, Iterator const&, Exception const& failure,
                                      Context const& context) {
        state_of(context).expected(failure.where(), failure.which());
        return x3::error_handler_result::fail;
    }
};

x3::rule<include_class, ast::Include> const include = "include";
x3::rule<source_class, ast::Declaration> const source = "source";
x3::rule<expert_class, ast::Declaration> const expert = "expert";
x3::rule<topic_class, ast::Declaration> const topic = "topic";
x3::rule<claim_class, ast::Declaration> const claim = "claim";
x3::rule<stance_class, ast::Stance> const stance = "stance";
x3::rule<relation_class, ast::Relation> const relation = "relation";
x3::rule<from_open_class, ast::FromOpen> const from_open = "from";
x3::rule<from_close_class, ast::FromClose> const from_close = "'}'";
x3::rule<language_class, LanguageStatement> const language = "language";
statement_type const statement = "a statement";

template <auto member>
struct set_member {
    template <typename Context>
    void operator()(Context& ctx) const {
        x3::_val(ctx).*member = std::move(x3::_attr(ctx));
    }
};
template <auto member>
inline constexpr set_member<member> set{};

// Passes only the given keyword.
struct only {
    Keyword word;
    template <typename Context>
    void operator()(Context& ctx) const {
        x3::_pass(ctx) = x3::_attr(ctx).word == word;
    }
};
inline auto kw(Keyword word) { return keyword()[only{word}]; }

auto const only_stance_verb = [](auto& ctx) { x3::_pass(ctx) = is_stance_verb(x3::_attr(ctx).word); };
auto const only_relation_verb = [](auto& ctx) { x3::_pass(ctx) = is_relation_verb(x3::_attr(ctx).word); };

auto const set_stance_verb = [](auto& ctx) {
    KeywordToken const& token = x3::_attr(ctx);
    auto& node = x3::_val(ctx);
    node.verb = token.word == Keyword::asserts  ? ast::StanceVerb::asserts
                  : token.word == Keyword::denies ? ast::StanceVerb::denies
                                                  : ast::StanceVerb::qualifies;
    node.verb_span = token.span;
};
auto const set_strongly = [](auto& ctx) { x3::_val(ctx).strongly = x3::_attr(ctx).span; };
auto const set_relation_verb = [](auto& ctx) {
    switch (x3::_attr(ctx).word) {
    case Keyword::contradicts: x3::_val(ctx).verb = ast::RelationVerb::contradicts; break;
    case Keyword::equivalent: x3::_val(ctx).verb = ast::RelationVerb::equivalent; break;
    case Keyword::supports: x3::_val(ctx).verb = ast::RelationVerb::supports; break;
    case Keyword::undermines: x3::_val(ctx).verb = ast::RelationVerb::undermines; break;
    default: x3::_val(ctx).verb = ast::RelationVerb::implies; break;
    }
};
template <ast::DeclarationKind kind>
struct set_kind {
    template <typename Context>
    void operator()(Context& ctx) const {
        x3::_val(ctx).kind = kind;
    }
};

auto const stance_verb = keyword()[only_stance_verb];
auto const relation_verb = keyword()[only_relation_verb];
auto const optional_block = -block()[set<&ast::Declaration::block>];

auto const include_def = spanned[
    kw(Keyword::include)
    > named("a string after 'include' (the path of the file to include)", string())
          [set<&ast::Include::path>]];

auto const source_def = spanned[
    kw(Keyword::source)[set_kind<ast::DeclarationKind::source>{}]
    > named("the source's id after 'source'", reference())[set<&ast::Declaration::id>]
    > -string()[set<&ast::Declaration::text>]
    > optional_block];

auto const expert_def = spanned[
    kw(Keyword::expert)[set_kind<ast::DeclarationKind::expert>{}]
    > named("the expert's id after 'expert'", reference())[set<&ast::Declaration::id>]
    > named("a string after the expert's id (the expert's full name)", string())
          [set<&ast::Declaration::text>]
    > optional_block];

auto const topic_def = spanned[
    kw(Keyword::topic)[set_kind<ast::DeclarationKind::topic>{}]
    > named("the topic's id after 'topic'", reference())[set<&ast::Declaration::id>]
    > named("a string after the topic's id (the question the topic asks)", string())
          [set<&ast::Declaration::text>]
    > optional_block];

auto const claim_def = spanned[
    kw(Keyword::claim)[set_kind<ast::DeclarationKind::claim>{}]
    > named("the claim's id after 'claim'", reference())[set<&ast::Declaration::id>]
    > named("a string after the claim's id (the proposition, one sentence)", string())
          [set<&ast::Declaration::text>]
    > optional_block];

// `because P, Q` after a stance's claim: shorthand for `{ because P, Q }`. `because` followed by a
// verb is the next statement (an expert whose id is `because`), so the first reason is not
// committed to.
x3::rule<because_class, ast::Attribute> const because_clause = "because";
auto const set_because_key = [](auto& ctx) {
    x3::_pass(ctx) = x3::_attr(ctx).name == "because";
    if (x3::_pass(ctx)) x3::_val(ctx).key = std::move(x3::_attr(ctx));
};
auto const push_reason = [](auto& ctx) { x3::_val(ctx).values.emplace_back(std::move(x3::_attr(ctx))); };
auto const because_clause_def = spanned[
    key()[set_because_key]
    >> identifier()[push_reason]
    > *(',' > named("a claim's id after ','", reference())[push_reason])];

// The shorthand's attribute leads the block that may follow it.
auto const set_because = [](auto& ctx) {
    ast::Attribute& because = x3::_attr(ctx);
    x3::_val(ctx).block = ast::Block{because.span, {std::move(because)}};
};
auto const set_stance_block = [](auto& ctx) {
    auto& node = x3::_val(ctx);
    ast::Block block = std::move(x3::_attr(ctx));
    if (node.block) block.attributes.insert(block.attributes.begin(), std::move(node.block->attributes.front()));
    node.block = std::move(block);
};

// expert [strongly] verb claim: committed once the verb (or `strongly`) is read. The verb is
// tried first: most stances have no `strongly`, and each try is a keyword lookup.
auto const stance_def = spanned[
    identifier()[set<&ast::Stance::expert>]
    >> (stance_verb[set_stance_verb]
        | (kw(Keyword::strongly)[set_strongly]
           > named("'asserts', 'denies' or 'qualifies' after 'strongly'", stance_verb)[set_stance_verb]))
    > named("a claim's id after the stance verb", reference())[set<&ast::Stance::claim>]
    > -because_clause[set_because]
    > -block()[set_stance_block]];

auto const relation_def = spanned[
    identifier()[set<&ast::Relation::from>]
    >> relation_verb[set_relation_verb]
    > named("a claim's id after the relation verb", reference())[set<&ast::Relation::to>]
    > -block()[set<&ast::Relation::block>]];

auto const from_open_def = spanned[
    kw(Keyword::from)
    > named("the id of a source after 'from'", reference())[set<&ast::FromOpen::source>]
    > named("'{' after the source's id (from SOURCE { ... })", x3::lit('{'))];

auto const from_close_def = spanned[x3::omit['}']];

auto const language_def = spanned[
    kw(Keyword::language)
    > named("a version number after 'language'", number())[set<&LanguageStatement::version>]];

auto const emit = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };

// One keyword lookup decides between the keyword statements and those that start with an id.
auto const statement_def =
    (&keyword()
     >> (include[emit] | source[emit] | expert[emit] | topic[emit] | claim[emit] | from_open[emit]
         | language[emit]))
    | from_close[emit] | stance[emit] | relation[emit];

BOOST_SPIRIT_DEFINE(include, source, expert, topic, claim, because_clause, stance, relation, from_open,
                    from_close, language, statement)

}  // namespace statements

statements::statement_type const& statement() { return statements::statement; }

}  // namespace stance::grammar
