// The one citation form, and a source without a .bib entry written as BibTeX that the BibTeX
// grammar reads back to the same title, authors, publisher and date.
#include <gtest/gtest.h>

#include <sstream>

#include "fixture.hpp"
#include "grammar/parse_bibtex.hpp"
#include "stance/report/citation.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"

namespace stance::report {
namespace {

std::string written(const Document& document, Format format) {
    std::ostringstream out;
    write(out, document, format);
    return std::move(out).str();
}

// Every report of the fixture: the citation of its .bib-cited source (with the author only the
// entry gives) is in it, its title linked to the url in HTML and Markdown, and the report ends
// with its references (the JSON form as a "references" table).
TEST(Citation, EveryReportCitesItsSourcesAndEndsWithItsReferences) {
    model::Corpus corpus = testing::fixture_corpus();
    check::Analysis analysis = testing::fixture_analysis(corpus);
    const Document documents[] = {matrix_report(corpus, analysis),
                                  disagreements_report(corpus, analysis),
                                  agreement_report(corpus, analysis),
                                  contradictions_report(corpus, analysis),
                                  evidence_report(corpus, analysis),
                                  expert_report(corpus, analysis, corpus.find_expert("nikitina")),
                                  claim_report(corpus, analysis, corpus.find_claim("csto.russia-controls"))};
    const std::string cited = "Kamila Ibragimova and Peter Leonard, ";
    const std::string url = "https://eurasianet.org/too-early-to-call-time-on-the-csto";
    for (const auto& document : documents) {
        std::string text = written(document, Format::text);
        EXPECT_NE(text.find(cited), std::string::npos) << document.page;
        EXPECT_NE(text.rfind("References\n----------\n"), std::string::npos) << document.page;
        std::string md = written(document, Format::md);
        auto references = md.rfind("## References");
        ASSERT_NE(references, std::string::npos) << document.page;
        EXPECT_EQ(md.find("\n## ", references + 1), std::string::npos) << document.page << ": a section after the references";
        EXPECT_NE(md.find(cited + "[\u201CToo early to call time on the CSTO\u201D](" + url + ")"), std::string::npos)
            << document.page;
        std::string html = written(document, Format::html);
        auto html_references = html.rfind("<h2 id=\"references\">References</h2>");
        ASSERT_NE(html_references, std::string::npos) << document.page;
        EXPECT_EQ(html.find("<h2", html_references + 1), std::string::npos) << document.page;
        EXPECT_NE(html.find("<a href=\"" + url + "\">"), std::string::npos) << document.page;
        EXPECT_NE(written(document, Format::json).find("\"references\": ["), std::string::npos) << document.page;
    }
}

TEST(Citation, AuthorsTitleLinkPublisherDateAndLocator) {
    model::Source s{.id = "s", .title = "A title", .authors = {"Ann Author", "Bob Writer", "Cy Third"},
                    .publisher = "Outlet", .date = {2022, 10, 3}, .url = "https://example.org/a"};
    Inline c = citation(s, "para. 4");
    EXPECT_EQ(plain(c), "Ann Author, Bob Writer and Cy Third, \u201CA title\u201D, Outlet, 2022-10-03, para. 4");
    ASSERT_EQ(c.size(), 3u);
    ASSERT_NE(c[1].link, nullptr);
    EXPECT_EQ(c[1].link->url, "https://example.org/a");
    EXPECT_EQ(plain(citation(model::Source{.id = "bare"})), "bare");
    EXPECT_EQ(authors_text({"A", "B", "C", "D"}), "A et al.");
    EXPECT_EQ(authors_text({"A", "others"}), "A et al.");
    EXPECT_EQ(authors_text({"A", "B"}), "A and B");
}

// A citation made once and given each stance's locator after (as reports cite a source for
// every stance): the locator ends the citation, joining the publisher and date or, after the
// title, in a span of its own; without a locator the citation is left as it was made.
TEST(Citation, ALocatorAddedLaterEndsTheCitation) {
    struct Case {
        model::Source source;
        const char* cited;  // plain() of the citation with the locator "p. 4"
        bool joins;         // the locator goes into the citation's last span
    };
    const Case cases[] = {
        {{.id = "full", .title = "A title", .authors = {"Ann Author"}, .publisher = "Outlet", .date = {2022, 10, 0},
          .url = "https://example.org/a"},
         "Ann Author, \u201CA title\u201D, Outlet, 2022-10, p. 4",
         true},
        {{.id = "dated", .title = "A title", .date = {2022, 0, 0}}, "\u201CA title\u201D, 2022, p. 4", true},
        {{.id = "published", .publisher = "Outlet"}, "published, Outlet, p. 4", true},
        {{.id = "bare"}, "bare, p. 4", false},
        {{.id = "linked", .title = "A title", .authors = {"Ann Author", "Bob Writer"}, .url = "https://example.org/b"},
         "Ann Author and Bob Writer, \u201CA title\u201D, p. 4",
         false}};
    for (const auto& [source, cited, joins] : cases) {
        const Inline made = citation(source);
        Inline located = made;
        add_locator(located, source, "");
        EXPECT_EQ(located.size(), made.size()) << source.id;
        EXPECT_EQ(plain(located), plain(made)) << source.id;
        add_locator(located, source, "p. 4");
        EXPECT_EQ(plain(located), cited) << source.id;
        EXPECT_EQ(located.size(), made.size() + (joins ? 0 : 1)) << source.id;
        EXPECT_EQ(locator_joins(source), joins) << source.id;
        EXPECT_EQ(plain(citation(source, "p. 4")), cited) << source.id;
    }
}

// A quotation within the quoted title takes single marks; apostrophes stay as they are.
TEST(Citation, DoubleQuotationMarksInATitleBecomeSingle) {
    model::Source s{.id = "s", .title = "Zogg: \u201CThe CSTO\u2019s members \u201Cdo not foresee\u201D conflict\u201D"};
    EXPECT_EQ(plain(citation(s)),
              "\u201CZogg: \u2018The CSTO\u2019s members \u2018do not foresee\u2019 conflict\u2019\u201D");
}

TEST(Citation, AMadeUpEntryReadsBackThroughTheBibTeXGrammar) {
    model::Source s{.id = "made-up", .title = "Costs & benefits: 50% of {x}_y -- a \\ review ~ now",
                    .authors = {"Ann Author", "Barnes and Noble", "Smith, Jr."}, .publisher = "R&D Press",
                    .date = {2021, 7, 9}, .url = "https://example.org/a_b~c", .kind = "report"};
    std::string written = bibtex_entry(s);
    util::SourceFile file(0, "written.bib", written);
    diag::Sink sink;
    auto bib = grammar::parse_bibtex(file, sink);
    ASSERT_TRUE(sink.diagnostics().empty()) << written;
    ASSERT_EQ(bib.entries.size(), 1u);
    const auto& e = bib.entries[0];
    EXPECT_EQ(e.key, "made-up");
    EXPECT_EQ(e.type, "report");
    EXPECT_EQ(e.field("title")->text, s.title) << written;
    EXPECT_EQ(grammar::bibtex_names(e.field("author")->latex), s.authors) << written;
    EXPECT_EQ(e.field("publisher")->text, "R&D Press");
    EXPECT_EQ(e.field("date")->text, "2021-07-09");
    EXPECT_EQ(e.field("month")->text, "July");
    EXPECT_EQ(e.field("url")->text, s.url);
}

}  // namespace
}  // namespace stance::report
