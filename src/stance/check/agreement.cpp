#include "stance/check/agreement.hpp"

#include <algorithm>
#include <cstdlib>


namespace stance::check {

namespace {
int sign(int value) { return (value > 0) - (value < 0); }
}  // namespace

std::vector<PairSums> sum_pairs(const model::Corpus& corpus, const std::vector<Cell>& cells,
                                std::span<const double> claim_weight) {
    // Each claim's cells as compact (expert, value) entries, in expert order (as `cells` is):
    // a claim's list is walked once per expert on it, so its size in cache decides the speed.
    struct Entry {
        Index expert;
        int value;
        bool derived;
    };
    std::vector<std::size_t> next(corpus.claims.size() + 1, 0);  // per claim: the first cell not yet taken as `a`
    for (const Cell& cell : cells) ++next[cell.claim + 1];
    for (std::size_t c = 0; c < corpus.claims.size(); ++c) next[c + 1] += next[c];
    const std::vector<std::size_t> end(next.begin() + 1, next.end());
    std::vector<Entry> entries(cells.size());
    {
        std::vector<std::size_t> place(next.begin(), next.end() - 1);
        for (const Cell& cell : cells) entries[place[cell.claim]++] = {cell.expert, cell.value, cell.derived};
    }

    // For each expert a in turn, the sums over the experts b > a.
    const std::size_t experts = corpus.experts.size();
    std::vector<PairSums> sums(experts);
    std::vector<Index> met;
    std::vector<PairSums> result;
    for (std::size_t i = 0; i < cells.size();) {
        const Index a = cells[i].expert;
        for (; i < cells.size() && cells[i].expert == a; ++i) {
            const Cell& x = cells[i];
            const double weight = claim_weight[x.claim];
            // Experts are taken in order, so x is the first cell of its claim not yet taken.
            for (std::size_t k = ++next[x.claim]; k < end[x.claim]; ++k) {
                const Entry& y = entries[k];
                PairSums& sum = sums[y.expert];
                if (sum.shared++ == 0) met.push_back(y.expert);
                const int sides = sign(x.value) * sign(y.value);
                sum.congruence += sides > 0;
                sum.conflict += sides < 0;
                sum.qualified += sides == 0;
                sum.derived += x.derived || y.derived;
                sum.weight += weight;
                sum.weighted += weight * (1 - std::abs(x.value - y.value) / 4.0);
            }
        }
        const auto take = [&](Index b) {
            PairSums& sum = sums[b];
            sum.a = a;
            sum.b = b;
            result.push_back(sum);
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
    }
    return result;
}

std::vector<Agreement> agreement_table(const std::vector<PairSums>& pairs, int min_shared) {
    std::vector<Agreement> result;
    result.reserve(pairs.size());
    for (const PairSums& sum : pairs) {
        Agreement a{sum.a, sum.b, sum.shared, sum.congruence, sum.conflict, sum.qualified, sum.derived, {}};
        if (sum.shared >= min_shared) a.score = static_cast<double>(sum.congruence - sum.conflict) / sum.shared;
        result.push_back(a);
    }
    return result;
}

}  // namespace stance::check
