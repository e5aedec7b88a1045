// The HTML stance matrix in a real browser: Debian's chromium renders it headless (its scripts
// run) and the rendered table must hold one heat-map cell per expert and claim. Skipped where
// chromium is not installed (scripts/test.sh installs it).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include <unistd.h>

#include <gtest/gtest.h>

#include "fixture.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"
#include "stance/util/source_file.hpp"

namespace stance::report {
namespace {

namespace fs = std::filesystem;

TEST(ReportBrowser, ChromiumRendersOneCellPerExpertAndClaim) {
    const fs::path chromium = "/usr/bin/chromium";
    if (!fs::exists(chromium)) GTEST_SKIP() << "chromium is not installed";
    fs::path dir = fs::temp_directory_path() / ("stance-browser-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "profile");

    model::Corpus corpus = testing::fixture_corpus();
    check::Analysis analysis = testing::fixture_analysis(corpus);
    {
        std::ofstream out(dir / "matrix.html", std::ios::binary);
        write(out, matrix_report(corpus, analysis), Format::html);
    }
    std::string command = "timeout 120 " + chromium.string() +
                          " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                          " --disable-background-networking --disable-component-update --disable-sync"
                          " --user-data-dir=" + (dir / "profile").string() + " --dump-dom file://" +
                          (dir / "matrix.html").string() + " > " + (dir / "dom.html").string() + " 2> " +
                          (dir / "chromium.log").string();
    int status = std::system(command.c_str());
    ASSERT_EQ(status, 0) << util::read_file(dir / "chromium.log");
    std::string dom = util::read_file(dir / "dom.html");

    // The rendered matrix: one row per claim (rows with an id), each with one cell per expert.
    auto begin = dom.find("<table id=\"matrix\"");
    ASSERT_NE(begin, std::string::npos) << dom;
    std::string table = dom.substr(begin, dom.find("</table>", begin) - begin);
    const std::regex row("<tr id=\"([^\"]+)\">(.*?)</tr>");
    const std::regex heat_cell("<td class=\"m[ \"]");
    std::set<std::string> claims;
    for (std::sregex_iterator it(table.begin(), table.end(), row), end; it != end; ++it) {
        std::string cells = (*it)[2];
        auto n = std::distance(std::sregex_iterator(cells.begin(), cells.end(), heat_cell), std::sregex_iterator());
        EXPECT_EQ(n, static_cast<long>(corpus.experts.size())) << (*it)[1];
        claims.insert((*it)[1]);
    }
    EXPECT_EQ(claims, (std::set<std::string>{"csto.russia-controls", "csto.members-sovereign", "csto.in-decline",
                                             "csto.will-dissolve"}));
    // Cells that hold a position are focusable and carry their tooltip.
    const std::regex focusable_cell("tabindex=\"0\"");
    auto focusable =
        std::distance(std::sregex_iterator(table.begin(), table.end(), focusable_cell), std::sregex_iterator());
    EXPECT_EQ(focusable, static_cast<long>(analysis.cells.size()));
    fs::remove_all(dir);
}

}  // namespace
}  // namespace stance::report
