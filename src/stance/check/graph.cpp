#include "stance/check/graph.hpp"

#include <algorithm>

namespace stance::check {

ImplicationGraph::ImplicationGraph(const model::Corpus& corpus) {
    using model::RelationKind;
    const std::size_t literals = 2 * corpus.claims.size();
    struct Arc {
        Literal from;
        Edge edge;
    };
    std::vector<Arc> arcs;
    arcs.reserve(2 * corpus.relations.size());
    for (Index r = 0; r < corpus.relations.size(); ++r) {
        const auto& relation = corpus.relations[r];
        if (relation.from >= corpus.claims.size() || relation.to >= corpus.claims.size()) continue;
        const Literal a = literal(relation.from, true), b = literal(relation.to, true);
        auto arc = [&](Literal from, Literal to) { arcs.push_back({from, {to, r}}); };
        switch (relation.kind) {
        case RelationKind::implies:
            arc(a, b), arc(negation(b), negation(a));
            break;
        case RelationKind::contradicts:
            arc(a, negation(b)), arc(b, negation(a));
            break;
        case RelationKind::equivalent:
            arc(a, b), arc(negation(b), negation(a)), arc(b, a), arc(negation(a), negation(b));
            break;
        case RelationKind::supports:
        case RelationKind::undermines:
            break;
        }
    }
    // Counting sort into compressed rows; edges of one literal keep the relations' order.
    m_begin.assign(literals + 1, 0);
    for (const Arc& arc : arcs) ++m_begin[arc.from + 1];
    for (std::size_t l = 0; l < literals; ++l) m_begin[l + 1] += m_begin[l];
    m_edges.resize(arcs.size());
    std::vector<std::uint32_t> next(m_begin.begin(), m_begin.end() - 1);
    for (const Arc& arc : arcs) m_edges[next[arc.from]++] = arc.edge;
}

Propagation::Propagation(const ImplicationGraph& graph)
    : m_graph(graph),
      m_mark(graph.literal_count(), 0),
      m_from(graph.literal_count(), no_literal),
      m_via(graph.literal_count(), none),
      m_seed(graph.literal_count(), no_literal),
      m_depth(graph.literal_count(), 0) {}

void Propagation::reach(Literal l, Literal from, Index relation, Index stance) {
    m_mark[l] = m_run;
    m_from[l] = from;
    const bool seed = from == no_literal;
    m_via[l] = seed ? stance : relation;
    m_seed[l] = seed ? l : m_seed[from];
    m_depth[l] = seed ? 0 : m_depth[from] + 1;
    m_order.push_back(l);
}

void Propagation::run(std::span<const Seed> seeds, bool stop_at_clash) {
    if (++m_run == 0) {  // the counter wrapped: old marks could be mistaken for this run's
        std::fill(m_mark.begin(), m_mark.end(), 0);
        m_run = 1;
    }
    m_order.clear();
    m_clash = no_literal;
    for (const Seed& seed : seeds) {
        if (seed.literal >= m_mark.size() || reached(seed.literal)) continue;
        reach(seed.literal, no_literal, none, seed.stance);
        if (reached(negation(seed.literal)) && m_clash == no_literal) {
            m_clash = seed.literal;
            if (stop_at_clash) return;
        }
    }
    for (std::size_t next = 0; next < m_order.size(); ++next) {
        const Literal from = m_order[next];
        for (const auto& edge : m_graph.edges(from)) {
            if (reached(edge.to)) continue;
            reach(edge.to, from, edge.relation, none);
            if (reached(negation(edge.to)) && m_clash == no_literal) {
                m_clash = edge.to;
                if (stop_at_clash) return;
            }
        }
    }
}

std::vector<Index> Propagation::relations_to(Literal l, std::uint32_t limit) const {
    std::vector<Index> relations;
    for (; m_from[l] != no_literal && relations.size() < limit; l = m_from[l]) relations.push_back(m_via[l]);
    std::reverse(relations.begin(), relations.end());
    return relations;
}

}  // namespace stance::check
