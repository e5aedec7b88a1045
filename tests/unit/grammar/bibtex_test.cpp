// The BibTeX grammar on files written the way Zotero, JabRef and BibDesk export them, on a file
// with malformed entries between good ones, and the LaTeX and name-list decoding.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "grammar/parse_bibtex.hpp"
#include "unit/grammar/parse_fixture.hpp"
#include "stance/util/source_file.hpp"

namespace stance::grammar {
namespace {

namespace ab = ast::bibtex;

struct ParsedBib {
    explicit ParsedBib(std::string text) : file(0, "test.bib", std::move(text)) { bib = parse_bibtex(file, sink); }
    static ParsedBib from(const std::string& name) {
        return ParsedBib(util::read_file(std::string(STANCE_TEST_DATA) + "/bibtex/" + name));
    }

    // "line:column code" of every diagnostic.
    std::vector<std::string> diagnostics() const { return testing::positions(file, sink); }
    const ab::Entry& entry(const std::string& key) const {
        for (const auto& e : bib.entries)
            if (e.key == key) return e;
        throw std::runtime_error("no entry " + key);
    }
    std::string text(const std::string& key, const std::string& field) const {
        const ab::Field* f = entry(key).field(field);
        return f ? f->text : "<absent>";
    }
    std::vector<std::string> keys() const {
        std::vector<std::string> out;
        for (const auto& e : bib.entries) out.push_back(e.key);
        return out;
    }

