#include "stance/check/consensus.hpp"

#include <array>
#include <cmath>
#include <cstdlib>

namespace stance::check {

std::vector<Consensus> measure_consensus(const model::Corpus& corpus, const std::vector<Cell>& stated) {
    std::vector<std::array<int, 5>> counts(corpus.claims.size(), std::array<int, 5>{});  // values -2..2
    for (const Cell& cell : stated)
        if (cell.claim < counts.size() && cell.value >= -2 && cell.value <= 2) ++counts[cell.claim][cell.value + 2];

    std::vector<Consensus> result;
    for (Index claim = 0; claim < counts.size(); ++claim) {
        const auto& count = counts[claim];
        Consensus c;
        c.claim = claim;
        int sum = 0;
        for (int v = -2; v <= 2; ++v) {
            c.n += count[v + 2];
            sum += v * count[v + 2];
        }
        if (c.n == 0) continue;
        c.denying = count[0] + count[1];
        c.qualifying = count[2];
        c.asserting = count[3] + count[4];
        c.mean = static_cast<double>(sum) / c.n;
        if (c.n >= 2) {
            // |x - mean| < 4 for every value present unless all values are one extreme (then it
            // is 0), so the logarithm is always finite.
            double consensus = 1;
            for (int v = -2; v <= 2; ++v) {
                if (count[v + 2] == 0) continue;
                const double share = static_cast<double>(count[v + 2]) / c.n;
                consensus += share * std::log2(1 - std::abs(v - c.mean) / 4);
            }
            c.consensus = consensus;
        }
        result.push_back(c);
    }
    return result;
}

}  // namespace stance::check
