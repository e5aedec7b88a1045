#pragma once
// The exports: the corpus as documents that other tools read. `dot` (Graphviz: the argument
// map), `graphml` and `gexf` (networkx, igraph, Gephi, visone: the two-mode expert-claim network
// and the one-mode congruence and conflict networks), `argdown` (the Argdown tools), `aif`
// (AIFdb's JSON form of the Argument Interchange Format; docs/export.md gives the mapping) and
// `csv-edges` (edge lists for R and igraph). Each format escapes user text in its own way
// (escape.hpp); an empty corpus gives a valid empty document.
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "stance/exports/graph.hpp"

namespace stance::exports {

enum class Format { dot, graphml, gexf, argdown, aif, csv_edges };
std::string_view format_name(Format format);  // "csv-edges"

// Which network graphml and gexf write.
enum class Network { two_mode, congruence, conflict };
std::string_view network_name(Network network);  // "two-mode"
// How many edges graphml and gexf write for the network, without writing them.
std::size_t network_edges(const Graph& graph, Network network);

struct DotOptions {
    bool with_experts = false;     // expert nodes and stance edges besides the claims
    std::vector<Index> claims;     // only these claims (and relations among them); empty: all
    std::size_t label_limit = 0;   // cut claim labels after this many characters (0: never)
    std::function<std::string(Index claim)> claim_url;  // a link on each claim node; none if empty
    std::function<std::string(Index expert)> expert_url;
    Index focus = none;            // a claim drawn in bold (the subject of a neighbourhood)
    bool focus_stances_only = false;  // with experts: only the stances on the focus claim
    // Topics as clusters. Graphviz orders clusters by the address of their names in memory, so a
    // drawing that must come out the same on every run (a report) goes without them.
    bool clusters = true;
};

void write_dot(std::ostream& out, const Graph& graph, const DotOptions& options = {});
void write_graphml(std::ostream& out, const Graph& graph, Network network);
void write_gexf(std::ostream& out, const Graph& graph, Network network);
void write_argdown(std::ostream& out, const Graph& graph);
void write_aif(std::ostream& out, const Graph& graph);
void write_csv_edges(std::ostream& out, const Graph& graph);

}  // namespace stance::exports
