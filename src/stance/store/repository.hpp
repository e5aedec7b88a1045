#pragma once
// The writing side of the store: a fresh database with the schema, and every insert as a
// statement prepared once and reused for all rows, inside one transaction. Reading a database
// back into a corpus. Internal to store/ (write_store and read_store add the file handling).
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <optional>
#include <string>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"
#include "stance/store/sqlite.hpp"
#include "stance/store/store.hpp"

namespace stance::store {

class Repository {
public:
    // Creates the schema in the (new, empty) database `filename`; ":memory:" works too.
    explicit Repository(const std::string& filename);

    // Inserts everything in one transaction; throws (and rolls back) on any failure.
    void write(const model::Corpus& corpus, const check::Analysis& analysis, const BuildRecord& record = {});

    // The same in two steps, so that the corpus can go in while the checks still run: begin()
    // opens the transaction and inserts the corpus and the record, finish() copies in the
    // analysis's tables, and commits. A Repository destroyed in between rolls back.
    void begin(const model::Corpus& corpus, const BuildRecord& record = {});
    void finish(AnalysisTables analysis);

    // The analysis's tables alone, in one transaction (AnalysisTables).
    void write_analysis(const model::Corpus& corpus, const check::Analysis& analysis);

    SQLite::Database& database() { return m_database; }

private:
    void write_corpus(const model::Corpus& corpus);

    // Declaration order is destruction order: the statements are finalised before the
    // database closes.
    SQLite::Database m_database;
    Prepared m_file, m_source, m_author, m_bib_field, m_expert, m_affiliation, m_aka, m_topic, m_tag, m_camp,
        m_finding, m_option, m_text;
    // The tables of many rows.
    BatchedInsert m_claim, m_relation, m_stance, m_quote, m_because, m_cell, m_consensus, m_agreement;
    std::optional<SQLite::Transaction> m_transaction;  // between begin() and finish()
};

struct AnalysisTables::Image {
    unsigned char* bytes = nullptr;  // sqlite3_serialize's, freed with sqlite3_free
    sqlite3_int64 size = 0;
    ~Image() { sqlite3_free(bytes); }
};

// Reads a database written by Repository (its identity already checked) into a corpus.
Stored read_database(SQLite::Database& database);
// Reads what such a database records of its build (read_inputs); throws on any SQLite error.
StoredInputs read_build_inputs(SQLite::Database& database);

}  // namespace stance::store
