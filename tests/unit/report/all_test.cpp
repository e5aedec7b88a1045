// write_all: the whole set of reports in one folder, every link between them resolving.
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include <unistd.h>

#include <gtest/gtest.h>

#include "fixture.hpp"
#include "stance/report/all.hpp"
#include "stance/report/writers.hpp"
#include "stance/util/source_file.hpp"

namespace stance::report {
namespace {

namespace fs = std::filesystem;

class ReportAll : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("stance-report-all-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        m_corpus = testing::fixture_corpus();
        m_analysis = testing::fixture_analysis(m_corpus);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::set<std::string> files() const {
        std::set<std::string> result;
        for (const auto& entry : fs::recursive_directory_iterator(m_dir))
            if (entry.is_regular_file()) result.insert(fs::relative(entry.path(), m_dir).generic_string());
        return result;
    }

    fs::path m_dir;
    model::Corpus m_corpus;
    check::Analysis m_analysis;
};

TEST_F(ReportAll, WritesEveryReportInEveryFormat) {
    write_all(m_dir, m_corpus, m_analysis);
    std::set<std::string> expected = {"index.html",       "README.md",       "matrix.tex",       "matrix-long.csv",
                                      "argument-map.dot", "congruence.gexf", ".stance-manifest", "sources.bib",
                                      "agreement-camps.csv"};
    for (const char* report : {"matrix", "disagreements", "agreement", "contradictions", "evidence", "sources"})
        for (const char* extension : {"txt", "md", "csv", "json", "html"})
            expected.insert(std::string(report) + "." + extension);
    for (const char* expert : {"cornell", "nikitina", "zogg"})
        for (const char* extension : {"md", "html"}) expected.insert(std::string("experts/") + expert + "." + extension);
    for (const char* claim : {"csto.russia-controls", "csto.members-sovereign", "csto.in-decline", "csto.will-dissolve"})
        for (const char* extension : {"md", "html"}) expected.insert(std::string("claims/") + claim + "." + extension);
    EXPECT_EQ(files(), expected);
}

// A congruence network too large for Gephi is not written; the agreement page says how to get it,
// and a congruence.gexf of an earlier run goes with the rest of what that run wrote.
TEST_F(ReportAll, LeavesOutACongruenceNetworkOverTheLimitAndSaysSo) {
    write_all(m_dir, m_corpus, m_analysis);
    ASSERT_TRUE(fs::exists(m_dir / "congruence.gexf"));
    write_all(m_dir, m_corpus, m_analysis, {.max_network_edges = 1});  // the fixture's network has 2 edges
    EXPECT_FALSE(fs::exists(m_dir / "congruence.gexf"));
    std::string agreement = util::read_file(m_dir / "agreement.html");
    EXPECT_NE(agreement.find("Its 2 edges are too many for Gephi"), std::string::npos);
    EXPECT_NE(agreement.find("stance export gexf --network congruence"), std::string::npos);
    EXPECT_EQ(agreement.find("congruence.gexf"), std::string::npos);
    EXPECT_EQ(agreement.find("For Gephi:"), std::string::npos);
}

// The figures: the argument map on the index, the heat map and the congruence network on the
// agreement page, a neighbourhood on each claim page; none in the Markdown pages.
TEST_F(ReportAll, PagesShowTheirFigures) {
    write_all(m_dir, m_corpus, m_analysis);
    auto count = [](const std::string& text, const std::string& what) {
        std::size_t n = 0;
        for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
        return n;
    };
    std::string index = util::read_file(m_dir / "index.html");
    EXPECT_EQ(count(index, "<svg"), 1u);
    EXPECT_EQ(count(index, "class=\"node\""), 4u);  // the claims
    EXPECT_EQ(count(index, "class=\"edge\""), 4u);  // the relations
    EXPECT_NE(index.find("xlink:href=\"claims/csto.russia-controls.html\""), std::string::npos);
    std::string agreement = util::read_file(m_dir / "agreement.html");
    EXPECT_EQ(count(agreement, "<svg"), 2u);
    EXPECT_EQ(count(agreement, "id=\"heatmap-title\""), 1u);
    // Three experts in pairs: a 3 x 3 grid, one camp framed; and a network of the three.
    EXPECT_EQ(count(agreement, "<rect x="), 9u + 1u + 9u);
    EXPECT_EQ(count(agreement, "class=\"node\""), 3u);
    EXPECT_EQ(count(agreement, "class=\"edge\""), 2u);  // cornell-nikitina, cornell-zogg
    std::string claim = util::read_file(m_dir / "claims/csto.russia-controls.html");
    EXPECT_EQ(count(claim, "<svg"), 1u);
    // The claim, members-sovereign (which undermines and contradicts it), the three experts on it.
    EXPECT_EQ(count(claim, "class=\"node\""), 2u + 3u);
    EXPECT_EQ(util::read_file(m_dir / "claims/csto.russia-controls.md").find("<svg"), std::string::npos);
}

TEST_F(ReportAll, EveryLinkResolves) {
    write_all(m_dir, m_corpus, m_analysis);
    const std::regex html_link("href=\"([^\"#]*)(#([^\"]*))?\"");
    const std::regex md_link("\\]\\(([^)#]*)(#([^)]*))?\\)");
    std::size_t links = 0;
    for (const auto& name : files()) {
        bool html = name.ends_with(".html");
        if (!html && !name.ends_with(".md")) continue;
        fs::path page = m_dir / name;
        std::string text = util::read_file(page);
        const std::regex& pattern = html ? html_link : md_link;
        for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it) {
            ++links;
            if ((*it)[1].str().starts_with("https://")) continue;  // a source's url, outside the set
            fs::path target = (*it)[1].str().empty() ? page : page.parent_path() / (*it)[1].str();
            ASSERT_TRUE(fs::exists(target)) << name << " links to missing " << (*it)[1];
            if (html && (*it)[3].matched) {
                std::string anchor = "id=\"" + (*it)[3].str() + "\"";
                EXPECT_NE(util::read_file(target).find(anchor), std::string::npos)
                    << name << " links to missing anchor " << (*it)[0];
            }
        }
    }
    // Navigation, matrix headers and rows, expert and claim links on every page.
    EXPECT_GT(links, 200u);
    // The matrix links each expert column to the expert's page and each claim to its page.
    std::string matrix = util::read_file(m_dir / "matrix.html");
    EXPECT_NE(matrix.find("href=\"experts/zogg.html\""), std::string::npos);
    EXPECT_NE(matrix.find("href=\"claims/csto.in-decline.html\""), std::string::npos);
    EXPECT_NE(matrix.find("href=\"disagreements.html#csto.russia-controls\""), std::string::npos);
    std::string page = util::read_file(m_dir / "claims" / "csto.russia-controls.html");
    EXPECT_NE(page.find("href=\"../matrix.html#csto.russia-controls\""), std::string::npos);
}

TEST(ReportLinks, RelativeHrefs) {
    EXPECT_EQ(relative_href("matrix", {"experts/zogg", ""}, "html"), "experts/zogg.html");
    EXPECT_EQ(relative_href("experts/zogg", {"matrix", "csto.a"}, "html"), "../matrix.html#csto.a");
    EXPECT_EQ(relative_href("experts/zogg", {"experts/cornell", ""}, "md"), "cornell.md");
    EXPECT_EQ(relative_href("experts/zogg", {"claims/csto.a", ""}, "md"), "../claims/csto.a.md");
    EXPECT_EQ(relative_href("matrix", {"matrix", "csto.a"}, "html"), "#csto.a");
}

TEST_F(ReportAll, IsDeterministicAndRemovesStalePages) {
    write_all(m_dir, m_corpus, m_analysis);
    // A page an earlier run wrote (in the manifest) for an expert no longer in the corpus.
    std::ofstream(m_dir / "experts" / "gone.md") << "an expert no longer in the corpus\n";
    std::ofstream(m_dir / ".stance-manifest", std::ios::app) << "experts/gone.md\n";
    std::ofstream(m_dir / "experts" / "notes.md") << "not written by stance\n";
    write_all(m_dir, m_corpus, m_analysis);
    EXPECT_FALSE(fs::exists(m_dir / "experts" / "gone.md"));
    EXPECT_TRUE(fs::exists(m_dir / "experts" / "notes.md"));
    fs::remove(m_dir / "experts" / "notes.md");

    std::map<std::string, std::string> first;
    for (const auto& name : files()) first[name] = util::read_file(m_dir / name);
    write_all(m_dir, m_corpus, m_analysis);
    for (const auto& name : files()) EXPECT_EQ(util::read_file(m_dir / name), first[name]) << name;
}

}  // namespace
}  // namespace stance::report
