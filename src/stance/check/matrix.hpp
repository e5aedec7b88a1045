#pragma once
// The stated part of the stance matrix. For each expert and each claim the expert takes a stance
// on: the stance that decides the cell (the latest by Corpus::stance_date; ties: the larger
// magnitude, then the later in file order), the stances that count now (every stance at that
// latest date: two of opposite sides there are a contradiction, not a change of mind), and the
// position shifts (the expert changed sides between dates). Dates compare part by part, so an
// undated stance is the earliest and "2022" comes before "2022-10".
#include <cstdint>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

struct Addressed {
    Index expert = none;
    Index claim = none;
    Index decisive = none;            // the stance shown in the cell
    int value = 0;                    // its value, kept here to spare a look-up of the stance
    std::uint32_t current_begin = 0;  // StatedMatrix::current[current_begin, current_end)
    std::uint32_t current_end = 0;
};

struct StatedMatrix {
    std::vector<Addressed> addressed;         // by expert, then claim
    std::vector<std::uint32_t> expert_begin;  // an expert's rows: [expert_begin[e], expert_begin[e + 1])
    std::vector<Index> current;               // stances at the latest date, in file order
    std::vector<Shift> shifts;                // by expert, then claim, then date

    std::vector<Cell> cells() const;  // the stated cells, in order
};

// Linear in the stances, apart from ordering by date the few stances of one expert on one claim.
// `direct_only`: only the stances that rest on the expert's own words (model::rests_on_own_words).
StatedMatrix build_matrix(const model::Corpus& corpus, bool direct_only = false);

}  // namespace stance::check
