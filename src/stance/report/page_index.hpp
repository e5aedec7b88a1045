#pragma once
// What the expert and claim pages list of one expert or claim (its stances, matrix cells,
// relations, disagreements, agreement pairs and findings), grouped once for the whole corpus:
// `report all` writes a page per expert and per claim, and a page that scanned every stance or
// cell would make the run quadratic.
#include <cstdint>
#include <span>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::report {

// Positions 0..n-1 of a sequence grouped by key, in sequence order within each key.
class Grouped {
public:
    Grouped() = default;
    // `keys_of(i, add)` calls `add(key)` for each key of item i (at most once per key).
    template <class KeysOf>
    Grouped(std::size_t keys, std::size_t items, KeysOf keys_of);
    std::span<const std::uint32_t> of(std::size_t key) const {
        if (key + 1 >= m_begin.size()) return {};
        return {m_items.data() + m_begin[key], m_items.data() + m_begin[key + 1]};
    }

private:
    std::vector<std::uint32_t> m_begin;
    std::vector<std::uint32_t> m_items;
};

template <class KeysOf>
Grouped::Grouped(std::size_t keys, std::size_t items, KeysOf keys_of) : m_begin(keys + 1, 0) {
    // A counting sort: count per key, then place each item at its key's next free slot.
    for (std::size_t i = 0; i < items; ++i)
        keys_of(i, [&](std::size_t key) {
            if (key < keys) ++m_begin[key + 1];
        });
    for (std::size_t k = 0; k < keys; ++k) m_begin[k + 1] += m_begin[k];
    m_items.resize(m_begin.back());
    std::vector<std::uint32_t> next(m_begin.begin(), m_begin.end() - 1);
    for (std::size_t i = 0; i < items; ++i)
        keys_of(i, [&](std::size_t key) {
            if (key < keys) m_items[next[key]++] = static_cast<std::uint32_t>(i);
        });
}

struct PageIndex {
    PageIndex(const model::Corpus& corpus, const check::Analysis& analysis);

    Grouped stances_by_claim;           // corpus.stances, file order
    Grouped stances_by_expert;
    Grouped cells_by_claim;             // analysis.cells, analysis order
    Grouped cells_by_expert;
    Grouped relations_by_claim;         // corpus.relations, by either end
    Grouped direct_by_claim;            // analysis.direct
    Grouped agreement_by_expert;        // analysis.agreement, by either expert
    Grouped inconsistencies_by_expert;  // analysis.inconsistencies
    Grouped findings_by_expert;         // analysis.findings
};

}  // namespace stance::report
