#include "stance/util/progress.hpp"

#include <gtest/gtest.h>

namespace stance::util {
namespace {

TEST(Progress, TextSaysTheStageHowFarAndHowLong) {
    EXPECT_EQ(progress_text("parsing", 120, 5002, "files", 3.4), "stance: parsing 120/5002 files (2%), 3 s");
    EXPECT_EQ(progress_text("writing reports", 7, 7, "", 12.0), "stance: writing reports 7/7 (100%), 12 s");
    EXPECT_EQ(progress_text("checking", 0, 0, "", 2.6), "stance: checking, 3 s");
}

// No line is left behind: a line shown and then destroyed is erased, and a run shorter than the
// delay shows nothing at all.
TEST(Progress, ShortRunWritesNothing) {
    std::FILE* out = std::tmpfile();
    ASSERT_NE(out, nullptr);
    {
        ProgressLine line(out, std::chrono::hours(1));
        progress_stage("parsing", 10, "files");
        progress_advance(3);
    }
    EXPECT_EQ(std::ftell(out), 0);
    std::fclose(out);
}

}  // namespace
}  // namespace stance::util
