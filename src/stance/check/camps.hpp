#pragma once
// Camps of experts: average-linkage agglomerative clustering on a distance between experts.
//
// The distance is 1 - agreement with each shared claim weighted by how contested it is
// (1 - its consensus). Experts on every side of a debate agree on the many claims nobody
// disputes; counted alike, those claims would merge opposed camps. Weighted, a claim all hold
// alike weighs nothing and the camps form on what is in dispute. (The agreement table itself,
// a public view, stays unweighted.)
//
// Why this clustering: average linkage asks a camp to agree on average, so one shared claim
// cannot chain two opposed groups together (as single linkage would), nor can one stray pair
// split a camp (as complete linkage would). Pairs without a shared contested claim sit at the
// neutral distance 0.5 (no evidence either way), so they never join on their own but do not
// veto a camp either. Merging stops at distance 0.25: a camp's members are on average at most
// one step apart on the five-point scale (asserts and strongly asserts are one camp; asserts
// and denies are not). The nearest-neighbour chain algorithm gives the same tree as greedy
// merging in O(n^2) time and memory, with ties broken by the lower index, so the camps are
// deterministic.
#include <vector>

#include "stance/check/agreement.hpp"
#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

inline constexpr double camp_distance = 0.25;
inline constexpr double neutral_distance = 0.5;
// Above this many experts with stances, the O(n^2) distance table is not built and each expert
// is a camp of one.
inline constexpr std::size_t max_clustered_experts = 4096;

// Whether find_camps over `cells` (ordered by expert) reads the closeness of pairs: only when
// from two up to max_clustered_experts experts have cells.
bool camps_read_closeness(const std::vector<Cell>& cells);

struct Camps {
    std::vector<std::vector<Index>> camps;  // two or more members; largest first, then by the first member's id; members by id
    std::vector<Index> unplaced;            // the other experts, by id
    std::vector<Index> expert_order;        // every expert, camp by camp, then the unplaced
};

// How contested each claim is, 1 - consensus (0 for a claim without stated cells): the claim
// weights for sum_pairs.
std::vector<double> contested_weights(const model::Corpus& corpus, const std::vector<Consensus>& consensus);

// closeness: measure_pairs over `cells` weighted by contested_weights; a pair not in it (too few
// shared claims, none contested) is at the neutral distance.
Camps find_camps(const model::Corpus& corpus, const std::vector<Cell>& cells, const std::vector<Closeness>& closeness);

// What a computed camp is called: the claims that best separate it from the experts outside
// it (docs/measures.md, "Camp labels"). A claim can label a camp when at least two members
// state it, all on one side, and at least one outsider states it; it scores the share of
// members who state it times the gap between the members' mean value and the outsiders'. The
// best max_camp_labels claims with a score above 0 label the camp, ties in claim order.
inline constexpr std::size_t max_camp_labels = 2;
std::vector<std::vector<CampLabel>> label_camps(const model::Corpus& corpus, const std::vector<Cell>& cells,
                                               const std::vector<std::vector<Index>>& camps);

}  // namespace stance::check
