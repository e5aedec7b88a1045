#pragma once
// The figures of the HTML reports, as inline SVG: the argument map (index page), a claim's
// neighbourhood (its page), and on the agreement page the expert-by-expert heat map ordered by
// camp and the congruence network. Graphs are laid out by Graphviz (layout.hpp) from the DOT
// that `stance export dot` writes; the heat map is a grid drawn here. A figure with more items
// than a page can show legibly is not drawn (Drawing::too_big): the page says so and links to
// the export instead.
#include <cstddef>
#include <functional>
#include <string>

#include "stance/exports/graph.hpp"

namespace stance::figure {

using model::Index;
using model::none;

// Where the nodes of a figure link to, relative to the page it sits on.
struct Links {
    std::function<std::string(Index claim)> claim;
    std::function<std::string(Index expert)> expert;
};

struct Drawing {
    std::string svg;       // an <svg> element; empty when there is nothing to draw or too much
    bool too_big = false;  // more than the limit below
    std::size_t items = 0; // the claims or experts it would show
};

inline constexpr std::size_t max_map_claims = 150;
inline constexpr std::size_t max_neighbourhood_claims = 40;
inline constexpr std::size_t max_neighbourhood_experts = 20;  // more: the claims alone
inline constexpr std::size_t max_heatmap_experts = 60;
inline constexpr std::size_t max_network_experts = 60;

// Every claim, clustered by topic, and the relations between them.
Drawing argument_map(const exports::Graph& graph, const Links& links);
// The claim, the claims it is related to either way, and the experts with a stance on it (when
// there are few enough to show). Nothing to draw when the claim has neither relations nor stances.
Drawing claim_neighbourhood(const exports::Graph& graph, Index claim, const Links& links);
// Expert by expert in camp order (Analysis::expert_order), each cell the pair's signed
// agreement score; camps framed.
Drawing agreement_heatmap(const exports::Graph& graph, const Links& links);
// Experts coloured by camp, linked by the claims on which they take the same side.
Drawing congruence_network(const exports::Graph& graph, const Links& links);

}  // namespace stance::figure
