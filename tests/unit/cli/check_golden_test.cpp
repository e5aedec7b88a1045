// `stance check` and `stance fmt` against the command-line goldens in tests/data/cli/check-*/
// and fmt-*/ (the fmt cases only check or diff: they write nothing; see
// tests/support/run_command.hpp for the layout; STANCE_UPDATE_GOLDEN=1 rewrites them).
#include <gtest/gtest.h>

#include <algorithm>

#include "support/run_command.hpp"

namespace stance::test {
namespace {

class CheckGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(CheckGolden, MatchesExpectedOutput) {
    GoldenCase c = read_golden_case(std::filesystem::path(STANCE_TEST_DATA) / "cli" / GetParam());
    ASSERT_FALSE(c.args.empty()) << "no args in " << c.folder;
    CommandResult result = run_command(STANCE_BINARY, c.args, c.folder);
    if (updating_goldens()) {
        write_golden(c, result);
        GTEST_SKIP() << "expectations rewritten";
    }
    EXPECT_EQ(result.exit_code, c.expected_exit_code);
    EXPECT_EQ(result.err, c.expected_stderr);
    EXPECT_EQ(result.out, c.expected_stdout);
}

std::string case_name(const ::testing::TestParamInfo<std::string>& case_info) {
    std::string name = case_info.param;
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, CheckGolden,
                         ::testing::ValuesIn(golden_case_names(std::filesystem::path(STANCE_TEST_DATA) / "cli", "check-")),
                         case_name);
INSTANTIATE_TEST_SUITE_P(Fmt, CheckGolden,
                         ::testing::ValuesIn(golden_case_names(std::filesystem::path(STANCE_TEST_DATA) / "cli", "fmt-")),
                         case_name);

}  // namespace
}  // namespace stance::test
