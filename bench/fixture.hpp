#pragma once
// Generated corpora for the micro-benchmarks, built once per size and kept for the whole run:
// the files in memory (no disk I/O in the timings), their syntax trees, the resolved corpus,
// and the analysis. Each stage is computed from the previous one through the public API.
#include <cstdint>
#include <memory>
#include <vector>

#include "grammar/ast.hpp"

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"
#include "stance/util/source_file.hpp"

namespace stance::bench {

struct Fixture {
    std::uint64_t stances = 0;
    std::uint64_t bytes = 0;  // total size of the claims files
    util::SourceManager files;
    std::vector<ast::File> trees;
    model::Corpus corpus;
    check::Analysis analysis;
};

// The fixture of a corpus of `stances` stances (generated, parsed, resolved, analysed).
const Fixture& fixture(std::uint64_t stances);

}  // namespace stance::bench
