// BatchedInsert writes every row, in order, whatever the number of rows against the size of a
// step, keeps copies of dates (DateText), and refuses to end with rows it has not written.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

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
        insert.expect(count);
        for (std::size_t i = 0; i < count; ++i) {
            // A temporary, copied when bound: gone long before the step of four rows runs.
            const model::Date date{i % 3 == 0 ? 0 : 2000 + static_cast<int>(i), static_cast<int>(i % 13), 7};
            insert.add(static_cast<std::int64_t>(i), DateText(date));
            expected.push_back(std::to_string(i) + " " + (date.empty() ? "NULL" : date.to_string()));
        }
        insert.end();
        EXPECT_EQ(rows_of(db), expected) << count << " rows";
    }
}

// The date a row keeps is the model's text of it, NUL-terminated; NULL's "" for none.
TEST(DateText, KeepsTheModelsTextOfTheDate) {
    EXPECT_STREQ(DateText(model::Date{}).text, "");
    EXPECT_STREQ(DateText(model::Date{2022, 10, 5}).text, "2022-10-05");
    EXPECT_STREQ(DateText(model::Date{2147483647, 99, 99}).text, "2147483647-99-9");  // cut to its room
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
