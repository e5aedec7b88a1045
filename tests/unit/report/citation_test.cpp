// The one citation form, and a source without a .bib entry written as BibTeX that the BibTeX
// grammar reads back to the same title, authors, publisher and date.
#include <gtest/gtest.h>

#include "grammar/parse_bibtex.hpp"
#include "stance/report/citation.hpp"

namespace stance::report {
namespace {

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
