// Reported words are marked wherever a quote is shown, in every format: whose words they are
// (the source's author, its anonymous author, or another expert).
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixture.hpp"
#include "stance/report/context.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"

namespace stance::report {
namespace {

std::string written(const Document& document, Format format) {
    std::ostringstream out;
    write(out, document, format);
    return out.str();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The fixture's claim csto.russia-controls: Cornell's own words and Nikitina's in the article's
// words; csto.members-sovereign: Cornell's view as Zogg reports it.
TEST(ReportWords, EveryFormatMarksReportedWords) {
    const model::Corpus corpus = testing::fixture_corpus();
    const check::Analysis analysis = testing::fixture_analysis(corpus);
    const Document russia = claim_report(corpus, analysis, corpus.find_claim("csto.russia-controls"));
    const Document sovereign = claim_report(corpus, analysis, corpus.find_claim("csto.members-sovereign"));
    for (Format format : {Format::text, Format::md, Format::html}) {
        const std::string page = written(russia, format);
        EXPECT_TRUE(has(page, "in the article's words") || has(page, "in the article&#39;s words") ||
                    has(page, "in the article&#x27;s words"))
            << page;
        EXPECT_TRUE(has(written(sovereign, format), "as reported by Benno Zogg")) << written(sovereign, format);
    }
    // Cornell's own words on the same page carry no mark: one mark, for Nikitina's words.
    const std::string text = written(russia, Format::text);
    EXPECT_EQ(text.find("in the article's words"), text.rfind("in the article's words"));

    const std::string csv = written(russia, Format::csv);
    EXPECT_TRUE(has(csv, ",words,")) << csv;
    EXPECT_TRUE(has(csv, ",reported,")) << csv;
    EXPECT_TRUE(has(csv, ",own,")) << csv;
    const auto json = nlohmann::json::parse(written(sovereign, Format::json));
    EXPECT_EQ(json["stances"][1]["words"], nlohmann::json::array({"reported by zogg"})) << json.dump();
    EXPECT_EQ(json["stances"][1]["quotes"], nlohmann::json::array({"Cornell puts sovereignty first"}));
}

TEST(ReportWords, AnonymousSourceAndUnknownKind) {
    model::Corpus corpus = testing::fixture_corpus();
    const check::Analysis analysis = testing::fixture_analysis(corpus);
    const Context context(corpus, analysis);
    const model::Stance& nikitina = corpus.stances[1];
    const model::Quote& words = nikitina.quotes.at(0);
    EXPECT_EQ(context.reported_label(nikitina, words), "in the article's words");
    corpus.sources[0].kind = "interview";
    EXPECT_EQ(context.reported_label(nikitina, words), "in the interview's words");
    corpus.sources[0].authors.clear();
    EXPECT_EQ(context.reported_label(nikitina, words), "in the words of the interview's anonymous author");
    corpus.sources[0].kind.clear();
    EXPECT_EQ(context.reported_label(nikitina, words), "in the words of the source's anonymous author");
    EXPECT_EQ(context.reported_label(corpus.stances[0], corpus.stances[0].quotes.at(0)), "");  // own words
    EXPECT_EQ(context.words(0), (std::vector<std::string>{"own"}));
}

}  // namespace
}  // namespace stance::report
