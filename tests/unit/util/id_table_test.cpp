#include "stance/util/id_table.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <unordered_map>
#include <utility>

namespace stance::util {
namespace {

struct Entry {
    int kind;
    std::uint32_t index;
};

TEST(IdTable, FindsWhatWasAddedAndNothingElse) {
    IdTable<Entry> table;
    EXPECT_EQ(table.find("zogg"), nullptr);  // empty, no slots yet
    auto [added, inserted] = table.try_emplace("zogg", {1, 7});
    ASSERT_TRUE(inserted);
    EXPECT_EQ(added->index, 7u);
    ASSERT_NE(table.find("zogg"), nullptr);
    EXPECT_EQ(table.find("zogg")->kind, 1);
    EXPECT_EQ(table.find("zog"), nullptr);
    EXPECT_EQ(table.find("zoggs"), nullptr);
    EXPECT_EQ(table.find(""), nullptr);
    EXPECT_TRUE(table.contains("zogg"));
    EXPECT_EQ(table.size(), 1u);
}

TEST(IdTable, TheFirstInsertionOfAnIdWins) {
    IdTable<Entry> table;
    table.try_emplace("csto-expansion", {3, 1});
    auto [held, inserted] = table.try_emplace("csto-expansion", {0, 2});
    EXPECT_FALSE(inserted);
    EXPECT_EQ(held->kind, 3);
    EXPECT_EQ(held->index, 1u);
    held->index = 5;  // the value is the table's, changed in place
    EXPECT_EQ(table.find("csto-expansion")->index, 5u);
    EXPECT_EQ(table.size(), 1u);
}

// Ids on both sides of what a slot holds inline, and ids that share all but their last byte.
TEST(IdTable, HoldsShortAndLongIdsAlike) {
    constexpr std::size_t inline_capacity = IdTable<Entry>::inline_capacity;
    IdTable<Entry> table;
    std::vector<std::string> ids{""};
    for (std::size_t length : {std::size_t{1}, inline_capacity - 1, inline_capacity, inline_capacity + 1, std::size_t{300}})
        for (char last : {'a', 'b'}) ids.push_back(std::string(length - 1, 'x') + last);
    for (std::uint32_t i = 0; i < ids.size(); ++i) EXPECT_TRUE(table.try_emplace(ids[i], {0, i}).second) << ids[i];
    for (std::uint32_t i = 0; i < ids.size(); ++i) {
        const Entry* found = table.find(ids[i]);
        ASSERT_NE(found, nullptr) << ids[i];
        EXPECT_EQ(found->index, i) << ids[i];
    }
    EXPECT_EQ(table.find(std::string(inline_capacity + 1, 'x')), nullptr);
}

// Random ids of every length, with repeats, against std::unordered_map, through many growths
// of a table given no room up front; then the table moved, its long ids still found.
TEST(IdTable, AgreesWithAnUnorderedMapAsItGrows) {
    std::mt19937 random(16);
    std::uniform_int_distribution<std::size_t> length(0, 70);
    std::uniform_int_distribution<int> letter('a', 'd');  // a small alphabet: many repeats
    IdTable<Entry> table;
    std::unordered_map<std::string, Entry> reference;
    for (std::uint32_t i = 0; i < 20'000; ++i) {
        std::string id(length(random) % 8 == 0 ? length(random) : length(random) % 6, ' ');
        for (char& c : id) c = static_cast<char>(letter(random));
        auto [held, inserted] = table.try_emplace(id, {static_cast<int>(id.size()), i});
        auto [expected, expected_inserted] = reference.try_emplace(id, Entry{static_cast<int>(id.size()), i});
        ASSERT_EQ(inserted, expected_inserted) << id;
        EXPECT_EQ(held->index, expected->second.index) << id;
    }
    EXPECT_EQ(table.size(), reference.size());
    IdTable<Entry> moved(std::move(table));
    for (const auto& [id, entry] : reference) {
        const Entry* found = moved.find(id);
        ASSERT_NE(found, nullptr) << id;
        EXPECT_EQ(found->index, entry.index) << id;
    }
    EXPECT_EQ(moved.find("abcde-not-there"), nullptr);
}

TEST(IdTable, ReserveKeepsWhatIsThere) {
    IdTable<Entry> table;
    table.try_emplace("kuznetsova", {1, 0});
    table.reserve(100'000);
    EXPECT_EQ(table.find("kuznetsova")->kind, 1);
    for (std::uint32_t i = 0; i < 100'000; ++i) table.try_emplace("claim-" + std::to_string(i), {3, i});
    EXPECT_EQ(table.size(), 100'001u);
    EXPECT_EQ(table.find("claim-99999")->index, 99'999u);
}

}  // namespace
}  // namespace stance::util
