#include "stance/check/agreement.hpp"

#include <algorithm>
#include <cstdlib>

namespace stance::check {

namespace {

int sign(int value) { return (value > 0) - (value < 0); }

// The counts behind one pair's agreement, and the camps' closeness with each shared claim
// weighted.
struct PairSums {
    int shared = 0;
    int congruence = 0;
    int conflict = 0;
    int qualified = 0;
    int derived = 0;      // shared claims where either cell is derived
    double weight = 0;    // sum of the shared claims' weights
    double weighted = 0;  // sum of weight * (1 - |va - vb| / 4)

    // One shared claim, on which the two experts' cells are x and y.
    void add(int x_value, bool x_derived, int y_value, bool y_derived, double claim_weight) {
        ++shared;
        const int sides = sign(x_value) * sign(y_value);
        congruence += sides > 0;
        conflict += sides < 0;
        qualified += sides == 0;
        derived += x_derived || y_derived;
        weight += claim_weight;
        weighted += claim_weight * (1 - std::abs(x_value - y_value) / 4.0);
    }

    Agreement agreement(Index a, Index b, int min_shared) const {
        Agreement pair{a, b, shared, congruence, conflict, qualified, derived, {}};
        if (shared >= min_shared) pair.score = static_cast<double>(congruence - conflict) / shared;
        return pair;
    }
};

// Each claim's cells as compact (expert, value) entries, in expert order (as `cells` is): a
// claim's list is walked once per expert on it, so its size in cache decides the speed.
class ClaimLists {
public:
    struct Entry {
        Index expert;
        int value;
        bool derived;
    };

    ClaimLists(std::size_t claims, const std::vector<Cell>& cells) : m_begin(claims + 1, 0), m_entries(cells.size()) {
        for (const Cell& cell : cells) ++m_begin[cell.claim + 1];
        for (std::size_t c = 0; c < claims; ++c) m_begin[c + 1] += m_begin[c];
        std::vector<std::size_t> place(m_begin.begin(), m_begin.end() - 1);
        for (const Cell& cell : cells) m_entries[place[cell.claim]++] = {cell.expert, cell.value, cell.derived};
    }

    // For each expert a in turn, calls visit(a, x, y) for each cell x of a and each cell y of a
    // later expert on x's claim, then done(a).
    template <class Visit, class Done>
    void walk(const std::vector<Cell>& cells, Visit&& visit, Done&& done) const {
        std::vector<std::size_t> next(m_begin.begin(), m_begin.end() - 1);  // per claim: the first cell not yet taken as `a`
        for (std::size_t i = 0; i < cells.size();) {
            const Index a = cells[i].expert;
            for (; i < cells.size() && cells[i].expert == a; ++i) {
                const Cell& x = cells[i];
                // Experts are taken in order, so x is the first cell of its claim not yet taken.
                for (std::size_t k = ++next[x.claim]; k < m_begin[x.claim + 1]; ++k) visit(a, x, m_entries[k]);
            }
            done(a);
        }
    }

private:
    std::vector<std::size_t> m_begin;
    std::vector<Entry> m_entries;
};

}  // namespace

PairMeasures measure_pairs(const model::Corpus& corpus, const std::vector<Cell>& cells,
                           std::span<const double> claim_weight, int min_shared, bool agreement_table) {
    const std::size_t experts = corpus.experts.size();
    const ClaimLists lists(corpus.claims.size(), cells);
    std::vector<Index> met;  // the partners of the current a, in the order met

    PairMeasures result;
    if (agreement_table) {
        // First the number of pairs, so that the table is allocated once at its size (a table of
        // millions of pairs would otherwise be copied as it grows, twice its size at the peak).
        std::vector<Index> seen_by(experts, none);
        std::size_t pairs = 0;
        lists.walk(
            cells,
            [&](Index a, const Cell&, const ClaimLists::Entry& y) {
                if (seen_by[y.expert] != a) seen_by[y.expert] = a, ++pairs;
            },
            [](Index) {});
        result.agreement.reserve(pairs);
    }
    std::vector<PairSums> sums(experts);
    lists.walk(
        cells,
        [&](Index, const Cell& x, const ClaimLists::Entry& y) {
            const double weight = claim_weight[x.claim];
            PairSums& sum = sums[y.expert];
            if (sum.shared == 0) met.push_back(y.expert);
            sum.add(x.value, x.derived, y.value, y.derived, weight);
        },
        [&](Index a) {
            const auto take = [&](Index b) {
                PairSums& sum = sums[b];
                if (sum.shared >= min_shared && sum.weight > 1e-9)
                    result.closeness.push_back({a, b, static_cast<float>(1 - sum.weighted / sum.weight)});
                if (agreement_table) result.agreement.push_back(sum.agreement(a, b, min_shared));
                sum = {};
            };
            // Many partners: a scan of the experts after a is cheaper than sorting them.
            if (met.size() * 16 >= experts - a) {
                for (std::size_t b = a + 1; b < experts; ++b)
                    if (sums[b].shared > 0) take(static_cast<Index>(b));
            } else {
                std::sort(met.begin(), met.end());
                for (Index b : met) take(b);
            }
            met.clear();
        });
    return result;
}

std::vector<Agreement> measure_pairs_of(const model::Corpus& corpus, const std::vector<Cell>& cells, int min_shared,
                                        Index expert) {
    // The cells of `expert` (a run, as `cells` is ordered by expert), by claim.
    const auto own = std::ranges::equal_range(cells, expert, {}, &Cell::expert);
    std::vector<const Cell*> own_on(corpus.claims.size(), nullptr);
    for (const Cell& x : own) own_on[x.claim] = &x;

    std::vector<PairSums> sums(corpus.experts.size());
    std::vector<Index> met;
    for (const Cell& y : cells) {
        const Cell* x = own_on[y.claim];
        if (x == nullptr || y.expert == expert) continue;
        PairSums& sum = sums[y.expert];
        if (sum.shared == 0) met.push_back(y.expert);
        sum.add(x->value, x->derived, y.value, y.derived, 0);
    }
    // By the other expert: the pairs (other, expert) first, then (expert, other), ordered by a then b.
    std::sort(met.begin(), met.end());
    std::vector<Agreement> row;
    row.reserve(met.size());
    for (Index other : met)
        row.push_back(sums[other].agreement(std::min(other, expert), std::max(other, expert), min_shared));
    return row;
}

}  // namespace stance::check
