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

StatedMatrix build_matrix(const model::Corpus& corpus) {
    const auto& stances = corpus.stances;
    std::vector<Index> order;
    order.reserve(stances.size());
    for (Index s = 0; s < stances.size(); ++s)
        if (stances[s].expert < corpus.experts.size() && stances[s].claim < corpus.claims.size())
            order.push_back(s);
    // By expert, then claim, then file order: two stable counting sorts.
    order = bucket_sort(std::move(order), corpus.claims.size(), [&](Index s) { return stances[s].claim; });
    order = bucket_sort(std::move(order), corpus.experts.size(), [&](Index s) { return stances[s].expert; });

    StatedMatrix matrix;
    matrix.expert_begin.assign(corpus.experts.size() + 1, 0);
    matrix.current.reserve(order.size());
    for (std::size_t i = 0; i < order.size();) {
        const auto& first = stances[order[i]];
        std::size_t end = i;
        while (end < order.size() && stances[order[end]].expert == first.expert &&
               stances[order[end]].claim == first.claim)
            ++end;

        Index decisive = order[i];
        model::Date latest = corpus.stance_date(first);
        for (std::size_t k = i + 1; k < end; ++k) {
            const auto& stance = stances[order[k]];
            const auto& best = stances[decisive];
            const model::Date date = corpus.stance_date(stance);
            const model::Date best_date = corpus.stance_date(best);
            if (date > best_date || (date == best_date && std::abs(stance.value) >= std::abs(best.value)))
                decisive = order[k];
            latest = std::max(latest, date);
        }
        Addressed row{first.expert, first.claim, decisive, static_cast<std::uint32_t>(matrix.current.size()), 0};
        for (std::size_t k = i; k < end; ++k)
            if (corpus.stance_date(stances[order[k]]) == latest) matrix.current.push_back(order[k]);
        row.current_end = static_cast<std::uint32_t>(matrix.current.size());
        matrix.addressed.push_back(row);
        ++matrix.expert_begin[first.expert + 1];

        if (end - i > 1)
            find_shifts(corpus, std::vector<Index>(order.begin() + static_cast<std::ptrdiff_t>(i),
                                                   order.begin() + static_cast<std::ptrdiff_t>(end)),
                        matrix.shifts);
        i = end;
    }
    for (std::size_t e = 0; e < corpus.experts.size(); ++e) matrix.expert_begin[e + 1] += matrix.expert_begin[e];
    return matrix;
}

std::vector<Cell> StatedMatrix::cells(const model::Corpus& corpus) const {
    std::vector<Cell> cells;
    cells.reserve(addressed.size());
    for (const auto& row : addressed)
        cells.push_back({row.expert, row.claim, corpus.stances[row.decisive].value, false, row.decisive, {}});
    return cells;
}

}  // namespace stance::check