    util::SourceFile file;
    diag::Sink sink;
    ab::File bib;
};

TEST(BibtexGrammar, ReadsAZoteroExport) {
    auto p = ParsedBib::from("zotero.bib");
    EXPECT_TRUE(p.diagnostics().empty());
    ASSERT_EQ(p.keys(), (std::vector<std::string>{"ibragimova_too_2022", "krivosheev_does_2021",
                                                  "muller_sicherheit_2019"}));
    const auto& e = p.entry("ibragimova_too_2022");
    EXPECT_EQ(e.type, "article");
    EXPECT_EQ(p.text("ibragimova_too_2022", "title"), "Too early to call time on the CSTO");
    EXPECT_EQ(e.field("title")->latex, "Too early to call time on the {CSTO}");
    EXPECT_EQ(p.text("ibragimova_too_2022", "month"), "October");
    EXPECT_EQ(p.text("ibragimova_too_2022", "journal"), "Eurasianet");
    EXPECT_EQ(bibtex_names(e.field("author")->latex), (std::vector<std::string>{"Kamila Ibragimova", "Peter Leonard"}));
    EXPECT_EQ(p.entry("krivosheev_does_2021").type, "misc");
    EXPECT_EQ(p.text("krivosheev_does_2021", "title"), "Does the Collective Security Treaty Organization Have a Future?");
}

TEST(BibtexGrammar, DecodesAccentsDashesAndCorporateNames) {
    auto p = ParsedBib::from("zotero.bib");
    const std::string key = "muller_sicherheit_2019";
    EXPECT_EQ(p.entry(key).type, "book");
    EXPECT_EQ(p.text(key, "address"), "Zürich");
    EXPECT_EQ(p.text(key, "title"), "Sicherheit in Zentralasien – Brüche und Kontinuitäten");
    EXPECT_EQ(p.text(key, "publisher"), "Verlag Österreich & Partner");
    EXPECT_EQ(bibtex_names(p.entry(key).field("author")->latex),
              (std::vector<std::string>{"Jörg Müller", "Gabriel García Márquez", "Centre for Security Studies"}));
}

TEST(BibtexGrammar, ReadsAJabRefExportWithStringMacrosAndConcatenation) {
    auto p = ParsedBib::from("jabref.bib");
    // The crossref is a note: its fields are not inherited.
    EXPECT_EQ(p.diagnostics(), (std::vector<std::string>{"22:3 bibtex-crossref"}));
    ASSERT_EQ(p.keys(), (std::vector<std::string>{"Zogg2022", "Locoman2021"}));
    EXPECT_EQ(p.entry("Zogg2022").type, "online");
    EXPECT_EQ(p.text("Zogg2022", "organization"), "Center for Security Studies, ETH Zürich");
    EXPECT_EQ(p.text("Zogg2022", "title"), "ANKASAM Interview: The CSTO after Kazakhstan");
    EXPECT_EQ(p.text("Zogg2022", "date"), "2022-11-08");
    EXPECT_EQ(p.text("Locoman2021", "title"), "Naïve hopes: Security in Çankaya and Šiauliai");
    EXPECT_EQ(p.text("Locoman2021", "journal"), "Journal of Eurasian Studies");
    EXPECT_EQ(p.text("Locoman2021", "year"), "2021");
    EXPECT_EQ(p.text("Locoman2021", "pages"), "12–34");
    EXPECT_EQ(bibtex_names(p.entry("Locoman2021").field("author")->latex),
              (std::vector<std::string>{"Ecaterina Locoman", "others"}));
}

TEST(BibtexGrammar, ReadsABibDeskExportWithCapitalisedFieldsAndAStaticGroupComment) {
    auto p = ParsedBib::from("bibdesk.bib");
    EXPECT_TRUE(p.diagnostics().empty());
    ASSERT_EQ(p.keys(), (std::vector<std::string>{"Davidzon:2022aa"}));
    EXPECT_EQ(p.text("Davidzon:2022aa", "publisher"), "Carnegie Moscow Center");
    EXPECT_EQ(p.text("Davidzon:2022aa", "title"), "The CSTO's “Bankruptcy” — a Q&A");
    EXPECT_EQ(p.text("Davidzon:2022aa", "howpublished"), "https://example.org/davidzon~2022_a");
    EXPECT_EQ(p.text("Davidzon:2022aa", "bdsk-url-1"), "https://example.org/davidzon~2022_a");  // verbatim
    EXPECT_EQ(p.text("Davidzon:2022aa", "month"), "December");
}

TEST(BibtexGrammar, AMalformedEntryIsAnErrorAtItsPlaceAndTheRestIsRead) {
    auto p = ParsedBib::from("malformed.bib");
    EXPECT_EQ(p.keys(), (std::vector<std::string>{"first_good", "after_errors", "last_good"}));
    EXPECT_EQ(p.diagnostics(), (std::vector<std::string>{
                                   "7:9 bibtex-syntax",    // title {No equals sign}: expected '='
                                   "16:1 bibtex-syntax",   // line 14's brace closes the value: no '}' for the entry
                                   "19:15 bibtex-syntax",  // undefined macro
                               }));
    EXPECT_EQ(p.sink.diagnostics()[2].suggestion, "");
    EXPECT_EQ(p.text("after_errors", "title"), "Read after two broken entries");
    EXPECT_EQ(p.text("after_errors", "publisher"), "");
    EXPECT_EQ(p.text("last_good", "title"), "Still read");
}

TEST(BibtexGrammar, ParenthesesNestedBracesQuotesInBracesAndEmptyFiles) {
    ParsedBib p(R"(@misc(paren_key, title = {A {nested {deeply} braced} "quote"}, note = "with {"}inner{"} quotes"))");
    EXPECT_TRUE(p.diagnostics().empty());
    EXPECT_EQ(p.text("paren_key", "title"), "A nested deeply braced \"quote\"");
    EXPECT_EQ(p.text("paren_key", "note"), "with \"inner\" quotes");
    EXPECT_TRUE(ParsedBib("").keys().empty());
    EXPECT_TRUE(ParsedBib("just some text, no entries\n").diagnostics().empty());
}

TEST(BibtexGrammar, DuplicateKeysUndefinedMacrosAndRunawayNesting) {
    ParsedBib p("@misc{a, title = {x}}\n@misc{A, publisher = cmcc}\n@string{cmc = {C}}\n@misc{b, publisher = cmcc}\n");
    EXPECT_EQ(p.diagnostics(),
              (std::vector<std::string>{"2:22 bibtex-syntax", "2:7 duplicate", "4:22 bibtex-syntax"}));
    EXPECT_EQ(p.sink.diagnostics()[0].suggestion, "");  // no macro is defined yet on line 2
    EXPECT_EQ(p.sink.diagnostics()[2].suggestion, "cmc");
    ParsedBib deep("@misc{d, title = {" + std::string(200, '{') + std::string(200, '}') + "}}\n@misc{e, title = {ok}}\n");
    EXPECT_EQ(deep.keys(), (std::vector<std::string>{"e"}));
    EXPECT_FALSE(deep.diagnostics().empty());
}

TEST(BibtexText, LatexEscapesToUtf8) {
    EXPECT_EQ(latex_to_text(R"({\"u}ber \"{o} \'e \c c \v{s} {\o}resund \ss{} \aa{} \L{}\'od\'z \aa \L)"), "über ö é ç š øresund ß å Łódź åŁ");
    EXPECT_EQ(latex_to_text(R"(50\% \& \$5 \#1 a\_b \textendash{} \emph{word} $x$)"), "50% & $5 #1 a_b – word x");
    EXPECT_EQ(latex_to_text("  many\n\t spaces   here "), "many spaces here");
    EXPECT_EQ(latex_to_text(R"(\href{https://x.org}{the site} and \url{https://x.org/a_b%20c})"),
              "the site and https://x.org/a_b%20c");
}

TEST(BibtexText, NameLists) {
    EXPECT_EQ(bibtex_names("Ibragimova, Kamila and Leonard, Peter"),
              (std::vector<std::string>{"Kamila Ibragimova", "Peter Leonard"}));
    EXPECT_EQ(bibtex_names("{Barnes and Noble} and Svante Cornell"),
              (std::vector<std::string>{"Barnes and Noble", "Svante Cornell"}));
    EXPECT_EQ(bibtex_names("King, Jr, Martin Luther"), (std::vector<std::string>{"Martin Luther King, Jr"}));
    EXPECT_TRUE(bibtex_names("").empty());
}

}  // namespace
}  // namespace stance::grammar
