// The agreement page's figures: the heat map, a grid drawn here, and the congruence network,
// laid out by Graphviz (neato: a network has no up and down).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "stance/exports/escape.hpp"
#include "stance/figure/figures.hpp"
#include "stance/util/markup_escape.hpp"
#include "stance/figure/layout.hpp"

namespace stance::figure {
namespace {


// Experts that share a claim with another, in camp order.
std::vector<Index> experts_in_pairs(const exports::Graph& graph) {
    const auto& analysis = graph.analysis();
    std::vector<bool> paired(graph.corpus().experts.size(), false);
    for (const auto& a : analysis.agreement) paired[a.a] = paired[a.b] = true;
    std::vector<Index> order;
    for (Index e : analysis.expert_order)
        if (paired[e]) order.push_back(e);
    return order;
}

// Blends white into `to` by t in [0, 1].
std::string blend(int r, int g, int b, double t) {
    auto mix = [t](int c) { return static_cast<int>(std::lround(255 + (c - 255) * t)); };
    return fmt::format("#{:02x}{:02x}{:02x}", mix(r), mix(g), mix(b));
}

// The signed score on the report's diverging scale: blue where two experts agree, red where they
// conflict, white at 0.
std::string score_colour(double score) {
    double t = std::min(1.0, std::abs(score));
    return score >= 0 ? blend(0x21, 0x66, 0xac, t) : blend(0xb2, 0x18, 0x2b, t);
}

// Text width in pixels, near enough for layout: the average advance of a sans-serif font.
double text_width(const std::string& text, double size) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return static_cast<double>(n) * size * 0.56;
}

// Light, distinct fills for the camps (ColorBrewer's Pastel1 and Set3), repeated past twelve.
const char* const camp_fills[] = {"#b3cde3", "#fbb4ae", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc",
                                  "#e5d8bd", "#fddaec", "#8dd3c7", "#bebada", "#fdb462", "#b3de69"};
const char* camp_fill(int camp) { return camp == 0 ? "#ffffff" : camp_fills[(camp - 1) % 12]; }

}  // namespace

Drawing agreement_heatmap(const exports::Graph& graph, const Links& links) {
    const auto& corpus = graph.corpus();
    std::vector<Index> experts = experts_in_pairs(graph);
    Drawing drawing{.items = experts.size()};
    if (experts.empty()) return drawing;
    if (experts.size() > max_heatmap_experts) {
        drawing.too_big = true;
        return drawing;
    }
    std::unordered_map<std::uint64_t, const check::Agreement*> pairs;
    for (const auto& a : graph.analysis().agreement) {
        pairs[(std::uint64_t{a.a} << 32) | a.b] = &a;
        pairs[(std::uint64_t{a.b} << 32) | a.a] = &a;
    }
    const double cell = 18, font = 11, gap = 6;
    double label = 0;
    for (Index e : experts) label = std::max(label, text_width(corpus.experts[e].name, font));
    label += gap;
    const double n = static_cast<double>(experts.size());
    const double legend = 46;
    const double width = label + n * cell + 8, height = label + n * cell + legend;

    std::ostringstream svg;
    svg << fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.0f}\" height=\"{1:.0f}\" viewBox=\"0 0 {0:.0f} "
                       "{1:.0f}\" role=\"img\" aria-labelledby=\"heatmap-title\" font-family=\"Helvetica,Arial,sans-serif\" "
                       "font-size=\"{2}\">\n",
                       width, height, font);
    svg << "<title id=\"heatmap-title\">Agreement between experts: the signed score of each pair, experts in camp order</title>\n";
    auto name = [&](Index e, double x, double y, const char* anchor, const char* transform) {
        std::string text = fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\"{}>{}</text>", x, y, anchor,
                                       transform, util::markup_escape(corpus.experts[e].name));
        if (links.expert) text = "<a href=\"" + util::markup_escape(links.expert(e)) + "\">" + text + "</a>";
        svg << text << '\n';
    };
    for (std::size_t i = 0; i < experts.size(); ++i) {
        double at = label + static_cast<double>(i) * cell;
        name(experts[i], label - gap, at + cell * 0.7, "end", "");
        std::string turn = fmt::format(" transform=\"rotate(-90 {:.1f} {:.1f})\"", at + cell * 0.7, label - gap);
        name(experts[i], at + cell * 0.7, label - gap, "start", turn.c_str());
    }
    for (std::size_t i = 0; i < experts.size(); ++i)
        for (std::size_t j = 0; j < experts.size(); ++j) {
            double x = label + static_cast<double>(j) * cell, y = label + static_cast<double>(i) * cell;
            const auto& a = corpus.experts[experts[i]];
            const auto& b = corpus.experts[experts[j]];
            std::string fill = "#ffffff", tip;
            if (i == j) {
                fill = "#8c959f";
                tip = a.name;
            } else if (auto it = pairs.find((std::uint64_t{experts[i]} << 32) | experts[j]); it != pairs.end()) {
                const check::Agreement& p = *it->second;
                tip = fmt::format("{} and {}: {} shared, {} on the same side, {} opposite", a.name, b.name, p.shared,
                                  p.congruence, p.conflict);
                if (p.score) {
                    fill = score_colour(*p.score);
                    tip += fmt::format(", score {:+.2f}", *p.score);
                } else {
                    fill = "#f0f0f0";
                    tip += " (too few for a score)";
                }
            } else {
                tip = fmt::format("{} and {}: no claim in common", a.name, b.name);
            }
            svg << fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#ffffff\" "
                               "stroke-width=\"1\"><title>{}</title></rect>\n",
                               x, y, cell, cell, fill, util::markup_escape(tip));
        }
    // Each camp framed on the diagonal.
    for (std::size_t i = 0; i < experts.size();) {
        int camp = graph.camp(experts[i]);
        std::size_t j = i + 1;
        while (j < experts.size() && graph.camp(experts[j]) == camp) ++j;
        if (camp != 0) {
            double at = label + static_cast<double>(i) * cell, size = static_cast<double>(j - i) * cell;
            svg << fmt::format("<rect x=\"{0:.1f}\" y=\"{0:.1f}\" width=\"{1:.1f}\" height=\"{1:.1f}\" fill=\"none\" "
                               "stroke=\"#1f2328\" stroke-width=\"2\"><title>Camp {2}</title></rect>\n",
                               at, size, camp);
        }
        i = j;
    }
    // The scale, from conflict to congruence.
    double y = label + n * cell + 14, x = label, step = std::min(24.0, n * cell / 9);
    for (int k = -4; k <= 4; ++k)
        svg << fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"10\" fill=\"{}\"/>\n",
                           x + (k + 4) * step, y, step, score_colour(k / 4.0));
    svg << fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" fill=\"#57606a\">\u22121 conflict</text>\n", x, y + 24);
    svg << fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"#57606a\">+1 congruence</text>\n",
                       x + 9 * step, y + 24);
    svg << "</svg>\n";
    drawing.svg = svg.str();
    return drawing;
}

