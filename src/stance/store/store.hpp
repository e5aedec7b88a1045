#pragma once
// The claim store: one SQLite file holding a corpus and what the checks found in it, for
// reports without reparsing and for users with sqlite3, pandas or R (docs/store.md). Writes
// are atomic: a temporary file renamed over the old store; a failed write leaves it unchanged.
// Only store/ includes SQLite headers.
#include <filesystem>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::store {

// Writes the whole store to `path` (atomically). Throws on I/O or SQLite failure, leaving any
// existing store at `path` exactly as it was.
void write_store(const std::filesystem::path& path, const model::Corpus& corpus, const check::Analysis& analysis);

struct Stored {
    model::Corpus corpus;                 // as written, lookup maps rebuilt
    std::vector<check::Finding> findings; // as the build found them (quote checks included)
};

// Reads a store written by write_store. Throws when it is missing, not a stance store, or of
// another schema version.
Stored read_store(const std::filesystem::path& path);

}  // namespace stance::store
