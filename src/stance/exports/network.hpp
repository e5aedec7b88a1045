#pragma once
// A network as flat tables of nodes and edges with typed attributes: what GraphML and GEXF both
// write, built once here so that the two formats say the same. Values are already written as
// text ("2", "0.39", "true"); an empty optional is a value the item does not have.
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

struct NetworkTable {
    bool directed = true;
    std::vector<Attribute> node_attributes;
    std::vector<Attribute> edge_attributes;
    std::vector<NetworkNode> nodes;
    std::vector<NetworkEdge> edges;
};

// Two-mode: experts and claims, an edge per stance and derived commitment (weight: the value).
// Congruence and conflict: experts only, an undirected edge per pair with at least one claim
// (weight: the number of claims).
NetworkTable network_table(const Graph& graph, Network network);

// A weight without a needless fraction: "2", "-1", "0.5".
std::string weight_text(double weight);

}  // namespace stance::exports
