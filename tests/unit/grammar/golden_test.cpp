// Data-driven: every tests/data/grammar/NAME.claims is parsed and its diagnostics, one
// "line:column code" per line, must equal NAME.expected.
#include <gtest/gtest.h>

#include <filesystem>

#include "unit/grammar/parse_fixture.hpp"

namespace stance::grammar::testing {
namespace {

TEST(GrammarGolden, DiagnosticsOfEachDataFile) {
    std::filesystem::path dir = std::filesystem::path(STANCE_TEST_DATA) / "grammar";
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".claims") continue;
        auto expected_path = entry.path();
        expected_path.replace_extension(".expected");
        ASSERT_TRUE(std::filesystem::exists(expected_path)) << expected_path;
        Parsed p(util::read_file(entry.path()));
        std::string actual;
        for (const auto& line : p.errors()) actual += line + "\n";
        EXPECT_EQ(actual, util::read_file(expected_path)) << entry.path();
        ++files;
    }
    EXPECT_GE(files, 2);
}

}  // namespace
}  // namespace stance::grammar::testing
