// GEXF 1.2 (Gephi): a dynamic graph whose edges start at their dates (YYYY-MM-DD, a month or a
// year standing for its first day), so that Gephi's timeline shows the debate as it unfolded.
// An edge without a date holds throughout.
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
    case AttributeType::integer: return "integer";
    case AttributeType::real: return "double";
    case AttributeType::boolean: return "boolean";
    }
    return "string";
}

void write_attributes(std::ostream& out, const char* domain, const std::vector<Attribute>& attributes) {
    out << "    <attributes class=\"" << domain << "\" mode=\"static\">\n";
    for (std::size_t k = 0; k < attributes.size(); ++k)
        out << "      <attribute id=\"" << k << "\" title=\"" << util::markup_escape(attributes[k].name) << "\" type=\""
            << type_name(attributes[k].type) << "\"/>\n";
    out << "    </attributes>\n";
}

void write_values(std::ostream& out, const std::vector<std::optional<std::string>>& values) {
    out << "        <attvalues>";
    for (std::size_t k = 0; k < values.size(); ++k)
        if (values[k]) out << "<attvalue for=\"" << k << "\" value=\"" << util::markup_escape(*values[k]) << "\"/>";
    out << "</attvalues>\n";
}

}  // namespace

void write_gexf(std::ostream& out, const Graph& graph, Network network) {
    NetworkTable table = network_table(graph, network);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
        << "  <meta><creator>stance</creator><description>" << network_name(network)
        << " network</description></meta>\n"
        << "  <graph mode=\"dynamic\" timeformat=\"date\" defaultedgetype=\""
        << (table.directed ? "directed" : "undirected") << "\">\n";
    write_attributes(out, "node", table.node_attributes);
    write_attributes(out, "edge", table.edge_attributes);
    out << "    <nodes>\n";
    for (const auto& node : table.nodes) {
        out << "      <node id=\"" << util::markup_escape(node.id) << "\" label=\"" << util::markup_escape(node.label) << "\">\n";
        write_values(out, node.values);
        out << "      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    std::size_t k = 0;
    table.for_each_edge([&](const NetworkEdge& edge) {
        out << "      <edge id=\"" << k++ << "\" source=\"" << util::markup_escape(edge.source) << "\" target=\""
            << util::markup_escape(edge.target) << "\" weight=\"" << weight_text(edge.weight) << "\"";
        if (!edge.start.empty()) out << " start=\"" << calendar_date(edge.start) << "\"";
        out << ">\n";
        write_values(out, edge.values);
        out << "      </edge>\n";
    });
    out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace stance::exports
