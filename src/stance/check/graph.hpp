#pragma once
// The implication graph of a corpus and breadth-first propagation over it. Each claim gives two
// literals (the claim holds, the claim fails); the hard relations give the edges, each labelled
// with the relation that declares it:
//   A implies B      A -> B, not B -> not A
//   A contradicts B  A -> not B, B -> not A
//   A equivalent B   both directions of implies
// `supports` and `undermines` are defeasible and give no edges. Propagation starts from seed
// literals (what an expert states) and records, for every literal it reaches, the literal and
// relation it came from: following those back gives a shortest explanation.
#include <cstdint>
#include <span>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

using Literal = std::uint32_t;
inline constexpr Literal no_literal = UINT32_MAX;

inline Literal literal(Index claim, bool holds) { return 2 * claim + (holds ? 0 : 1); }
inline Index claim_of(Literal l) { return l / 2; }
inline bool holds(Literal l) { return (l & 1) == 0; }
inline Literal negation(Literal l) { return l ^ 1; }

class ImplicationGraph {
public:
    struct Edge {
        Literal to = no_literal;
        Index relation = none;
    };

    explicit ImplicationGraph(const model::Corpus& corpus);

    std::size_t literal_count() const { return m_begin.size() - 1; }
    std::span<const Edge> edges(Literal from) const {
        return {m_edges.data() + m_begin[from], m_edges.data() + m_begin[from + 1]};
    }

private:
    std::vector<std::uint32_t> m_begin;  // compressed rows: edges of l are [m_begin[l], m_begin[l+1])
    std::vector<Edge> m_edges;
};

// A literal an expert holds and the stance that makes them hold it (the stance's own claim, or
// one of its `because` claims). `stance` is none for a seed that stands for no stance.
struct Seed {
    Literal literal = no_literal;
    Index stance = none;
};

// Breadth-first search from a set of seeds. The working arrays are sized once for the graph and
// reused from run to run (a run counter marks what the current run reached), so a run costs only
// the part of the graph it reaches.
class Propagation {
public:
    explicit Propagation(const ImplicationGraph& graph);

    // Reaches every literal implied by the seeds. With stop_at_clash, stops at the first literal
    // whose negation is reached too (clash() names it); a literal seeded twice keeps its first seed.
    void run(std::span<const Seed> seeds, bool stop_at_clash);

    bool reached(Literal l) const { return m_mark[l] == m_run; }
    Literal clash() const { return m_clash; }
    // Reached literals in the order reached (seeds first).
    const std::vector<Literal>& order() const { return m_order; }
    // The seed whose path reaches l, and the number of relations on that path.
    Seed seed_of(Literal l) const { return {m_seed[l], m_via[m_seed[l]]}; }
    std::uint32_t depth(Literal l) const { return m_depth[l]; }
    // The relations along the path, from the seed to l; with a limit, only the last `limit`
    // (so that explaining every reached literal stays linear).
    std::vector<Index> relations_to(Literal l, std::uint32_t limit = UINT32_MAX) const;

private:
    void reach(Literal l, Literal from, Index relation, Index stance);

    const ImplicationGraph& m_graph;
    std::vector<std::uint32_t> m_mark;
    std::vector<Literal> m_from;       // the literal l was reached from; no_literal for a seed
    std::vector<Index> m_via;          // relation (or, for a seed, stance)
    std::vector<Literal> m_seed;       // the seed of l's path
    std::vector<std::uint32_t> m_depth;
    std::vector<Literal> m_order;
    std::uint32_t m_run = 0;
    Literal m_clash = no_literal;
};

}  // namespace stance::check
