// The figures of the reports: Graphviz, linked as a library, lays out the graphs; hostile text
// stays text; a figure too big to read is not drawn.
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "stance/figure/figures.hpp"
#include "stance/figure/layout.hpp"
#include "unit/report/fixture.hpp"

namespace stance::figure {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

const std::string hostile = "<script>alert(\"x&y\")</script> \\ \u00e9";

class Figures : public ::testing::Test {
protected:
    void SetUp() override {
        m_corpus = report::testing::fixture_corpus();
        m_analysis = report::testing::fixture_analysis(m_corpus);
        m_corpus.claims[0].text = hostile;
        m_corpus.experts[2].name = hostile;
    }
    Links links() const {
        return {[this](Index c) { return "c/" + m_corpus.claims[c].id + ".html"; },
                [this](Index e) { return "e/" + m_corpus.experts[e].id + ".html"; }};
    }
    model::Corpus m_corpus;
    check::Analysis m_analysis;
};

TEST(FigureLayout, GraphvizDrawsAnSvgElementInMemory) {
    std::string svg = layout_svg("digraph { a -> b; b -> c; }");
    EXPECT_EQ(svg.rfind("<svg", 0), 0u);
    EXPECT_EQ(svg.find("<!--"), std::string::npos);
    EXPECT_EQ(count(svg, "class=\"node\""), 3u);
    EXPECT_EQ(count(svg, "class=\"edge\""), 2u);
    EXPECT_EQ(count(layout_svg("graph { a -- b; }", "neato"), "class=\"node\""), 2u);
    EXPECT_THROW(layout_svg("digraph { a -> "), std::runtime_error);
}

TEST_F(Figures, ArgumentMapHasEveryClaimLinkedAndHostileTextEscaped) {
    exports::Graph graph(m_corpus, m_analysis);
    Drawing map = argument_map(graph, links());
    EXPECT_FALSE(map.too_big);
    EXPECT_EQ(count(map.svg, "class=\"node\""), 4u);
    EXPECT_EQ(count(map.svg, "class=\"edge\""), 4u);
    EXPECT_EQ(count(map.svg, "class=\"cluster\""), 0u);  // clusters would make the layout vary from run to run
    EXPECT_NE(map.svg.find("xlink:href=\"c/csto.will-dissolve.html\""), std::string::npos);
    EXPECT_EQ(map.svg.find("<script"), std::string::npos);
    EXPECT_NE(map.svg.find("&lt;script&gt;alert("), std::string::npos);
}

TEST_F(Figures, NeighbourhoodHoldsTheRelatedClaimsAndTheExpertsOnTheClaim) {
    exports::Graph graph(m_corpus, m_analysis);
    // will-dissolve: implies in-decline, supported by in-decline; zogg states it, nikitina is committed.
    Drawing drawing = claim_neighbourhood(graph, 3, links());
    EXPECT_EQ(count(drawing.svg, "class=\"node\""), 2u + 2u);
    EXPECT_EQ(count(drawing.svg, "class=\"edge\""), 2u + 2u);
    // A claim without relations or stances has nothing to draw.
    m_corpus.claims.push_back({.id = "csto.alone", .text = "Alone."});
    m_corpus.reindex();
    exports::Graph more(m_corpus, m_analysis);
    EXPECT_TRUE(claim_neighbourhood(more, 4, links()).svg.empty());
}

TEST_F(Figures, HeatMapIsAGridInCampOrder) {
    exports::Graph graph(m_corpus, m_analysis);
    Drawing heatmap = agreement_heatmap(graph, links());
    EXPECT_EQ(count(heatmap.svg, "<rect x="), 9u + 1u + 9u);  // 3 x 3 cells, one camp, the scale's nine steps
    EXPECT_EQ(heatmap.svg.find("<script"), std::string::npos);
    // Camp order: cornell, zogg (camp 1), then nikitina; each name a row and a column.
    auto cornell = heatmap.svg.find(">Svante Cornell<");
    auto zogg = heatmap.svg.find(">&lt;script&gt;");
    auto nikitina = heatmap.svg.find(">Yulia Nikitina<");
    EXPECT_LT(cornell, zogg);
    EXPECT_LT(zogg, nikitina);
    EXPECT_EQ(count(heatmap.svg, ">Yulia Nikitina<"), 3u);  // row, column, and the diagonal's tooltip
    EXPECT_NE(heatmap.svg.find("score +0.50"), std::string::npos);  // cornell and zogg
}

TEST_F(Figures, CongruenceNetworkLinksExpertsOnTheSameSide) {
    exports::Graph graph(m_corpus, m_analysis);
    Drawing network = congruence_network(graph, links());
    EXPECT_EQ(count(network.svg, "class=\"node\""), 3u);
    EXPECT_EQ(count(network.svg, "class=\"edge\""), 2u);
    EXPECT_NE(network.svg.find("xlink:href=\"e/nikitina.html\""), std::string::npos);
}

TEST_F(Figures, TooBigFiguresAreNotDrawn) {
    for (std::size_t k = 0; k <= max_map_claims; ++k)
        m_corpus.claims.push_back({.id = "gen.c" + std::to_string(k), .text = "A claim."});
    m_corpus.reindex();
    exports::Graph graph(m_corpus, m_analysis);
    Drawing map = argument_map(graph, links());
    EXPECT_TRUE(map.too_big);
    EXPECT_TRUE(map.svg.empty());
    EXPECT_EQ(map.items, 4 + max_map_claims + 1);
}

}  // namespace
}  // namespace stance::figure
