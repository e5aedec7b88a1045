#include "stance/exports/network.hpp"

#include <algorithm>
#include <cstdio>

namespace stance::exports {
namespace {

using Value = std::optional<std::string>;

Value text(const std::string& value) { return value.empty() ? Value{} : Value{value}; }
Value integer(long long value) { return std::to_string(value); }
Value boolean(bool value) { return value ? "true" : "false"; }
Value real(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

// Name, affiliation and camp: what both networks say of an expert.
const std::vector<Attribute> expert_attributes = {
    {"kind", AttributeType::string}, {"name", AttributeType::string},
    {"affiliation", AttributeType::string}, {"camp", AttributeType::integer}};

std::vector<Value> expert_values(const Graph& graph, Index e) {
    int camp = graph.camp(e);
    return {"expert", graph.corpus().experts[e].name, text(graph.affiliation(e)), camp ? integer(camp) : Value{}};
}

NetworkTable two_mode(const Graph& graph) {
    const auto& corpus = graph.corpus();
    NetworkTable table;
    table.node_attributes = expert_attributes;
    table.node_attributes.insert(table.node_attributes.end(),
                                 {{"text", AttributeType::string}, {"topic", AttributeType::string},
                                  {"experts", AttributeType::integer}, {"mean", AttributeType::real},
                                  {"consensus", AttributeType::real}});
    table.edge_attributes = {{"kind", AttributeType::string},      {"verb", AttributeType::string},
                             {"source", AttributeType::string},    {"date", AttributeType::string},
                             {"strongly", AttributeType::boolean}, {"derived", AttributeType::boolean}};
    for (Index e = 0; e < corpus.experts.size(); ++e) {
        auto values = expert_values(graph, e);
        values.resize(table.node_attributes.size());
        table.nodes.push_back({graph.expert_node(e), corpus.experts[e].name, std::move(values)});
    }
    for (Index c = 0; c < corpus.claims.size(); ++c) {
        const auto& claim = corpus.claims[c];
        const check::Consensus* consensus = graph.consensus(c);
        std::vector<Value> values = {"claim", {}, {}, {}, claim.text,
                                     claim.topic == none ? Value{} : Value{corpus.topics[claim.topic].id},
                                     integer(consensus ? consensus->n : 0)};
        values.push_back(consensus ? real(consensus->mean) : Value{});
        values.push_back(consensus && consensus->consensus ? real(*consensus->consensus) : Value{});
        table.nodes.push_back({graph.claim_node(c), claim.id, std::move(values)});
    }
    table.for_each_edge = [&graph](const EdgeVisitor& visit) {
        const auto& sources = graph.corpus().sources;
        for (const auto& s : graph.stances()) {
            Index source = s.derived ? none : graph.corpus().stances[s.stance].source;
            visit({graph.expert_node(s.expert), graph.claim_node(s.claim), static_cast<double>(s.value), s.date,
                   {"stance", std::string(model::stance_verb(s.value)),
                    source == none ? Value{} : Value{sources[source].id}, text(s.date.to_string()),
                    boolean(s.value == 2 || s.value == -2), boolean(s.derived)}});
        }
    };
    return table;
}

// The claims a pair shares on the same side (congruence) or on opposite sides (conflict).
int shared_claims(const check::Agreement& pair, Network network) {
    return network == Network::congruence ? pair.congruence : pair.conflict;
}

NetworkTable one_mode(const Graph& graph, Network network) {
    const auto& corpus = graph.corpus();
    NetworkTable table;
    table.directed = false;
    table.node_attributes = expert_attributes;
    table.edge_attributes = {{"kind", AttributeType::string}};
    for (Index e = 0; e < corpus.experts.size(); ++e)
        table.nodes.push_back({graph.expert_node(e), corpus.experts[e].name, expert_values(graph, e)});
    table.for_each_edge = [&graph, network](const EdgeVisitor& visit) {
        for (const auto& pair : graph.pairs())
            if (int claims = shared_claims(pair, network); claims > 0)
                visit({graph.expert_node(pair.a), graph.expert_node(pair.b), static_cast<double>(claims), {},
                       {std::string(network_name(network))}});
    };
    return table;
}

}  // namespace

NetworkTable network_table(const Graph& graph, Network network) {
    return network == Network::two_mode ? two_mode(graph) : one_mode(graph, network);
}

std::size_t network_edges(const Graph& graph, Network network) {
    if (network == Network::two_mode) return graph.stances().size();
    return static_cast<std::size_t>(std::count_if(graph.pairs().begin(), graph.pairs().end(), [network](const auto& pair) {
        return shared_claims(pair, network) > 0;
    }));
}

std::string weight_text(double weight) { return *real(weight); }

}  // namespace stance::exports
