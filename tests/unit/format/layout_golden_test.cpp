// The layout rules of `stance fmt`, one golden per area: tests/data/format/NAME.claims is the
// input, NAME.formatted what fmt makes of it (STANCE_UPDATE_GOLDEN=1 rewrites the latter).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "stance/format/format.hpp"
#include "stance/format/layout.hpp"
#include "support/run_command.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

fs::path format_data() { return fs::path(STANCE_TEST_DATA) / "format"; }

std::vector<std::string> layout_cases() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(format_data()))
        if (entry.path().extension() == ".claims") names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

class LayoutGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(LayoutGolden, MatchesExpectedLayout) {
    fs::path input = format_data() / (GetParam() + ".claims");
    fs::path expected = format_data() / (GetParam() + ".formatted");
    util::SourceFile file(0, input.filename().string(), read_text(input));
    diag::Sink sink;
    std::optional<std::string> formatted = format::format(file, sink);
    ASSERT_TRUE(formatted.has_value()) << "the input has syntax errors";
    if (updating_goldens()) {
        std::ofstream(expected, std::ios::binary | std::ios::trunc) << *formatted;
        GTEST_SKIP() << "expectation rewritten";
    }
    EXPECT_EQ(*formatted, read_text(expected));
}

INSTANTIATE_TEST_SUITE_P(Rules, LayoutGolden, ::testing::ValuesIn(layout_cases()),
                         [](const ::testing::TestParamInfo<std::string>& param) { return param.param; });

// Lines stop at the wrap column unless one word is longer than the room left (checked over
// every golden output: a line past the column holds a single word after its indentation and
// opening, or is a comment, or was kept from reading as a statement).
TEST(Layout, LinesOfStringsStopAtTheColumn) {
    std::string text = read_text(format_data() / "wrapping.formatted");
    std::size_t long_lines = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        std::string line = text.substr(start, end - start);
        std::size_t columns = 0;
        for (char c : line) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (columns > format::wrap_column) ++long_lines;
        start = end + 1;
    }
    // The two lines that gave a word back so that no line reads as a statement.
    EXPECT_EQ(long_lines, 2u) << text;
}

}  // namespace
}  // namespace stance::test
