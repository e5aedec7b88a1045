// BatchedInsert writes every row, in order, whatever the number of rows against the size of a
// step, binds empty text as NULL, and refuses to end with rows it has not written.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <deque>
#include <stdexcept>
#include <string>
#include <vector>

#include "stance/store/sqlite.hpp"

namespace stance::store {
namespace {

std::vector<std::string> rows_of(SQLite::Database& db) {
    SQLite::Statement select(db, "SELECT n, ifnull(label, 'NULL') FROM t ORDER BY rowid");
    std::vector<std::string> rows;
    while (select.executeStep()) rows.push_back(select.getColumn(0).getString() + " " + select.getColumn(1).getString());
    return rows;
}

TEST(BatchedInsert, WritesEveryRowInOrderForAnyCount) {
    for (std::size_t count : {0u, 1u, 3u, 4u, 5u, 8u, 11u}) {
        SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
        db.exec("CREATE TABLE t (n INTEGER, label TEXT)");
        BatchedInsert insert(db, "INSERT INTO t (n, label)", 4);
        std::vector<std::string> expected;
        std::deque<std::string> labels;  // bound without copies: they last until the rows are written
        insert.expect(count);
        for (std::size_t i = 0; i < count; ++i) {
            const std::string& label = labels.emplace_back(i % 3 == 0 ? "" : "label " + std::to_string(i));
            insert.add(static_cast<std::int64_t>(i), label);
            expected.push_back(std::to_string(i) + " " + (label.empty() ? "NULL" : label));
        }
        insert.end();
        EXPECT_EQ(rows_of(db), expected) << count << " rows";
    }
}

TEST(BatchedInsert, EndingWithRowsUnwrittenIsAFault) {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    db.exec("CREATE TABLE t (n INTEGER, label TEXT)");
    BatchedInsert insert(db, "INSERT INTO t (n, label)", 4);
    insert.expect(6);
    for (std::int64_t i = 0; i < 3; ++i) insert.add(i, Null{});
    EXPECT_THROW(insert.end(), std::logic_error);
    EXPECT_TRUE(rows_of(db).empty());  // three rows bound to the step of four, none written
}

}  // namespace
}  // namespace stance::store
