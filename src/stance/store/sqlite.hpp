#pragma once
// What the store's reader and writer share about SQLite: opening an existing
// store with its identity checked, binding a row of values in one call, and dates as text.
// Internal to store/: the rest of stance never sees SQLite.
#include <SQLiteCpp/SQLiteCpp.h>

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
// A date as the store writes it ("2022", "2022-10", "2022-10-05": model::Date::write), kept
// beside the row and copied by SQLite when it is bound, so that it need not outlive the call;
// an empty date is NULL.
struct DateText {
    explicit DateText(const model::Date& date);
    char text[model::Date::max_text];  // NUL-terminated; "" for an empty date
};

// Empty text is bound as NULL: the model's "not given" is SQL's NULL.
inline void bind_one(SQLite::Statement& statement, int index, const std::string& text) {
    if (text.empty()) statement.bind(index);
    else statement.bindNoCopy(index, text);
}
inline void bind_one(SQLite::Statement& statement, int index, std::string_view text) {
    if (text.empty()) statement.bind(index);
    else statement.bind(index, std::string(text));
}
inline void bind_one(SQLite::Statement& statement, int index, const char* text) {
    bind_one(statement, index, std::string_view(text));
}
inline void bind_one(SQLite::Statement& statement, int index, const std::string* text) {
    if (text == nullptr) statement.bind(index);
    else bind_one(statement, index, *text);
}
inline void bind_one(SQLite::Statement& statement, int index, const DateText& date) {
    if (date.text[0] == '\0') statement.bind(index);
    else statement.bind(index, date.text);  // copied by SQLite into the parameter's buffer, reused row after row
}
inline void bind_one(SQLite::Statement& statement, int index, Null) { statement.bind(index); }
inline void bind_one(SQLite::Statement& statement, int index, Text text) { statement.bindNoCopy(index, text.value); }
inline void bind_one(SQLite::Statement& statement, int index, std::int64_t value) {
    statement.bind(index, value);
}
inline void bind_one(SQLite::Statement& statement, int index, int value) { statement.bind(index, value); }
inline void bind_one(SQLite::Statement& statement, int index, std::uint32_t value) {
    statement.bind(index, static_cast<std::int64_t>(value));
}
inline void bind_one(SQLite::Statement& statement, int index, const std::optional<std::int64_t>& value) {
    if (value) statement.bind(index, *value);
    else statement.bind(index);
}
inline void bind_one(SQLite::Statement& statement, int index, double value) { statement.bind(index, value); }
inline void bind_one(SQLite::Statement& statement, int index, const std::optional<double>& value) {
    if (value) statement.bind(index, *value);
    else statement.bind(index);
}
inline void bind_one(SQLite::Statement& statement, int index, bool value) { statement.bind(index, value ? 1 : 0); }

template <class Value>
void bind_next(SQLite::Statement& statement, int& index, const Value& value) {
    bind_one(statement, index++, value);
}
// A position fills three columns: file, line, col (all NULL when unknown).
void bind_next(SQLite::Statement& statement, int& index, const model::Position& where);

// Binds the arguments to parameters 1, 2, ... and runs the (prepared, reused) statement.
// The values are bound without copies: they live until the call returns.
template <class... Values>
void execute(SQLite::Statement& statement, const Values&... values) {
    int index = 1;
    (bind_next(statement, index, values), ...);
    statement.exec();
    statement.reset();
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
                      "a temporary string is gone before its step runs: bind a string_view of lasting text");
        if (m_batched == 0) return execute(m_single, values...);
        int index = m_pending * m_columns + 1;
        (bind_next(m_many, index, values), ...);
        --m_batched;
        if (++m_pending < m_rows) return;
        m_many.exec();
        m_many.reset();
        m_pending = 0;
    }

private:
    int m_columns;
    int m_rows;
    SQLite::Statement m_many;
    SQLite::Statement m_single;
    std::size_t m_batched = 0;  // rows still to go through m_many
    int m_pending = 0;          // rows bound to m_many and not yet stepped
};

// Dates as text: "2022", "2022-10", "2022-10-05"; NULL or unreadable text gives an empty date.
model::Date parse_date(std::string_view text);

}  // namespace stance::store
