#pragma once
// The claim store: one SQLite file holding a corpus and what the checks found in it, for
// reports without reparsing and for users with sqlite3, pandas or R (docs/store.md). Writes
// are atomic: a temporary file renamed over the old store; a failed write leaves it unchanged.
// Only store/ includes SQLite headers.
#include <filesystem>
#include <memory>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"
#include "stance/model/load.hpp"

namespace stance::store {

// Writes the whole store to `path` (atomically). Throws on I/O or SQLite failure, leaving any
// existing store at `path` exactly as it was. A file at `path` that is neither empty nor a
// stance store is never overwritten (that throws too).
void write_store(const std::filesystem::path& path, const model::Corpus& corpus, const check::Analysis& analysis);

// What a build was made from beyond its claims files (whose paths and hashes the corpus has):
// the options that change the store, by name, and the content hashes of the source texts.
// A later build that finds all of it unchanged leaves the store as it is (read_inputs).
struct BuildRecord {
    std::vector<std::pair<std::string, std::string>> options;  // name, value
    std::vector<std::pair<std::string, std::string>> texts;    // path, content hash
};

// As above, also recording what the build was made from.
void write_store(const std::filesystem::path& path, const model::Corpus& corpus, const check::Analysis& analysis,
                 const BuildRecord& record);

// The store's tables of an analysis (matrix_cells, claim_stats, pair_agreement, camps,
// finding_rows), written apart into a database in memory, so that the thread that computed
// the analysis writes them while the corpus goes into the store on another. Committing copies
// them in as SQLite copies a table into one of the same definition, without decoding a row.
// Throws as write_store does (naming `store`, the store they are for) when the analysis names
// an item that `corpus` lacks or holds a value that the schema refuses.
class AnalysisTables {
public:
    AnalysisTables(const std::filesystem::path& store, const model::Corpus& corpus, const check::Analysis& analysis);
    ~AnalysisTables();
    AnalysisTables(AnalysisTables&&) noexcept;
    AnalysisTables& operator=(AnalysisTables&&) noexcept;

    struct Image;  // the database's bytes (internal to store/)
    Image& image() { return *m_image; }

private:
    std::unique_ptr<Image> m_image;
};

// write_store in two steps, so that the corpus is written while the checks run on another
// thread: the constructor writes the corpus and `record` into a temporary file beside `path`
// (throwing as write_store does), commit() adds the analysis and puts the file in place. A
// writer destroyed without commit() removes its temporary and leaves `path` as it was.
// `corpus` must stay unchanged until the constructor returns.
class StoreWriter {
public:
    StoreWriter(const std::filesystem::path& path, const model::Corpus& corpus, const BuildRecord& record = {});
    ~StoreWriter();
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    void commit(AnalysisTables analysis);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

struct Stored {
    model::Corpus corpus;                 // as written, lookup maps rebuilt
    std::vector<check::Finding> findings; // as the build found them (quote checks included)
};

// What the store at `path` says it was built from, and how its findings stood, for a build
// that may find nothing to do. nullopt when there is no store of this schema version there, or
// it cannot be read: the build then writes a new one.
struct StoredInputs {
    BuildRecord record;
    model::RecordedInputs inputs;  // files and texts; text_hashes is record.texts
    struct Finding {
        check::FindingKind kind;
        diag::Severity severity;
        bool quoted_source = false;  // its source has stances with quotes
    };
    std::vector<Finding> findings;
    std::size_t claims = 0, stances = 0;
};
std::optional<StoredInputs> read_inputs(const std::filesystem::path& path);

// Removes the temporaries that dead builds left beside the store at `path` (as a write does).
void remove_dead_temporaries(const std::filesystem::path& path);

// Reads a store written by write_store. Throws when it is missing, not a stance store, or of
// another schema version, and "damaged claim store: FILE: what" when its content is not what
// write_store writes (an invalid or duplicate id, a reference to nothing, a value out of range).
Stored read_store(const std::filesystem::path& path);

}  // namespace stance::store
