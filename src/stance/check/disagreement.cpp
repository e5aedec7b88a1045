#include "stance/check/disagreement.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <tuple>
#include <unordered_map>

#include "stance/check/explain.hpp"

namespace stance::check {

namespace {
std::uint64_t pair_key(Index x, Index y) { return (std::uint64_t{x} << 32) | y; }
}  // namespace

std::vector<DirectDisagreement> find_direct(const model::Corpus& corpus, const std::vector<Cell>& stated) {
    // Per claim, the stances that take a side: the counts first, then only the contested claims.
    std::vector<std::array<std::uint32_t, 2>> sides(corpus.claims.size(), {0, 0});  // for, against
    for (const Cell& cell : stated)
        if (cell.value != 0) ++sides[cell.claim][cell.value > 0 ? 0 : 1];
    std::vector<std::uint32_t> slot(corpus.claims.size(), UINT32_MAX);  // a contested claim's place in result
    std::vector<DirectDisagreement> result;
    for (Index claim = 0; claim < corpus.claims.size(); ++claim) {
        if (sides[claim][0] == 0 || sides[claim][1] == 0) continue;
        slot[claim] = static_cast<std::uint32_t>(result.size());
        DirectDisagreement& d = result.emplace_back();
        d.claim = claim;
        d.for_stances.reserve(sides[claim][0]);
        d.against_stances.reserve(sides[claim][1]);
    }
    for (const Cell& cell : stated) {  // in expert order, as each side is listed
        if (cell.value == 0 || slot[cell.claim] == UINT32_MAX) continue;
        auto& d = result[slot[cell.claim]];
        (cell.value > 0 ? d.for_stances : d.against_stances).push_back(cell.stance);
    }
    return result;
}

std::vector<IndirectDisagreement> find_indirect(const model::Corpus& corpus, const std::vector<Cell>& stated,
                                                const ImplicationGraph& graph) {
    // Who holds each literal (in expert order), and who states each claim: compact records
    // placed by counting, in one pass over the cells each.
    struct Held {
        Index expert, claim, stance;
        int value;
    };
    const auto literal_of = [](const auto& c) { return literal(c.claim, c.value > 0); };
    std::vector<std::uint32_t> begin(graph.literal_count() + 1, 0);
    std::vector<std::uint32_t> claim_begin(corpus.claims.size() + 1, 0);
    for (const Cell& cell : stated) {
        if (cell.value != 0) ++begin[literal_of(cell) + 1];
        ++claim_begin[cell.claim + 1];
    }
    for (std::size_t l = 0; l < graph.literal_count(); ++l) begin[l + 1] += begin[l];
    for (std::size_t c = 0; c < corpus.claims.size(); ++c) claim_begin[c + 1] += claim_begin[c];
    std::vector<Held> sided(begin.back());
    std::vector<Index> by_claim(stated.size());  // the experts stating each claim
    {
        std::vector<std::uint32_t> place(begin.begin(), begin.end() - 1);
        std::vector<std::uint32_t> claim_place(claim_begin.begin(), claim_begin.end() - 1);
        for (const Cell& cell : stated) {
            if (cell.value != 0) sided[place[literal_of(cell)]++] = {cell.expert, cell.claim, cell.stance, cell.value};
            by_claim[claim_place[cell.claim]++] = cell.expert;
        }
    }
    const auto holders = [&](Literal l) {
        return std::span(sided).subspan(begin[l], begin[l + 1] - begin[l]);
    };
    // Marks the experts who state a claim, with a stamp that a later claim overwrites.
    struct Marks {
        std::vector<std::uint32_t> stamp;
        std::uint32_t now = 0;
    };
    Marks on_held{std::vector<std::uint32_t>(corpus.experts.size(), 0)}, on_clashing = on_held;
    const auto mark = [&](Marks& marks, Index claim) {
        ++marks.now;
        for (auto k = claim_begin[claim]; k < claim_begin[claim + 1]; ++k) marks.stamp[by_claim[k]] = marks.now;
    };
    const auto states = [](const Marks& marks, Index expert) { return marks.stamp[expert] == marks.now; };

    std::vector<IndirectDisagreement> result;
    std::unordered_map<std::uint64_t, std::size_t> per_pair;
    Propagation propagation(graph);
    // The experts holding `held` against those holding the negation of `reached`.
    const auto pair_up = [&](Literal held, Literal reached) {
        std::vector<Index> relations;
        std::size_t found = 0;
        for (const Held& x : holders(held))
            for (const Held& y : holders(negation(reached))) {
                if (x.expert == y.expert || states(on_clashing, x.expert) || states(on_held, y.expert)) continue;
                const bool in_order = x.expert < y.expert;
                const Held& a = in_order ? x : y;
                const Held& b = in_order ? y : x;
                auto& count = per_pair[pair_key(a.expert, b.expert)];
                if (count == max_indirect_per_pair) continue;
                ++count;
                if (relations.empty()) relations = propagation.relations_to(reached);
                IndirectDisagreement d{a.expert, b.expert, a.claim, b.claim, {}};
                d.explanation.push_back(seed_link(corpus, {literal_of(a), a.stance}, true));
                // From y's side the same relations run backwards (the contrapositive).
                if (in_order)
                    for (auto r = relations.begin(); r != relations.end(); ++r)
                        d.explanation.push_back(relation_link(corpus, *r));
                else
                    for (auto r = relations.rbegin(); r != relations.rend(); ++r)
                        d.explanation.push_back(relation_link(corpus, *r));
                d.explanation.push_back(seed_link(corpus, {literal_of(b), b.stance}, true));
                result.push_back(std::move(d));
                if (++found == max_indirect_per_claim_pair) return;
            }
    };
    for (Literal held = 0; held < graph.literal_count(); ++held) {
        if (holders(held).empty() || graph.edges(held).empty()) continue;
        const Seed seed{held, none};
        propagation.run(std::span(&seed, 1), false);
        mark(on_held, claim_of(held));
        for (Literal reached : propagation.order()) {
            const Literal clashing = negation(reached);
            // Each incompatible pair of literals is met from both ends; keep the one from the lower claim.
            if (claim_of(clashing) <= claim_of(held) || holders(clashing).empty()) continue;
            mark(on_clashing, claim_of(clashing));
            pair_up(held, reached);
        }
    }
    std::sort(result.begin(), result.end(), [](const IndirectDisagreement& x, const IndirectDisagreement& y) {
        return std::tie(x.a, x.b, x.claim_a, x.claim_b) < std::tie(y.a, y.b, y.claim_a, y.claim_b);
    });
    return result;
}

}  // namespace stance::check
