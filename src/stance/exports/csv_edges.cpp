// Edge lists for R and igraph: every edge of every network in one table, told apart by kind:
// a relation between claims (implies, contradicts, equivalent, supports, undermines; weight 1),
// a stance or derived commitment of an expert on a claim (weight: the value), and the
// congruence and conflict between two experts (weight: the number of claims).
#include "stance/exports/escape.hpp"
#include "stance/util/markup_escape.hpp"
#include "stance/exports/exports.hpp"
#include "stance/exports/network.hpp"

namespace stance::exports {

void write_csv_edges(std::ostream& out, const Graph& graph) {
    const auto& corpus = graph.corpus();
    auto row = [&out](const std::string& source, const std::string& target, std::string_view kind, double weight) {
        out << util::csv_field(source) << ',' << util::csv_field(target) << ',' << kind << ',' << weight_text(weight) << "\r\n";
    };
    out << "source,target,kind,weight\r\n";
    for (const auto& r : corpus.relations)
        row(graph.claim_node(r.from), graph.claim_node(r.to), model::relation_name(r.kind), 1);
    for (const auto& s : graph.stances())
        row(graph.expert_node(s.expert), graph.claim_node(s.claim), s.derived ? "derived" : "stance", s.value);
    for (const auto& pair : graph.pairs()) {
        if (pair.congruence) row(graph.expert_node(pair.a), graph.expert_node(pair.b), "congruence", pair.congruence);
        if (pair.conflict) row(graph.expert_node(pair.a), graph.expert_node(pair.b), "conflict", pair.conflict);
    }
}

}  // namespace stance::exports
