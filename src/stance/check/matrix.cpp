#include "stance/check/matrix.hpp"

#include <algorithm>
#include <cstdlib>

#include "stance/check/order.hpp"

namespace stance::check {

namespace {

int sign(int value) { return (value > 0) - (value < 0); }

// What the matrix reads of a stance, read once in file order: the sorts and the groups below
// then read these records rather than the stances themselves (large, and read out of order once
// sorted by claim).
struct Key {
    Index expert, claim, stance;
    int value;
    model::Date date;  // Corpus::stance_date
};

// Shifts within one expert's stances on one claim (given in file order): each change of side
// between two dated positions, ignoring `qualifies` in between.
void find_shifts(std::vector<Key> stances, std::vector<Shift>& shifts) {
    std::stable_sort(stances.begin(), stances.end(), [](const Key& a, const Key& b) { return a.date < b.date; });
    const Key* side = nullptr;  // the latest stance that took a side
    for (const Key& stance : stances) {
        if (stance.value == 0) continue;
        if (side && sign(side->value) != sign(stance.value) && side->date != stance.date)
            shifts.push_back({stance.expert, stance.claim, side->stance, stance.stance});
        side = &stance;
    }
}

}  // namespace

StatedMatrix build_matrix(const model::Corpus& corpus, bool direct_only) {
    const auto& stances = corpus.stances;
    std::vector<Key> order;
    order.reserve(stances.size());
    for (Index s = 0; s < stances.size(); ++s)
        if (stances[s].expert < corpus.experts.size() && stances[s].claim < corpus.claims.size() &&
            (!direct_only || model::rests_on_own_words(stances[s])))
            order.push_back({stances[s].expert, stances[s].claim, s, stances[s].value, corpus.stance_date(stances[s])});
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
            const Key* decisive = &first;
            model::Date latest = first.date;
            for (std::size_t k = i + 1; k < end; ++k) {
                const Key& stance = order[k];
                if (stance.date > decisive->date ||
                    (stance.date == decisive->date && std::abs(stance.value) >= std::abs(decisive->value)))
                    decisive = &stance;
                latest = std::max(latest, stance.date);
            }
            row.decisive = decisive->stance;
            row.value = decisive->value;
            for (std::size_t k = i; k < end; ++k)
                if (order[k].date == latest) matrix.current.push_back(order[k].stance);
            find_shifts({order.begin() + static_cast<std::ptrdiff_t>(i), order.begin() + static_cast<std::ptrdiff_t>(end)},
                        matrix.shifts);
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
