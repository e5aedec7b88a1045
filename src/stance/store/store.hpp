#pragma once
// The claim store: one SQLite file holding a corpus and what the checks found in it, for
// reports without reparsing and for users with sqlite3, pandas or R (docs/store.md). Writes
// are atomic: a temporary file renamed over the old store; a failed write leaves it unchanged.
// Only store/ includes SQLite headers.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::store {

// Writes the whole store to `path` (atomically). Throws on I/O or SQLite failure, leaving any
// existing store at `path` exactly as it was. A file at `path` that is neither empty nor a
// stance store is never overwritten (that throws too).
void write_store(const std::filesystem::path& path, const model::Corpus& corpus, const check::Analysis& analysis);

// A parse result kept in the store for the next incremental build: a file's content hash and
// its syntax tree in the ast_codec encoding (see parse_cache.hpp).
struct CachedParse {
    std::string hash;
    std::string blob;
};

// As above, also keeping `parses` for the next build.
void write_store(const std::filesystem::path& path, const model::Corpus& corpus, const check::Analysis& analysis,
                 const std::vector<CachedParse>& parses);

// write_store in two steps, so that the corpus is written while the checks run on another
// thread: the constructor writes the corpus and `parses` into a temporary file beside `path`
// (throwing as write_store does), commit() adds the analysis and puts the file in place. A
// writer destroyed without commit() removes its temporary and leaves `path` as it was.
// `corpus` must stay unchanged until commit() returns.
class StoreWriter {
public:
    StoreWriter(const std::filesystem::path& path, const model::Corpus& corpus, const std::vector<CachedParse>& parses);
    ~StoreWriter();
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    void commit(const check::Analysis& analysis);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

struct Stored {
    model::Corpus corpus;                 // as written, lookup maps rebuilt
    std::vector<check::Finding> findings; // as the build found them (quote checks included)
};

// Reads a store written by write_store. Throws when it is missing, not a stance store, or of
// another schema version, and "damaged claim store: FILE: what" when its content is not what
// write_store writes (an invalid or duplicate id, a reference to nothing, a value out of range).
Stored read_store(const std::filesystem::path& path);

}  // namespace stance::store
