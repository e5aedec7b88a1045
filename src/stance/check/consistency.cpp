#include "stance/check/consistency.hpp"

#include <algorithm>
#include <iterator>
#include <span>
#include <string>

#include "stance/check/explain.hpp"
#include "stance/util/parallel.hpp"

namespace stance::check {

namespace {

// The literals an expert holds now: the side of each current stance, then each reason.
std::vector<Seed> expert_seeds(const model::Corpus& corpus, const StatedMatrix& matrix, Index expert) {
    std::vector<Seed> seeds;
    const auto rows = std::span(matrix.addressed).subspan(
        matrix.expert_begin[expert], matrix.expert_begin[expert + 1] - matrix.expert_begin[expert]);
    // The stance shown in the cell first, so that it explains the literal when others agree.
    for (const auto& row : rows) {
        const int shown = row.value;
        if (shown != 0) seeds.push_back({literal(row.claim, shown > 0), row.decisive});
        for (auto k = row.current_begin; k < row.current_end; ++k) {
            const Index s = matrix.current[k];
            const int value = corpus.stances[s].value;
            if (value != 0 && s != row.decisive) seeds.push_back({literal(row.claim, value > 0), s});
        }
    }
    for (const auto& row : rows)
        for (auto k = row.current_begin; k < row.current_end; ++k) {
            const Index s = matrix.current[k];
            for (Index reason : corpus.stances[s].because)
                if (reason < corpus.claims.size()) seeds.push_back({literal(reason, true), s});
        }
    return seeds;
}

// From the stance behind `clash`, through the relations, to the stance behind its negation.
std::vector<Link> clash_chain(const model::Corpus& corpus, const Propagation& propagation, Literal clash) {
    std::vector<Link> chain = path_links(corpus, propagation, clash, false);
    std::vector<Link> other = path_links(corpus, propagation, negation(clash), false);
    chain.insert(chain.end(), other.rbegin(), other.rend());
    return chain;
}

// "asserts a; a implies b": the stance, then the relations to l. A long path keeps only its
// last relations ("asserts a; … 12 more …; y implies z"), so that the reasons of a whole chain
// of commitments stay linear in its length.
std::string reason(const model::Corpus& corpus, const Propagation& propagation, Literal l) {
    constexpr std::uint32_t shown = 4;
    std::vector<Link> links{seed_link(corpus, propagation.seed_of(l), false)};
    if (propagation.depth(l) > shown)
        links.push_back({"… " + std::to_string(propagation.depth(l) - shown) + " more …", {}});
    for (Index r : propagation.relations_to(l, shown)) links.push_back(relation_link(corpus, r));
    return chain_text(corpus, links, false);
}

}  // namespace

namespace {

// The inconsistency of each expert in [first, last); with `derived`, each consistent expert's
// derived cells too (their reasons are most of the work, and `stance check` reads none of them).
void commit(const model::Corpus& corpus, const StatedMatrix& matrix, const ImplicationGraph& graph, Index first,
            Index last, std::vector<Inconsistency>& inconsistencies, std::vector<Cell>* derived) {
    Propagation propagation(graph);
    std::vector<Index> stated_by(derived ? corpus.claims.size() : 0, none);  // which expert last marked the claim
    for (Index expert = first; expert < last; ++expert) {
        const auto seeds = expert_seeds(corpus, matrix, expert);
        if (seeds.empty()) continue;
        propagation.run(seeds, true);
        if (propagation.clash() != no_literal) {
            inconsistencies.push_back(
                {expert, clash_chain(corpus, propagation, propagation.clash()), claim_of(propagation.clash())});
            continue;
        }
        if (!derived) continue;
        for (auto r = matrix.expert_begin[expert]; r < matrix.expert_begin[expert + 1]; ++r)
            stated_by[matrix.addressed[r].claim] = expert;
        const auto first_derived = derived->size();
        for (Literal l : propagation.order()) {
            const Index claim = claim_of(l);
            if (stated_by[claim] == expert) continue;  // stated always wins
            derived->push_back({expert, claim, holds(l) ? 1 : -1, true, none, reason(corpus, propagation, l)});
        }
        // Already by expert; order this expert's few cells by claim (one literal per claim: no clash).
        std::sort(derived->begin() + static_cast<std::ptrdiff_t>(first_derived), derived->end(),
                  [](const Cell& x, const Cell& y) { return x.claim < y.claim; });
    }
}

}  // namespace

Commitments find_commitments(const model::Corpus& corpus, const StatedMatrix& matrix,
                             const ImplicationGraph& graph) {
    Commitments result;
    commit(corpus, matrix, graph, 0, static_cast<Index>(corpus.experts.size()), result.inconsistencies,
           &result.derived);
    return result;
}

std::vector<Inconsistency> find_inconsistencies(const model::Corpus& corpus, const StatedMatrix& matrix,
                                                const ImplicationGraph& graph, bool parallel) {
    // Two runs of experts with about as many cells each, one per core, joined in expert order.
    const auto experts = static_cast<Index>(corpus.experts.size());
    Index middle = experts;
    if (parallel) {
        const auto& begin = matrix.expert_begin;  // each expert's first cell; last, the number of cells
        middle = static_cast<Index>(std::upper_bound(begin.begin(), begin.end(), begin.back() / 2) - begin.begin() - 1);
    }
    std::vector<Inconsistency> inconsistencies, second;
    util::for_each_index(2, parallel ? 2 : 1, [&](std::size_t i) {
        if (i == 0) commit(corpus, matrix, graph, 0, middle, inconsistencies, nullptr);
        else commit(corpus, matrix, graph, middle, experts, second, nullptr);
    });
    inconsistencies.insert(inconsistencies.end(), std::make_move_iterator(second.begin()),
                           std::make_move_iterator(second.end()));
    return inconsistencies;
}

}  // namespace stance::check
