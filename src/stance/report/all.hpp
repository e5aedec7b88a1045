#pragma once
// The whole set of reports in one folder, linked to each other: every report in every format
// it has (matrix.txt, matrix.md, matrix.csv, matrix.json, matrix.html, matrix.tex,
// disagreements.*, agreement.*, contradictions.*, evidence.*), a page per expert and per claim
// (experts/<id>.{md,html}, claims/<id>.{md,html}), and index.html and README.md linking them.
// Output is deterministic (no timestamps), so a checked-in set can be compared byte for byte.
#include <filesystem>
#include <string>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::report {

// Writes the set into `folder` (created when missing). Pages in experts/ and claims/ that the
// corpus no longer has are removed. Throws std::system_error or std::ios_base::failure when a
// file cannot be written.
// `slice` says what part of the corpus the reports cover ("" for all of it), in every heading.
void write_all(const std::filesystem::path& folder, const model::Corpus& corpus, const check::Analysis& analysis,
               const std::string& slice = "");

}  // namespace stance::report
