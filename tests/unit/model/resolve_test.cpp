#include "stance/model/resolve.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "support/claims_builder.hpp"

namespace stance::model {
namespace {

using diag::Code;
using test::Attr;
using test::ClaimsBuilder;
using test::date;
using test::id;
using test::num;
using test::str;

struct Resolved {
    util::SourceManager files;
    Corpus corpus;
    diag::Sink sink;

    // Every diagnostic with this code, as "file:line:column".
    std::vector<std::string> at(Code code) const {
        std::vector<std::string> places;
        for (const auto& d : sink.diagnostics())
            if (d.code == code) places.push_back(where(d.where));
        return places;
    }
    const diag::Diagnostic* first(Code code) const {
        for (const auto& d : sink.diagnostics())
            if (d.code == code) return &d;
        return nullptr;
    }
    std::string where(const diag::Location& location) const {
        const auto& file = files.get(location.file);
        auto lc = file.line_column(location.begin);
        return file.path() + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column);
    }
};

Resolved resolve_files(const std::vector<std::pair<std::string, const ClaimsBuilder*>>& files,
                       const ResolveOptions& options = {}) {
    Resolved r;
    std::vector<ast::File> trees;
    for (const auto& [path, builder] : files) {
        r.files.add(path, builder->text());
        trees.push_back(builder->tree());
    }
    r.corpus = resolve(r.files, trees, options, r.sink);
    return r;
}

Resolved resolve_one(const ClaimsBuilder& builder) { return resolve_files({{"a.claims", &builder}}); }

// The common cast: two experts, two claims, a source.
void declare_cast(ClaimsBuilder& b) {
    b.source("src", "A source");
    b.expert("zogg", "Benno Zogg");
    b.expert("cornell", "Svante Cornell");
    b.claim("csto.russia-controls", "Russia controls the CSTO.");
    b.claim("csto.members-sovereign", "Members put sovereignty first.");
}

TEST(Resolve, MultiFileCorpus) {
    ClaimsBuilder people;
    people.source("eurasianet-2022", "Too early to call time on the CSTO",
                  {{"publisher", {str("Eurasianet")}},
                   {"date", {date("2022-10")}},
                   {"author", {str("Kamila Ibragimova"), str("Peter Leonard")}},
                   {"kind", {id("article")}}});
    people.source("interview", {}, {{"title", {str("An interview")}}, {"date", {num(2021)}}});
    people.expert("cornell", "Svante Cornell",
                  {{"affiliation", {str("ISDP")}}, {"affiliation", {str("Johns Hopkins")}}, {"role", {str("director")}}});
    people.expert("nikitina", "Yulia Nikitina");

    ClaimsBuilder claims;
    claims.topic("csto", "What is the CSTO?");
    claims.topic("csto.control", "Who steers the CSTO", {{"parent", {id("csto")}}});
    claims.claim("csto.russia-controls", "Russia controls the CSTO.",
                 {{"topic", {id("csto.control")}}, {"tag", {id("power"), id("russia")}}});
    claims.claim("csto.members-sovereign", "Members put sovereignty first.", {{"date", {date("2022-09-30")}}});
    claims.relation("csto.members-sovereign", "undermines", "csto.russia-controls");
    claims.relation("csto.russia-controls", "contradicts", "csto.members-sovereign");
    claims.from("eurasianet-2022");
    claims.stance("cornell", "asserts", "csto.russia-controls", {{"quote", {str("Russian pressure")}}});
    claims.from("interview");
    int innermost = claims.stance("nikitina", "strongly denies", "csto.russia-controls",
                                  {{"because", {id("csto.members-sovereign")}}, {"at", {str("question 3")}}});
    claims.close();
    claims.stance("nikitina", "qualifies", "csto.members-sovereign",
                  {{"source", {id("interview")}}, {"quote", {str("one"), str("two")}}});
    claims.close();
    claims.stance("cornell", "strongly asserts", "csto.members-sovereign");

    auto r = resolve_files({{"people.claims", &people}, {"claims.claims", &claims}});
    ASSERT_TRUE(r.sink.diagnostics().empty()) << r.sink.diagnostics().front().message;
    const Corpus& c = r.corpus;
    ASSERT_EQ(c.files.size(), 2u);
    EXPECT_EQ(c.files[1].path, "claims.claims");
    ASSERT_EQ(c.sources.size(), 2u);
    ASSERT_EQ(c.experts.size(), 2u);
    ASSERT_EQ(c.topics.size(), 2u);
    ASSERT_EQ(c.claims.size(), 2u);
    ASSERT_EQ(c.relations.size(), 2u);
    ASSERT_EQ(c.stances.size(), 4u);

    const Source& eurasianet = c.sources[0];
    EXPECT_EQ(eurasianet.title, "Too early to call time on the CSTO");
    EXPECT_EQ(eurasianet.publisher, "Eurasianet");
    EXPECT_EQ(eurasianet.date, (Date{2022, 10, 0}));
    EXPECT_EQ(eurasianet.authors, (std::vector<std::string>{"Kamila Ibragimova", "Peter Leonard"}));
    EXPECT_EQ(eurasianet.kind, "article");
    EXPECT_EQ(c.sources[1].title, "An interview");  // from the attribute
    EXPECT_EQ(c.sources[1].date, (Date{2021, 0, 0}));  // a 4-digit number is a year
    EXPECT_EQ(c.experts[0].affiliations, (std::vector<std::string>{"ISDP", "Johns Hopkins"}));
    EXPECT_EQ(c.experts[0].role, "director");

    EXPECT_EQ(c.topics[1].parent, 0u);
    EXPECT_EQ(c.topics[0].parent, none);
    EXPECT_EQ(c.claims[0].topic, 1u);
    EXPECT_EQ(c.claims[0].tags, (std::vector<std::string>{"power", "russia"}));
    EXPECT_EQ(c.claims[1].date, (Date{2022, 9, 30}));

    EXPECT_EQ(c.relations[0].kind, RelationKind::undermines);
    EXPECT_EQ(c.relations[0].from, 1u);
    EXPECT_EQ(c.relations[0].to, 0u);
    EXPECT_EQ(c.relations[1].kind, RelationKind::contradicts);

    // In file order; sources from the enclosing `from`, the innermost winning, and the
    // attribute overriding both.
    EXPECT_EQ(c.stances[0].expert, 0u);
    EXPECT_EQ(c.stances[0].claim, 0u);
    EXPECT_EQ(c.stances[0].value, 1);
    EXPECT_EQ(c.stances[0].source, 0u);
    ASSERT_EQ(c.stances[0].quotes.size(), 1u);
    EXPECT_EQ(c.stances[0].quotes[0].text, "Russian pressure");
    EXPECT_EQ(c.stances[1].value, -2);
    EXPECT_EQ(c.stances[1].source, 1u);
    EXPECT_EQ(c.stances[1].because, (std::vector<Index>{1}));
    EXPECT_EQ(c.stances[1].at, "question 3");
    EXPECT_EQ(c.stances[2].value, 0);
    EXPECT_EQ(c.stances[2].source, 1u);
    EXPECT_EQ(c.stances[2].quotes.size(), 2u);
    EXPECT_EQ(c.stances[3].value, 2);
    EXPECT_EQ(c.stances[3].source, none);  // after both `from` blocks closed

    // Positions: file index, line, column of the statement.
    EXPECT_EQ(c.experts[1].where.file, 0u);
    EXPECT_EQ(c.experts[1].where.line, 4u);
    EXPECT_EQ(c.experts[1].where.column, 1u);
    EXPECT_EQ(c.stances[1].where.file, 1u);
    EXPECT_EQ(c.stances[1].where.line, static_cast<std::uint32_t>(innermost));
    EXPECT_EQ(c.stances[1].where.column, 1u);
    // Line 8: `cornell asserts csto.russia-controls { quote "Russian pressure" }`
    EXPECT_EQ(c.stances[0].quotes[0].where.line, 8u);
    EXPECT_EQ(c.stances[0].quotes[0].where.column, 46u);

    EXPECT_EQ(c.find_claim("csto.members-sovereign"), 1u);
    EXPECT_EQ(c.find_expert("nikitina"), 1u);
    EXPECT_EQ(c.find_claim("nikitina"), none);
}

TEST(Resolve, UnknownReferenceSuggestsNearestOfExpectedKind) {
    ClaimsBuilder b;
    declare_cast(b);
    b.expert("csto.russia-controlz", "Not a claim");  // closer, but of the wrong kind
    // Line 7: `zogg asserts csto.russia-control`
    b.stance("zogg", "asserts", "csto.russia-control");
    auto r = resolve_one(b);
    ASSERT_EQ(r.at(Code::unknown_reference), (std::vector<std::string>{"a.claims:7:14"}));
    EXPECT_EQ(r.first(Code::unknown_reference)->suggestion, "csto.russia-controls");
    EXPECT_TRUE(r.corpus.stances.empty());  // left out: it names no claim
}

TEST(Resolve, UnknownReferenceWithNothingCloseHasNoSuggestion) {
    ClaimsBuilder b;
    declare_cast(b);
    b.stance("krivosheev", "asserts", "csto.russia-controls");
    auto r = resolve_one(b);
    ASSERT_EQ(r.at(Code::unknown_reference), (std::vector<std::string>{"a.claims:6:1"}));
    EXPECT_EQ(r.first(Code::unknown_reference)->suggestion, "");
}

TEST(Resolve, EveryReferenceIsChecked) {
    ClaimsBuilder b;
    declare_cast(b);
    b.topic("t", "T?", {{"parent", {id("tt")}}});  // 6: topic t "T?" { parent tt }
    b.claim("c", "C.", {{"topic", {id("tx")}}});   // 7: claim c "C." { topic tx }
    b.relation("c", "implies", "nope");            // 8: c implies nope
    b.from("srcc");                                // 9: from srcc {
    b.stance("zogg", "asserts", "c", {{"source", {id("sr")}}, {"because", {id("d")}}});
    // 10: zogg asserts c { source sr because d }
    b.close();
    auto r = resolve_one(b);
    EXPECT_EQ(r.at(Code::unknown_reference),
              (std::vector<std::string>{"a.claims:6:23", "a.claims:7:22", "a.claims:8:11", "a.claims:9:6",
                                        "a.claims:10:25", "a.claims:10:36"}));
    EXPECT_EQ(r.corpus.topics[0].parent, none);
    EXPECT_TRUE(r.corpus.relations.empty());
    ASSERT_EQ(r.corpus.stances.size(), 1u);
    EXPECT_EQ(r.corpus.stances[0].source, none);
    EXPECT_TRUE(r.corpus.stances[0].because.empty());
}

TEST(Resolve, WrongKind) {
    ClaimsBuilder b;
    declare_cast(b);
    // Line 6: `cornell asserts zogg`
    b.stance("cornell", "asserts", "zogg");
    // Line 7: `from zogg {`
    b.from("zogg");
    b.close();
    auto r = resolve_one(b);
    ASSERT_EQ(r.at(Code::wrong_kind), (std::vector<std::string>{"a.claims:6:17", "a.claims:7:6"}));
    const auto* d = r.first(Code::wrong_kind);
    EXPECT_EQ(d->message, "'zogg' is an expert, but a claim is expected here");
    ASSERT_EQ(d->notes.size(), 1u);
    EXPECT_EQ(r.where(d->notes[0].where), "a.claims:2:8");  // the declaration of zogg
}

TEST(Resolve, DuplicateShowsBothPlaces) {
    ClaimsBuilder a;
    declare_cast(a);
    ClaimsBuilder b;
    b.comment("more experts");
    b.expert("zogg", "Benno Zogg again", {{"role", {str("analyst")}}});  // line 2
    b.claim("cornell", "A claim named like an expert.");                   // line 3
    auto r = resolve_files({{"a.claims", &a}, {"b.claims", &b}});
    ASSERT_EQ(r.at(Code::duplicate_declaration), (std::vector<std::string>{"b.claims:2:8", "b.claims:3:7"}));
    const auto* d = r.first(Code::duplicate_declaration);
    ASSERT_EQ(d->notes.size(), 1u);
    EXPECT_EQ(r.where(d->notes[0].where), "a.claims:2:8");
    // The first declaration wins and the second does not change it.
    ASSERT_EQ(r.corpus.experts.size(), 2u);
    EXPECT_EQ(r.corpus.experts[0].name, "Benno Zogg");
    EXPECT_EQ(r.corpus.experts[0].role, "");
    EXPECT_EQ(r.corpus.claims.size(), 2u);
}

TEST(Resolve, SelfRelation) {
    ClaimsBuilder b;
    declare_cast(b);
    b.relation("csto.russia-controls", "supports", "csto.russia-controls");  // line 6
    auto r = resolve_one(b);
    EXPECT_EQ(r.at(Code::self_relation), (std::vector<std::string>{"a.claims:6:1"}));
    EXPECT_TRUE(r.corpus.relations.empty());
}

TEST(Resolve, ContradictsBetweenClaimsThatImpliesMakesEquivalent) {
    ClaimsBuilder b;
    b.claim("a", "A.");
    b.claim("b", "B.");
    b.claim("c", "C.");
    b.claim("d", "D.");
    b.relation("a", "implies", "b");       // line 5
    b.relation("b", "implies", "c");       // line 6
    b.relation("c", "implies", "a");       // line 7
    b.relation("c", "contradicts", "a");   // line 8: a and c are equivalent
    b.relation("c", "equivalent", "d");    // line 9
    b.relation("d", "contradicts", "b");   // line 10: so are d and b
    b.relation("a", "implies", "x");       // line 11 (unknown: left out, no cascade)
    auto r = resolve_one(b);
    ASSERT_EQ(r.at(Code::contradicts_equivalent), (std::vector<std::string>{"a.claims:8:1", "a.claims:10:1"}));
    const auto* d = r.first(Code::contradicts_equivalent);
    EXPECT_NE(d->message.find("c implies a and a implies b implies c"), std::string::npos) << d->message;
    ASSERT_EQ(d->notes.size(), 3u);
    EXPECT_EQ(r.where(d->notes[0].where), "a.claims:7:1");
    EXPECT_EQ(r.where(d->notes[1].where), "a.claims:5:1");
    EXPECT_EQ(r.where(d->notes[2].where), "a.claims:6:1");
}

TEST(Resolve, ContradictsAlongAOneWayImplicationIsFine) {
    ClaimsBuilder b;
    b.claim("a", "A.");
    b.claim("b", "B.");
    b.relation("a", "implies", "b");
    b.relation("a", "contradicts", "b");  // means: a is impossible, which is no error
    b.relation("b", "supports", "a");     // defeasible: no equivalence
    auto r = resolve_one(b);
    EXPECT_TRUE(r.sink.diagnostics().empty());
    EXPECT_EQ(r.corpus.relations.size(), 3u);
}

TEST(Resolve, LongImplicationCycleDoesNotRecurse) {
    ClaimsBuilder b;
    const int n = 20000;
    for (int i = 0; i < n; ++i) b.claim("c" + std::to_string(i), "C.");
    for (int i = 0; i < n; ++i) b.relation("c" + std::to_string(i), "implies", "c" + std::to_string((i + 1) % n));
    b.relation("c0", "contradicts", "c1");
    auto r = resolve_one(b);
    ASSERT_EQ(r.at(Code::contradicts_equivalent).size(), 1u);
    EXPECT_EQ(r.first(Code::contradicts_equivalent)->notes.size(), static_cast<std::size_t>(n));
}

TEST(Resolve, StronglyQualifies) {
    ClaimsBuilder b;
    declare_cast(b);
    // Line 6: `zogg strongly qualifies csto.russia-controls`
    b.stance("zogg", "strongly qualifies", "csto.russia-controls");
    auto r = resolve_one(b);
    EXPECT_EQ(r.at(Code::strongly_qualifies), (std::vector<std::string>{"a.claims:6:6"}));
}

TEST(Resolve, UnknownAttributeSuggestsNearestKey) {
    ClaimsBuilder b;
    // Line 1: `source src "S" { auther "X" }`
    b.source("src", "S", {{"auther", {str("X")}}});
    // Line 2: `expert zogg "Benno Zogg" { quote "no" }`: a stance key, and nothing close
    b.expert("zogg", "Benno Zogg", {{"quote", {str("no")}}});
    // Line 3: `claim c "C." { note "fine everywhere" }`
    b.claim("c", "C.", {{"note", {str("fine everywhere")}}});
    // Line 4: `claim c2 "C2." { tpic t }`
    b.claim("c2", "C2.", {{"tpic", {id("t")}}});
    auto r = resolve_one(b);
    ASSERT_EQ(r.at(Code::unknown_attribute), (std::vector<std::string>{"a.claims:1:18", "a.claims:2:28", "a.claims:4:18"}));
    const auto& all = r.sink.diagnostics();
    EXPECT_EQ(all[0].suggestion, "author");
    EXPECT_EQ(all[1].suggestion, "");
    EXPECT_EQ(all[2].suggestion, "topic");
    EXPECT_EQ(r.corpus.claims[0].note, "fine everywhere");
}

TEST(Resolve, SingleValuedAttributeGivenTwice) {
    ClaimsBuilder b;
    b.claim("c", "C.");
    b.expert("zogg", "Benno Zogg");
    // Line 3: `zogg asserts c { at "p. 1" quote "a" at "p. 2" quote "b" }`
    b.stance("zogg", "asserts", "c", {{"at", {str("p. 1")}}, {"quote", {str("a")}}, {"at", {str("p. 2")}}, {"quote", {str("b")}}});
    auto r = resolve_one(b);
    ASSERT_EQ(r.at(Code::repeated_attribute), (std::vector<std::string>{"a.claims:3:38"}));
    const auto* d = r.first(Code::repeated_attribute);
    ASSERT_EQ(d->notes.size(), 1u);
    EXPECT_EQ(r.where(d->notes[0].where), "a.claims:3:18");
    ASSERT_EQ(r.corpus.stances.size(), 1u);
    EXPECT_EQ(r.corpus.stances[0].at, "p. 1");
    EXPECT_EQ(r.corpus.stances[0].quotes.size(), 2u);  // `quote` may repeat
}

TEST(Resolve, TitleAfterIdAndAsAttribute) {
    ClaimsBuilder b;
    // Line 1: `source src "S" { title "T" }`
    b.source("src", "S", {{"title", {str("T")}}});
    auto r = resolve_one(b);
    EXPECT_EQ(r.at(Code::repeated_attribute), (std::vector<std::string>{"a.claims:1:24"}));
    EXPECT_EQ(r.corpus.sources[0].title, "S");
}

TEST(Resolve, BadAttributeValues) {
    ClaimsBuilder b;
    // Line 1: `source s1 { date "2022" kind artcle cite 2021 }` (a tree the parser never makes:
    // it reads `2021` after `cite` as a citation key)
    b.source("s1", {}, {{"date", {str("2022")}}, {"kind", {id("artcle")}}, {"cite", {num(2021)}}});
    // Line 2: `source s2 { date 2022, 2023 url u }`
    b.source("s2", {}, {{"date", {num(2022), num(2023)}}, {"url", {id("u")}}});
    // Line 3: `claim c "C." { date 12345 }`: not a year
    b.claim("c", "C.", {{"date", {num(12345)}}});
    auto r = resolve_one(b);
    ASSERT_EQ(r.at(Code::bad_attribute_value),
              (std::vector<std::string>{"a.claims:1:18", "a.claims:1:30", "a.claims:1:42", "a.claims:2:24",
                                        "a.claims:2:33", "a.claims:3:21"}));
    EXPECT_EQ(r.sink.diagnostics()[1].suggestion, "article");
    EXPECT_EQ(r.corpus.sources[1].date, (Date{2022, 0, 0}));  // the first value is kept
    EXPECT_TRUE(r.corpus.sources[0].date.empty());
    EXPECT_TRUE(r.corpus.claims[0].date.empty());
}

TEST(Resolve, SourceTextBesideTheFileOrInTextDirs) {
    namespace fs = std::filesystem;
    fs::path root = fs::temp_directory_path() / ("stance-resolve-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "corpus" / "texts");
    fs::create_directories(root / "elsewhere");
    std::ofstream(root / "corpus" / "texts" / "beside.txt") << "text";
    std::ofstream(root / "elsewhere" / "far.txt") << "text";

    ClaimsBuilder b;
    b.source("beside", {}, {{"text", {str("texts/beside.txt")}}});
    b.source("far", {}, {{"text", {str("texts/far.txt")}}});
    b.source("missing", {}, {{"text", {str("texts/missing.txt")}}});
    util::SourceManager files;
    files.add((root / "corpus" / "a.claims").string(), b.text());
    diag::Sink sink;
    ResolveOptions options{{root / "nowhere", root / "elsewhere"}};
    Corpus c = resolve(files, {b.tree()}, options, sink);
    EXPECT_TRUE(sink.diagnostics().empty());  // a text not found is for the checks to note
    ASSERT_EQ(c.sources.size(), 3u);
    EXPECT_EQ(c.sources[0].text, "texts/beside.txt");
    EXPECT_EQ(c.sources[0].text_path, (root / "corpus" / "texts" / "beside.txt").string());
    EXPECT_EQ(c.sources[1].text_path, (root / "elsewhere" / "far.txt").string());
    EXPECT_EQ(c.sources[2].text_path, "");
    fs::remove_all(root);
}

TEST(Resolve, EvidenceSaysWhoseWordsItIs) {
    ClaimsBuilder b;
    declare_cast(b);
    b.stance("zogg", "asserts", "csto.russia-controls",
             {{"quote", {str("own words")}}, {"reported", {str("the source's words"), str("more of them")}}});
    b.stance("cornell", "denies", "csto.russia-controls",
             {{"reported", {str("Cornell doubted it")}}, {"reported-by", {id("zogg")}}, {"quote", {str("mine")}}});
    auto r = resolve_one(b);
    ASSERT_TRUE(r.sink.diagnostics().empty());
    ASSERT_EQ(r.corpus.stances.size(), 2u);
    const auto& zogg = r.corpus.stances[0].quotes;
    ASSERT_EQ(zogg.size(), 3u);  // both kinds in the order written
    EXPECT_EQ(zogg[0].text, "own words");
    EXPECT_EQ(zogg[0].words, Words::own);
    EXPECT_EQ(zogg[1].text, "the source's words");
    EXPECT_EQ(zogg[1].words, Words::reported);
    EXPECT_EQ(zogg[1].reported_by, none);  // the source's author(s)
    EXPECT_EQ(zogg[2].words, Words::reported);
    const auto& cornell = r.corpus.stances[1].quotes;
    ASSERT_EQ(cornell.size(), 2u);
    EXPECT_EQ(cornell[0].words, Words::reported);
    EXPECT_EQ(cornell[0].reported_by, r.corpus.find_expert("zogg"));
    EXPECT_EQ(cornell[1].words, Words::own);
    EXPECT_EQ(cornell[1].reported_by, none);  // `reported-by` is about reported words only
    EXPECT_TRUE(rests_on_own_words(r.corpus.stances[0]));
}

TEST(Resolve, ReportedWordsAloneDoNotRestOnOwnWords) {
    ClaimsBuilder b;
    declare_cast(b);
    b.stance("zogg", "asserts", "csto.russia-controls", {{"reported", {str("Zogg said so")}}});
    b.stance("cornell", "asserts", "csto.russia-controls");
    auto r = resolve_one(b);
    ASSERT_EQ(r.corpus.stances.size(), 2u);
    EXPECT_FALSE(rests_on_own_words(r.corpus.stances[0]));
    EXPECT_FALSE(rests_on_own_words(r.corpus.stances[1]));
}

TEST(Resolve, ReportedByWithoutReportedWords) {
    ClaimsBuilder b;
    declare_cast(b);
    // Line 6: `zogg asserts csto.russia-controls { quote "q" reported-by cornell }`
    b.stance("zogg", "asserts", "csto.russia-controls", {{"quote", {str("q")}}, {"reported-by", {id("cornell")}}});
    auto r = resolve_one(b);
    EXPECT_EQ(r.at(Code::reported_by_alone), (std::vector<std::string>{"a.claims:6:59"}));
    EXPECT_NE(r.first(Code::reported_by_alone)->message.find("reported \"...\""), std::string::npos);
    EXPECT_EQ(r.sink.error_count(), 1u);
}

TEST(Resolve, ReportedByMustNameAnExpert) {
    ClaimsBuilder b;
    declare_cast(b);
    // Lines 6 and 7: a source, then a misspelt expert
    b.stance("zogg", "asserts", "csto.russia-controls", {{"reported", {str("r")}}, {"reported-by", {id("src")}}});
    b.stance("zogg", "asserts", "csto.members-sovereign", {{"reported", {str("r")}}, {"reported-by", {id("cornel")}}});
    b.stance("zogg", "denies", "csto.members-sovereign", {{"reported-by", {id("cornell"), id("zogg")}}, {"reported", {str("r")}}});
    b.stance("zogg", "denies", "csto.members-sovereign", {{"reported-by", {id("cornell")}}, {"reported-by", {id("zogg")}}, {"reported", {str("r")}}});
    auto r = resolve_one(b);
    ASSERT_EQ(r.at(Code::wrong_kind).size(), 1u);
    EXPECT_EQ(r.at(Code::wrong_kind)[0].substr(0, 11), "a.claims:6:");
    ASSERT_EQ(r.at(Code::unknown_reference).size(), 1u);
    EXPECT_EQ(r.first(Code::unknown_reference)->suggestion, "cornell");
    EXPECT_EQ(r.at(Code::bad_attribute_value).size(), 1u);  // it takes one expert
    EXPECT_EQ(r.at(Code::repeated_attribute).size(), 1u);
}

}  // namespace
}  // namespace stance::model
