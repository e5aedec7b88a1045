// GraphML (networkx, igraph, visone, yEd): one <graph> with a <key> per attribute; the node
// label is an attribute too, since GraphML has none of its own.
#include <string>

#include "stance/exports/escape.hpp"
#include "stance/util/markup_escape.hpp"
#include "stance/exports/exports.hpp"
#include "stance/exports/network.hpp"

namespace stance::exports {
namespace {

const char* type_name(AttributeType type) {
    switch (type) {
    case AttributeType::string: return "string";
    case AttributeType::integer: return "int";
    case AttributeType::real: return "double";
    case AttributeType::boolean: return "boolean";
    }
    return "string";
}

void write_key(std::ostream& out, const std::string& id, const char* domain, const std::string& name,
               AttributeType type) {
    out << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\"" << util::markup_escape(name)
        << "\" attr.type=\"" << type_name(type) << "\"/>\n";
}

void write_values(std::ostream& out, const char* prefix, const std::vector<std::optional<std::string>>& values) {
    for (std::size_t k = 0; k < values.size(); ++k)
        if (values[k]) out << "      <data key=\"" << prefix << k << "\">" << util::markup_escape(*values[k]) << "</data>\n";
}

}  // namespace

void write_graphml(std::ostream& out, const Graph& graph, Network network) {
    NetworkTable table = network_table(graph, network);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
        << " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        << " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
        << " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    write_key(out, "label", "node", "label", AttributeType::string);
    for (std::size_t k = 0; k < table.node_attributes.size(); ++k)
        write_key(out, "n" + std::to_string(k), "node", table.node_attributes[k].name, table.node_attributes[k].type);
    write_key(out, "weight", "edge", "weight", AttributeType::real);
    for (std::size_t k = 0; k < table.edge_attributes.size(); ++k)
        write_key(out, "e" + std::to_string(k), "edge", table.edge_attributes[k].name, table.edge_attributes[k].type);
    out << "  <graph id=\"" << network_name(network) << "\" edgedefault=\""
        << (table.directed ? "directed" : "undirected") << "\">\n";
    for (const auto& node : table.nodes) {
        out << "    <node id=\"" << util::markup_escape(node.id) << "\">\n"
            << "      <data key=\"label\">" << util::markup_escape(node.label) << "</data>\n";
        write_values(out, "n", node.values);
        out << "    </node>\n";
    }
    std::size_t k = 0;
    table.for_each_edge([&](const NetworkEdge& edge) {
        out << "    <edge id=\"e" << k++ << "\" source=\"" << util::markup_escape(edge.source) << "\" target=\""
            << util::markup_escape(edge.target) << "\">\n"
            << "      <data key=\"weight\">" << weight_text(edge.weight) << "</data>\n";
        write_values(out, "e", edge.values);
        out << "    </edge>\n";
    });
    out << "  </graph>\n</graphml>\n";
}

}  // namespace stance::exports
