#pragma once
// The whole set of reports in one folder, linked to each other: every report in every format
// it has (matrix.txt, matrix.md, matrix.csv, matrix.json, matrix.html, matrix.tex,
// disagreements.*, agreement.*, contradictions.*, evidence.*), a page per expert and per claim
// (experts/<id>.{md,html}, claims/<id>.{md,html}), and index.html and README.md linking them.
// A manifest, .stance-manifest, lists what was written (output_folder.hpp).
// Output is deterministic (no timestamps), so a checked-in set can be compared byte for byte.
#include <cstddef>
#include <filesystem>
#include <string>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"
#include "stance/report/reports.hpp"

namespace stance::report {

struct AllOptions {
    bool force = false;  // write into a non-empty folder that has no manifest (see output_folder.hpp)
    std::string slice;   // what part of the corpus the reports cover ("" for all of it), in every heading
    RowLabels labels = RowLabels::ids;  // what labels the stance matrix's rows
    std::size_t max_network_edges = max_report_network_edges;  // congruence.gexf only up to this many edges
};

struct WrittenSet {
    std::size_t files = 0;
    std::filesystem::path index;  // index.html
};

// Writes the set into `folder` (created when missing) and removes the pages that the previous
// run wrote and this one did not (experts or claims since deleted); see OutputFolder for what
// is refused (FolderRefused, nothing written). Throws std::system_error when a file cannot be
// written.
WrittenSet write_all(const std::filesystem::path& folder, const model::Corpus& corpus, const check::Analysis& analysis,
                     const AllOptions& options = {});

}  // namespace stance::report
