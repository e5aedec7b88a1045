#pragma once
// What the store's reader and writer share about SQLite: opening an existing
// store with its identity checked, binding a row of values in one call, and dates as text.
// Internal to store/: the rest of stance never sees SQLite.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "stance/model/corpus.hpp"

namespace stance::store {

// Opens the store at `path` read-only and checks that it is a stance store of this schema
// version; throws std::runtime_error with a message naming the path otherwise.
SQLite::Database open_store(const std::filesystem::path& path);

enum class FileKind { missing, empty, stance_store, other };
// What lies at `path`, judged from the SQLite header (application_id), without opening it.
FileKind probe(const std::filesystem::path& path);

struct Null {};
// Text bound as it is, "" included: for columns that always have a value.
struct Text {
    const std::string& value;
};
// A name from one of the model's fixed tables (a verb, a relation's kind, a finding's kind):
// text with static storage, bound without a copy.
struct Literal {
    std::string_view text;
};
// Values are bound with SQLite's own calls on the prepared statement (SQLiteCpp's bind looks
// the statement up and checks it again on every call), and text without a copy unless said.
// A refused binding throws as SQLiteCpp does.
void throw_bind_error(sqlite3_stmt* statement, int status);
inline void bound(sqlite3_stmt* statement, int status) {
    if (status != SQLITE_OK) throw_bind_error(statement, status);
}
inline void bind_text(sqlite3_stmt* statement, int index, std::string_view text, sqlite3_destructor_type copy) {
    bound(statement, sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), copy));
}
inline void bind_null(sqlite3_stmt* statement, int index) { bound(statement, sqlite3_bind_null(statement, index)); }

// Empty text is bound as NULL: the model's "not given" is SQL's NULL.
inline void bind_one(sqlite3_stmt* statement, int index, const std::string& text) {
    if (text.empty()) bind_null(statement, index);
    else bind_text(statement, index, text, SQLITE_STATIC);
}
inline void bind_one(sqlite3_stmt* statement, int index, const std::string* text) {
    if (text == nullptr) bind_null(statement, index);
    else bind_one(statement, index, *text);
}
inline void bind_one(sqlite3_stmt* statement, int index, Null) { bind_null(statement, index); }
inline void bind_one(sqlite3_stmt* statement, int index, Text text) {
    bind_text(statement, index, text.value, SQLITE_STATIC);
}
inline void bind_one(sqlite3_stmt* statement, int index, Literal name) {
    if (name.text.empty()) bind_null(statement, index);
    else bind_text(statement, index, name.text, SQLITE_STATIC);
}
inline void bind_one(sqlite3_stmt* statement, int index, std::int64_t value) {
    bound(statement, sqlite3_bind_int64(statement, index, value));
}
inline void bind_one(sqlite3_stmt* statement, int index, int value) {
    bound(statement, sqlite3_bind_int(statement, index, value));
}
inline void bind_one(sqlite3_stmt* statement, int index, std::uint32_t value) {
    bind_one(statement, index, static_cast<std::int64_t>(value));
}
inline void bind_one(sqlite3_stmt* statement, int index, const std::optional<std::int64_t>& value) {
    if (value) bind_one(statement, index, *value);
    else bind_null(statement, index);
}
inline void bind_one(sqlite3_stmt* statement, int index, double value) {
    bound(statement, sqlite3_bind_double(statement, index, value));
}
inline void bind_one(sqlite3_stmt* statement, int index, const std::optional<double>& value) {
    if (value) bind_one(statement, index, *value);
    else bind_null(statement, index);
}
inline void bind_one(sqlite3_stmt* statement, int index, bool value) { bind_one(statement, index, value ? 1 : 0); }

template <class Value>
void bind_next(sqlite3_stmt* statement, int& index, const Value& value) {
    bind_one(statement, index++, value);
}
// A position fills three columns: file, line, col (all NULL when unknown).
void bind_next(sqlite3_stmt* statement, int& index, const model::Position& where);

// A statement prepared once and run for row after row (SQLite's handle, finalised with it).
class Prepared {
public:
    Prepared(SQLite::Database& database, const std::string& sql);
    ~Prepared();
    Prepared(const Prepared&) = delete;
    Prepared& operator=(const Prepared&) = delete;

    sqlite3_stmt* handle() const { return m_statement; }
    // Steps the statement to its end and resets it for the next row; throws on failure.
    void run();

private:
    sqlite3_stmt* m_statement = nullptr;
};

// Binds the arguments to parameters 1, 2, ... and runs the (prepared, reused) statement.
// The values are bound without copies: they live until the call returns.
template <class... Values>
void execute(Prepared& statement, const Values&... values) {
    int index = 1;
    (bind_next(statement.handle(), index, values), ...);
    statement.run();
}

// An INSERT of many rows at a time: SQLite steps one statement of `rows_per_step` rows instead
// of one per row: a fifth to a third less CPU for each of the store's large tables at 16 rows,
// about a tenth less again at 128 (more gained nothing). `head` is the statement up
// to its values ("INSERT INTO t (a, b)"). expect(n) says how many rows follow: whole steps go
// through the statement of many rows, the last n % rows_per_step one at a time, and end()
// checks that exactly n came (a row bound and never stepped would be lost). Values are
// bound without copies, as by execute, so they must live until their step runs: a temporary
// string is a compile error.
class BatchedInsert {
public:
    BatchedInsert(SQLite::Database& database, const std::string& head, int rows_per_step = 128);

    void expect(std::size_t rows);
    void end() const;

    template <class... Values>
    void add(Values&&... values) {
        static_assert((!std::is_same_v<Values, std::string> && ...),
                      "a temporary string is gone before its step runs: bind Text of lasting text");
        if (m_batched == 0) return execute(m_single, values...);
        int index = m_pending * m_columns + 1;
        (bind_next(m_many.handle(), index, values), ...);
        --m_batched;
        if (++m_pending < m_rows) return;
        m_many.run();
        m_pending = 0;
    }

private:
    int m_columns;
    int m_rows;
    Prepared m_many;
    Prepared m_single;
    std::size_t m_batched = 0;  // rows still to go through m_many
    int m_pending = 0;          // rows bound to m_many and not yet stepped
};

// Dates as text: "2022", "2022-10", "2022-10-05"; NULL or unreadable text gives an empty date.
model::Date parse_date(std::string_view text);

}  // namespace stance::store
