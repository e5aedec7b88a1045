#include "stance/check/matrix.hpp"

#include <algorithm>
#include <cstdlib>

#include "stance/check/order.hpp"

namespace stance::check {

namespace {

int sign(int value) { return (value > 0) - (value < 0); }

// Shifts within one expert's stances on one claim (given in file order): each change of side
// between two dated positions, ignoring `qualifies` in between.
void find_shifts(const model::Corpus& corpus, std::vector<Index> stances, std::vector<Shift>& shifts) {
    std::stable_sort(stances.begin(), stances.end(), [&](Index a, Index b) {
        return corpus.stance_date(corpus.stances[a]) < corpus.stance_date(corpus.stances[b]);
    });
    Index side = none;  // the latest stance that took a side
    for (Index s : stances) {
        const auto& stance = corpus.stances[s];
        if (stance.value == 0) continue;
        if (side != none) {
            const auto& before = corpus.stances[side];
            if (sign(before.value) != sign(stance.value) &&
                corpus.stance_date(before) != corpus.stance_date(stance))
                shifts.push_back({stance.expert, stance.claim, side, s});
        }
        side = s;
    }
}

}  // namespace

StatedMatrix build_matrix(const model::Corpus& corpus, bool direct_only) {
    const auto& stances = corpus.stances;
    // The keys in one sequential pass, so that the sorts below read 12-byte records rather than
    // the stances themselves (large, and read out of order once sorted by claim).
    struct Key {
        Index expert, claim, stance;
        int value;
    };
    std::vector<Key> order;
    order.reserve(stances.size());
    for (Index s = 0; s < stances.size(); ++s)
        if (stances[s].expert < corpus.experts.size() && stances[s].claim < corpus.claims.size() &&
            (!direct_only || model::rests_on_own_words(stances[s])))
            order.push_back({stances[s].expert, stances[s].claim, s, stances[s].value});
    // By expert, then claim, then file order: two stable counting sorts.
    order = bucket_sort(std::move(order), corpus.claims.size(), [](const Key& k) { return k.claim; });
    order = bucket_sort(std::move(order), corpus.experts.size(), [](const Key& k) { return k.expert; });

    StatedMatrix matrix;
    matrix.expert_begin.assign(corpus.experts.size() + 1, 0);
    matrix.current.reserve(order.size());
    for (std::size_t i = 0; i < order.size();) {
        const Key& first = order[i];
        std::size_t end = i + 1;
        while (end < order.size() && order[end].expert == first.expert && order[end].claim == first.claim) ++end;

        Addressed row{first.expert, first.claim, first.stance, first.value,
                      static_cast<std::uint32_t>(matrix.current.size()), 0};
        if (end - i == 1) {  // the common case: one stance decides and counts, whatever its date
            matrix.current.push_back(first.stance);
        } else {
            Index decisive = first.stance;
            model::Date latest = corpus.stance_date(stances[first.stance]);
            for (std::size_t k = i + 1; k < end; ++k) {
                const auto& stance = stances[order[k].stance];
                const auto& best = stances[decisive];
                const model::Date date = corpus.stance_date(stance);
                const model::Date best_date = corpus.stance_date(best);
                if (date > best_date || (date == best_date && std::abs(stance.value) >= std::abs(best.value)))
                    decisive = order[k].stance;
                latest = std::max(latest, date);
            }
            row.decisive = decisive;
            row.value = stances[decisive].value;
            std::vector<Index> group;
            for (std::size_t k = i; k < end; ++k) {
                group.push_back(order[k].stance);
                if (corpus.stance_date(stances[order[k].stance]) == latest) matrix.current.push_back(order[k].stance);
            }
            find_shifts(corpus, std::move(group), matrix.shifts);
        }
        row.current_end = static_cast<std::uint32_t>(matrix.current.size());
        matrix.addressed.push_back(row);
        ++matrix.expert_begin[first.expert + 1];
        i = end;
    }
    for (std::size_t e = 0; e < corpus.experts.size(); ++e) matrix.expert_begin[e + 1] += matrix.expert_begin[e];
    return matrix;
}

std::vector<Cell> StatedMatrix::cells() const {
    std::vector<Cell> cells;
    cells.reserve(addressed.size());
    for (const auto& row : addressed)
        cells.push_back({row.expert, row.claim, row.value, false, row.decisive, {}});
    return cells;
}

}  // namespace stance::check
