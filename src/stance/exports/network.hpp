#pragma once
// A network as a flat table of nodes and a stream of edges with typed attributes: what GraphML
// and GEXF both write, defined once here so that the two formats say the same. Values are already
// written as text ("2", "0.39", "true"); an empty optional is a value the item does not have.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "stance/exports/exports.hpp"

namespace stance::exports {

enum class AttributeType { string, integer, real, boolean };

struct Attribute {
    std::string name;
    AttributeType type = AttributeType::string;
};

struct NetworkNode {
    std::string id;
    std::string label;
    std::vector<std::optional<std::string>> values;  // one per node attribute
};

struct NetworkEdge {
    std::string source;
    std::string target;
    double weight = 1;
    model::Date start;  // since when the edge holds; empty: always
    std::vector<std::optional<std::string>> values;  // one per edge attribute
};

using EdgeVisitor = std::function<void(const NetworkEdge&)>;

struct NetworkTable {
    bool directed = true;
    std::vector<Attribute> node_attributes;
    std::vector<Attribute> edge_attributes;
    std::vector<NetworkNode> nodes;
    // Calls the visitor for each edge in order. The edges are made one at a time, not kept: the
    // congruence network of 5,000 experts who share one claim has 12.5 million.
    std::function<void(const EdgeVisitor&)> for_each_edge;
};

// Two-mode: experts and claims, an edge per stance and derived commitment (weight: the value).
// Congruence and conflict: experts only, an undirected edge per pair with at least one claim
// (weight: the number of claims). The table refers to the graph, which must outlive it.
NetworkTable network_table(const Graph& graph, Network network);

// A weight without a needless fraction: "2", "-1", "0.5".
std::string weight_text(double weight);

}  // namespace stance::exports
