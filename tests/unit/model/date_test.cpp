// A date's text: the year, month and day zero-padded to four, two and two digits, as printf's
// "%04d-%02d-%02d" writes them (the claims files' form), for every date the model can hold.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "stance/model/corpus.hpp"

namespace stance::model {
namespace {

std::string printed(const Date& date) {
    if (date.empty()) return "";
    char text[64];
    if (date.month == 0) std::snprintf(text, sizeof text, "%04d", date.year);
    else if (date.day == 0) std::snprintf(text, sizeof text, "%04d-%02d", date.year, date.month);
    else std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
}

TEST(Date, TextIsThePaddedYearMonthAndDay) {
    EXPECT_EQ(Date{}.to_string(), "");
    EXPECT_EQ((Date{2022, 10, 5}.to_string()), "2022-10-05");
    EXPECT_EQ((Date{7, 0, 0}.to_string()), "0007");
    for (int year : {1, 7, 99, 1999, 2024, 9999, 10000, 123456, -5})
        for (int month : {0, 1, 9, 12})
            for (int day : {0, 1, 31}) {
                const Date date{year, month, month == 0 ? 0 : day};
                EXPECT_EQ(date.to_string(), printed(date)) << year << " " << month << " " << day;
            }
}

TEST(Date, WriteGivesTheSameTextWithoutATerminator) {
    char text[Date::max_text];
    const Date date{1999, 12, 31};
    ASSERT_EQ(date.write(text), 10u);
    EXPECT_EQ(std::string(text, 10), "1999-12-31");
    EXPECT_EQ(Date{}.write(text), 0u);
    // A date no claims file can hold is cut to the room there is.
    EXPECT_EQ((Date{2147483647, 99, 99}.to_string()), "2147483647-99-9");
}

}  // namespace
}  // namespace stance::model
