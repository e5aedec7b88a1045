#pragma once
// Consistency and commitments of each expert. An expert's stances that count now are literals
// (asserts: the claim holds; denies: it fails; qualifies: nothing), each `because P` adds the
// literal P, and the hard relations are binary clauses: a 2-SAT instance per expert.
//
// Every hard relation gives a clause with at least one negative literal (implies: not A or B;
// contradicts: not A or not B), so the relations alone always hold with every claim false. An
// expert's instance is then unsatisfiable exactly when propagating their literals through the
// implication graph reaches both a literal and its negation (setting the closed set of reached
// literals true leaves a subset of the relation clauses on untouched claims, which is
// satisfiable). Breadth-first propagation decides it in time linear in the part of the graph the
// expert reaches, and yields a shortest chain; it needs no recursion, so deep chains are safe.
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/check/graph.hpp"
#include "stance/check/matrix.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

struct Commitments {
    std::vector<Inconsistency> inconsistencies;  // by expert
    std::vector<Cell> derived;                   // by expert, then claim; none for inconsistent experts
};

// For each expert, the chain that proves them inconsistent or, when consistent, every literal
// their stances commit them to on a claim they state nothing about (a derived cell whose reason
// is the path from a stance). A `because` claim is thus a derived commitment unless stated.
Commitments find_commitments(const model::Corpus& corpus, const StatedMatrix& matrix,
                             const ImplicationGraph& graph);

// The inconsistencies of find_commitments alone, without deriving the consistent experts'
// commitments: what the findings read. With `parallel`, the experts are shared by two cores.
std::vector<Inconsistency> find_inconsistencies(const model::Corpus& corpus, const StatedMatrix& matrix,
                                                const ImplicationGraph& graph, bool parallel = false);

}  // namespace stance::check
