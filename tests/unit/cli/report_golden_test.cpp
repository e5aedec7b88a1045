// `stance report` and `stance export` against the command-line goldens in
// tests/data/report/cli/report-*/ and export-*/ (layout
// in tests/support/run_command.hpp; STANCE_UPDATE_GOLDEN=1 rewrites them). They run the whole
// pipeline (load, analyse, report) on tests/data/report/corpus/.
#include <gtest/gtest.h>

#include "support/run_command.hpp"

namespace stance::test {
namespace {

const std::filesystem::path cases_root = std::filesystem::path(STANCE_TEST_DATA) / "report" / "cli";

class ReportGoldenCli : public ::testing::TestWithParam<std::string> {};

TEST_P(ReportGoldenCli, MatchesExpectedOutput) {
    GoldenCase c = read_golden_case(cases_root / GetParam());
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

std::vector<std::string> case_names() {
    std::vector<std::string> names = golden_case_names(cases_root, "report-");
    for (auto& name : golden_case_names(cases_root, "export-")) names.push_back(std::move(name));
    return names;
}

INSTANTIATE_TEST_SUITE_P(Cases, ReportGoldenCli, ::testing::ValuesIn(case_names()),
                         [](const auto& case_info) {
                             std::string name = case_info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

}  // namespace
}  // namespace stance::test
