// The checked-in reports (reports/) must be what the main command writes from the checked-in
// claims (claims/): the test regenerates them into a temporary folder, the way the main command
// does, and compares file by file, byte by byte. When it fails, regenerate with
//   build/release/stance report all claims --texts ../shared/seeds --bib claims/csto/csto.bib -o reports
// (from the source folder; scripts/main.sh runs it). The evidence reports depend on the article
// texts, so without ../shared/seeds the comparison would differ: the test is skipped then.
#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include "support/run_command.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

std::map<std::string, std::string> files_below(const fs::path& folder) {
    std::map<std::string, std::string> files;
    if (!fs::is_directory(folder)) return files;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file()) files[fs::relative(entry.path(), folder).generic_string()] = read_text(entry.path());
    return files;
}

bool has_claims(const fs::path& folder) {
    if (!fs::is_directory(folder)) return false;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().extension() == ".claims") return true;
    return false;
}

TEST(ReportUpToDate, CheckedInReportsMatchTheClaims) {
    const fs::path source = STANCE_SOURCE_DIR;
    if (!has_claims(source / "claims")) GTEST_SKIP() << "no claims in " << (source / "claims");
    if (!fs::is_directory(source / ".." / "shared" / "seeds"))
        GTEST_SKIP() << "../shared/seeds (the article texts) is not here: the evidence reports would differ";

    const fs::path fresh = fs::temp_directory_path() / ("stance-reports-" + std::to_string(::getpid()));
    fs::remove_all(fresh);
    CommandResult result = run_command(
        STANCE_BINARY, {"report", "all", "claims", "--texts", "../shared/seeds", "--bib", "claims/csto/csto.bib", "-o", fresh.string()}, source);
    ASSERT_EQ(result.exit_code, 0) << result.err;

    const char* regenerate =
        "reports/ is out of date with claims/; regenerate it from the source folder with\n"
        "  build/release/stance report all claims --texts ../shared/seeds --bib claims/csto/csto.bib -o reports";
    auto expected = files_below(fresh);
    auto checked_in = files_below(source / "reports");
    fs::remove_all(fresh);
    for (const auto& [name, text] : expected) {
        auto it = checked_in.find(name);
        if (it == checked_in.end()) ADD_FAILURE() << "reports/" << name << " is missing\n" << regenerate;
        else if (it->second != text) ADD_FAILURE() << "reports/" << name << " differs\n" << regenerate;
    }
    for (const auto& entry : checked_in)
        if (!expected.contains(entry.first))
            ADD_FAILURE() << "reports/" << entry.first << " is no longer written\n" << regenerate;
}

}  // namespace
}  // namespace stance::test