Drawing congruence_network(const exports::Graph& graph, const Links& links) {
    const auto& corpus = graph.corpus();
    std::vector<Index> experts = experts_in_pairs(graph);
    int strongest = 0;
    for (const auto& a : graph.analysis().agreement) strongest = std::max(strongest, a.congruence);
    Drawing drawing{.items = experts.size()};
    if (strongest == 0) return drawing;
    if (experts.size() > max_network_experts) {
        drawing.too_big = true;
        return drawing;
    }
    auto quoted = [](const std::string& text) { return "\"" + exports::dot_escape(text) + "\""; };
    std::ostringstream dot;
    dot << "graph congruence {\n"
        << "  graph [overlap=false, splines=true, outputorder=edgesfirst, bgcolor=\"transparent\", sep=\"+6\"];\n"
        << "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica,Arial,sans-serif\", fontsize=10,"
        << " color=\"#57606a\", penwidth=0.8, margin=\"0.08,0.03\"];\n"
        << "  edge [color=\"#57606a\"];\n";
    for (Index e : experts) {
        int camp = graph.camp(e);
        dot << "  " << quoted(graph.expert_node(e)) << " [label=" << quoted(corpus.experts[e].name)
            << ", fillcolor=\"" << camp_fill(camp) << "\", tooltip="
            << quoted(corpus.experts[e].name + (camp ? fmt::format(" (camp {})", camp) : std::string(" (no camp)")));
        if (links.expert) dot << ", URL=" << quoted(links.expert(e)) << ", target=\"_top\"";
        dot << "];\n";
    }
    for (const auto& a : graph.analysis().agreement) {
        if (a.congruence == 0) continue;
        double strength = static_cast<double>(a.congruence) / strongest;
        dot << "  " << quoted(graph.expert_node(a.a)) << " -- " << quoted(graph.expert_node(a.b))
            << fmt::format(" [penwidth={:.2f}, len={:.2f}, tooltip=", 0.5 + 3.5 * strength, 2.2 - 1.2 * strength)
            << quoted(fmt::format("{} and {}: the same side on {} claim{}", corpus.experts[a.a].name,
                                  corpus.experts[a.b].name, a.congruence, a.congruence == 1 ? "" : "s"))
            << "];\n";
    }
    dot << "}\n";
    drawing.svg = layout_svg(dot.str(), "neato");
    return drawing;
}

}  // namespace stance::figure
