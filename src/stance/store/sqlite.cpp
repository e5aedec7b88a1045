#include "stance/store/sqlite.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include <sqlite3.h>

#include "stance/store/schema.hpp"

namespace stance::store {

namespace {

constexpr std::string_view sqlite_magic{"SQLite format 3\0", 16};
constexpr std::size_t application_id_offset = 68;  // big-endian int32 in the database header

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

// SQLite counts every allocation under one global mutex unless told not to, and stance never
// reads those counts. sqlite3_config must come before the library initialises (the first open):
// a static initialiser of this file runs before main.
[[maybe_unused]] const int memory_statistics_off = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

}  // namespace

FileKind probe(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) return FileKind::missing;
    if (std::filesystem::is_regular_file(path, error) && std::filesystem::file_size(path, error) == 0 && !error)
        return FileKind::empty;
    std::ifstream in(path, std::ios::binary);
    std::array<char, 100> header{};
    if (!in.read(header.data(), header.size())) return FileKind::other;
    if (std::string_view(header.data(), sqlite_magic.size()) != sqlite_magic) return FileKind::other;
    std::uint32_t id = 0;
    for (std::size_t i = 0; i < 4; ++i)
        id = (id << 8) | static_cast<unsigned char>(header[application_id_offset + i]);
    return id == static_cast<std::uint32_t>(application_id) ? FileKind::stance_store : FileKind::other;
}

SQLite::Database open_store(const std::filesystem::path& path) {
    switch (probe(path)) {
    case FileKind::missing: throw std::runtime_error("no claim store at " + quoted(path));
    case FileKind::empty:
    case FileKind::other:
        throw std::runtime_error(quoted(path) + " is not a stance claim store (build one with `stance build`)");
    case FileKind::stance_store: break;
    }
    SQLite::Database database(path, SQLite::OPEN_READONLY);
    int version = database.execAndGet("PRAGMA user_version").getInt();
    if (version != schema_version)
        throw std::runtime_error("the claim store " + quoted(path) + " has schema version " + std::to_string(version) +
                                 ", this stance reads version " + std::to_string(schema_version) +
                                 " (rebuild it with `stance build`)");
    return database;
}

namespace {

int columns_of(const std::string& head) {
    auto open = head.find('(');
    if (open == std::string::npos) throw std::logic_error("claim store: no columns in '" + head + "'");
    return 1 + static_cast<int>(std::count(head.begin() + static_cast<std::ptrdiff_t>(open), head.end(), ','));
}

std::string values_of(int columns, int rows) {
    std::string row = "(?";
    for (int c = 1; c < columns; ++c) row += ", ?";
    row += ")";
    std::string all = " VALUES " + row;
    for (int r = 1; r < rows; ++r) all += ", " + row;
    return all;
}

}  // namespace

Prepared::Prepared(SQLite::Database& database, const std::string& sql) {
    int status = sqlite3_prepare_v2(database.getHandle(), sql.c_str(), -1, &m_statement, nullptr);
    if (status != SQLITE_OK) throw SQLite::Exception(database.getHandle(), status);
}

Prepared::~Prepared() { sqlite3_finalize(m_statement); }

void Prepared::run() {
    int status = sqlite3_step(m_statement);
    if (status == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return;
    }
    SQLite::Exception failure(sqlite3_db_handle(m_statement), status);  // SQLite's message, before the reset
    sqlite3_reset(m_statement);
    throw failure;
}

void throw_bind_error(sqlite3_stmt* statement, int status) {
    throw SQLite::Exception(sqlite3_db_handle(statement), status);
}

BatchedInsert::BatchedInsert(SQLite::Database& database, const std::string& head, int rows_per_step)
    : m_columns(columns_of(head)),
      m_rows(rows_per_step),
      m_many(database, head + values_of(m_columns, rows_per_step)),
      m_single(database, head + values_of(m_columns, 1)) {}

void BatchedInsert::expect(std::size_t rows) {
    if (m_pending != 0) throw std::logic_error("claim store: a batch of rows left unwritten");
    m_batched = rows - rows % static_cast<std::size_t>(m_rows);
}

void BatchedInsert::end() const {
    if (m_batched != 0 || m_pending != 0) throw std::logic_error("claim store: fewer rows than expected");
}

void bind_next(sqlite3_stmt* statement, int& index, const model::Position& where) {
    if (where.file == model::none) {
        for (int i = 0; i < 3; ++i) bind_null(statement, index++);
        return;
    }
    bind_one(statement, index++, where.file);
    bind_one(statement, index++, where.line);
    bind_one(statement, index++, where.column);
}

model::Date parse_date(std::string_view text) {
    model::Date date;
    auto part = [&text](std::size_t begin, std::size_t size, int& out) {
        if (text.size() < begin + size) return false;
        const char* first = text.data() + begin;
        auto [end, error] = std::from_chars(first, first + size, out);
        return error == std::errc{} && end == first + size;
    };
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return {};
    if (!part(0, 4, date.year)) return {};
    if (text.size() >= 7 && (text[4] != '-' || !part(5, 2, date.month))) return {};
    if (text.size() == 10 && (text[7] != '-' || !part(8, 2, date.day))) return {};
    return date;
}

}  // namespace stance::store
