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

// Dates as text: "2022", "2022-10", "2022-10-05"; NULL or unreadable text gives an empty date.
model::Date parse_date(std::string_view text);

}  // namespace stance::store
