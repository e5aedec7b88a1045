// The argument map and a claim's neighbourhood: the DOT of the dot export, laid out by Graphviz.
#include <algorithm>
#include <sstream>
#include <vector>

#include "stance/exports/exports.hpp"
#include "stance/figure/figures.hpp"
#include "stance/figure/layout.hpp"

namespace stance::figure {
namespace {

// Labels in a figure stop at this many characters; the tooltip holds the whole text.
constexpr std::size_t figure_label_limit = 90;

std::string draw(const exports::Graph& graph, exports::DotOptions options, const Links& links) {
    options.label_limit = figure_label_limit;
    options.clusters = false;  // the same drawing on every run
    options.claim_url = links.claim;
    options.expert_url = links.expert;
    std::ostringstream dot;
    exports::write_dot(dot, graph, options);
    return layout_svg(dot.str());
}

}  // namespace

Drawing argument_map(const exports::Graph& graph, const Links& links) {
    Drawing drawing{.items = graph.corpus().claims.size()};
    if (drawing.items == 0) return drawing;
    if (drawing.items > max_map_claims) {
        drawing.too_big = true;
        return drawing;
    }
    drawing.svg = draw(graph, {}, links);
    return drawing;
}

Drawing claim_neighbourhood(const exports::Graph& graph, Index claim, const Links& links) {
    const auto& corpus = graph.corpus();
    exports::DotOptions options{.with_experts = true, .claims = {claim}, .focus = claim, .focus_stances_only = true};
    for (Index i : graph.relations_of(claim)) {
        const auto& r = corpus.relations[i];
        if (r.from == claim && r.to != claim) options.claims.push_back(r.to);
        if (r.to == claim && r.from != claim) options.claims.push_back(r.from);
    }
    std::sort(options.claims.begin() + 1, options.claims.end());
    options.claims.erase(std::unique(options.claims.begin() + 1, options.claims.end()), options.claims.end());
    std::vector<bool> on_claim(corpus.experts.size(), false);
    for (Index s : graph.stances_on(claim)) on_claim[graph.stances()[s].expert] = true;
    auto experts = static_cast<std::size_t>(std::count(on_claim.begin(), on_claim.end(), true));
    options.with_experts = experts <= max_neighbourhood_experts;
    Drawing drawing{.items = options.claims.size()};
    if (options.claims.size() == 1 && (experts == 0 || !options.with_experts)) return drawing;
    if (drawing.items > max_neighbourhood_claims) {
        drawing.too_big = true;
        return drawing;
    }
    drawing.svg = draw(graph, options, links);
    return drawing;
}

}  // namespace stance::figure
