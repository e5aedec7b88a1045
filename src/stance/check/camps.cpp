#include "stance/check/camps.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace stance::check {

namespace {

// Distances between n clusters in the upper triangle, in float to halve the table.
class DistanceTable {
public:
    explicit DistanceTable(std::size_t n) : m_n(n), m_d(n * (n - 1) / 2, static_cast<float>(neutral_distance)) {}
    float& at(std::size_t i, std::size_t j) {
        if (i > j) std::swap(i, j);
        return m_d[i * m_n - i * (i + 1) / 2 + (j - i - 1)];
    }

private:
    std::size_t m_n;
    std::vector<float> m_d;
};

struct Merge {
    std::size_t a, b;
    float height;
};

// The average-linkage tree by the nearest-neighbour chain; clusters are named by one member.
std::vector<Merge> average_linkage(DistanceTable& d, std::size_t n) {
    std::vector<Merge> merges;
    std::vector<char> active(n, 1);
    std::vector<std::size_t> size(n, 1);
    std::vector<std::size_t> chain;
    std::size_t left = n;
    while (left > 1) {
        if (chain.empty())
            chain.push_back(static_cast<std::size_t>(std::find(active.begin(), active.end(), 1) - active.begin()));
        const std::size_t a = chain.back();
        std::size_t best = n;
        float best_d = 0;
        for (std::size_t k = 0; k < n; ++k)
            if (active[k] && k != a && (best == n || d.at(a, k) < best_d)) best = k, best_d = d.at(a, k);
        // Preferring the previous link on a tie keeps the chain from cycling.
        if (chain.size() >= 2 && d.at(a, chain[chain.size() - 2]) <= best_d) best = chain[chain.size() - 2];
        if (chain.size() >= 2 && best == chain[chain.size() - 2]) {
            chain.pop_back();
            chain.pop_back();
            const std::size_t keep = std::min(a, best), gone = std::max(a, best);
            merges.push_back({keep, gone, d.at(a, best)});
            for (std::size_t k = 0; k < n; ++k)
                if (active[k] && k != keep && k != gone)
                    d.at(keep, k) = static_cast<float>((size[keep] * d.at(keep, k) + size[gone] * d.at(gone, k)) /
                                                       static_cast<double>(size[keep] + size[gone]));
            size[keep] += size[gone];
            active[gone] = 0;
            --left;
        } else {
            chain.push_back(best);
        }
    }
    return merges;
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

}  // namespace

std::vector<double> contested_weights(const model::Corpus& corpus, const std::vector<Consensus>& consensus) {
    std::vector<double> weights(corpus.claims.size(), 0);
    for (const Consensus& c : consensus)
        if (c.claim < weights.size()) weights[c.claim] = std::max(0.0, 1 - c.consensus.value_or(1));
    return weights;
}

namespace {

bool clusters(std::size_t experts) { return experts >= 2 && experts <= max_clustered_experts; }

}  // namespace

bool camps_read_closeness(const std::vector<Cell>& cells) {
    std::size_t experts = 0;
    for (std::size_t i = 0; i < cells.size() && experts <= max_clustered_experts; ++i)
        experts += i == 0 || cells[i].expert != cells[i - 1].expert;
    return clusters(experts);
}

Camps find_camps(const model::Corpus& corpus, const std::vector<Cell>& cells, const std::vector<Closeness>& closeness) {
    const std::size_t experts = corpus.experts.size();
    // Only experts with stated cells are clustered; `slot` maps an expert to its row.
    std::vector<std::size_t> slot(experts, SIZE_MAX);
    std::vector<Index> clustered;
    for (const Cell& cell : cells)
        if (cell.expert < experts && slot[cell.expert] == SIZE_MAX) {
            slot[cell.expert] = clustered.size();
            clustered.push_back(cell.expert);
        }
    const std::size_t n = clustered.size();

    std::vector<std::size_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    if (clusters(n)) {
        DistanceTable d(n);
        for (const Closeness& pair : closeness) d.at(slot[pair.a], slot[pair.b]) = pair.distance;
        // Average linkage is reducible, so a merge is never lower than the merges below it:
        // the merges under the threshold are whole subtrees, and applying them gives the camps.
        for (const Merge& merge : average_linkage(d, n))
            if (merge.height <= camp_distance + 1e-6) parent[find_root(parent, merge.b)] = find_root(parent, merge.a);
    }

    std::vector<std::vector<Index>> groups(n);
    for (std::size_t i = 0; i < n; ++i) groups[find_root(parent, i)].push_back(clustered[i]);
    Camps result;
    for (auto& group : groups) {
        if (group.size() >= 2) result.camps.push_back(std::move(group));
        else if (group.size() == 1) result.unplaced.push_back(group.front());
    }
    for (Index e = 0; e < experts; ++e)
        if (slot[e] == SIZE_MAX) result.unplaced.push_back(e);

    auto by_id = [&](Index x, Index y) { return corpus.experts[x].id < corpus.experts[y].id; };
    for (auto& camp : result.camps) std::sort(camp.begin(), camp.end(), by_id);
    std::sort(result.unplaced.begin(), result.unplaced.end(), by_id);
    std::sort(result.camps.begin(), result.camps.end(), [&](const auto& x, const auto& y) {
        if (x.size() != y.size()) return x.size() > y.size();
        return by_id(x.front(), y.front());
    });
    for (const auto& camp : result.camps)
        result.expert_order.insert(result.expert_order.end(), camp.begin(), camp.end());
    result.expert_order.insert(result.expert_order.end(), result.unplaced.begin(), result.unplaced.end());
    return result;
}

std::vector<std::vector<CampLabel>> label_camps(const model::Corpus& corpus, const std::vector<Cell>& cells,
                                               const std::vector<std::vector<Index>>& camps) {
    struct Sum {
        int total = 0;
        int n = 0;
        int lowest = 0, highest = 0;  // the members' signs, for "all on one side"
    };
    std::vector<Sum> everyone(corpus.claims.size());
    std::vector<std::vector<const Cell*>> of_expert(corpus.experts.size());
    for (const Cell& cell : cells) {
        if (cell.claim >= everyone.size() || cell.expert >= of_expert.size()) continue;
        everyone[cell.claim].total += cell.value;
        ++everyone[cell.claim].n;
        of_expert[cell.expert].push_back(&cell);
    }
    std::vector<std::vector<CampLabel>> labels;
    std::vector<Sum> members(corpus.claims.size());
    for (const auto& camp : camps) {
        std::vector<Index> touched;
        for (Index e : camp)
            for (const Cell* cell : of_expert[e]) {
                Sum& sum = members[cell->claim];
                const int sign = (cell->value > 0) - (cell->value < 0);
                if (sum.n++ == 0) {
                    touched.push_back(cell->claim);
                    sum.lowest = sum.highest = sign;
                }
                sum.total += cell->value;
                sum.lowest = std::min(sum.lowest, sign);
                sum.highest = std::max(sum.highest, sign);
            }
        std::sort(touched.begin(), touched.end());
        std::vector<CampLabel> scored;
        for (Index c : touched) {
            const Sum in = std::exchange(members[c], Sum{});
            const int outside = everyone[c].n - in.n;
            if (in.n < 2 || outside < 1 || in.lowest != in.highest) continue;
            const double gap = std::abs(static_cast<double>(in.total) / in.n -
                                        static_cast<double>(everyone[c].total - in.total) / outside);
            const double score = gap * in.n / static_cast<double>(camp.size());
            if (score > 0) scored.push_back({c, in.lowest, score});
        }
        std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) { return x.score > y.score; });
        if (scored.size() > max_camp_labels) scored.resize(max_camp_labels);
        labels.push_back(std::move(scored));
    }
    return labels;
}

}  // namespace stance::check
