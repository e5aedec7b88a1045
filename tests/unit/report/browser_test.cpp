// HTML reports in a real browser: Debian's chromium renders them headless (their scripts run).
// The rendered matrix must hold one heat-map cell per expert and claim, and a table's sort
// buttons must order its rows. Skipped where chromium is not installed (scripts/test.sh
// installs it).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "fixture.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"
#include "stance/util/source_file.hpp"

namespace stance::report {
namespace {

namespace fs = std::filesystem;

const fs::path chromium = "/usr/bin/chromium";

// Runs chromium headless on `html` (its scripts run) and returns the DOM it rendered.
std::string rendered_dom(const fs::path& dir, const std::string& html) {
    fs::create_directories(dir / "profile");
    {
        std::ofstream out(dir / "page.html", std::ios::binary);
        out << html;
    }
    std::string command = "timeout 120 " + chromium.string() + " --headless --no-sandbox --disable-gpu --disable-quic"
                          " --no-first-run --disable-background-networking --disable-component-update --disable-sync"
                          " --user-data-dir=" + (dir / "profile").string() + " --dump-dom file://" +
                          (dir / "page.html").string() + " > " + (dir / "dom.html").string() + " 2> " +
                          (dir / "chromium.log").string();
    int status = std::system(command.c_str());
    EXPECT_EQ(status, 0) << util::read_file(dir / "chromium.log");
    return util::read_file(dir / "dom.html");
}

TEST(ReportBrowser, ChromiumRendersOneCellPerExpertAndClaim) {
    if (!fs::exists(chromium)) GTEST_SKIP() << "chromium is not installed";
    fs::path dir = fs::temp_directory_path() / ("stance-browser-" + std::to_string(::getpid()));
    fs::remove_all(dir);

    model::Corpus corpus = testing::fixture_corpus();
    check::Analysis analysis = testing::fixture_analysis(corpus);
    std::ostringstream page;
    write(page, matrix_report(corpus, analysis), Format::html);
    std::string dom = rendered_dom(dir, page.str());

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

// A table of text sorts by the text its cells show (line breaks as newlines), which the page no
// longer repeats in a data-sort attribute; numbers sort by their data-sort value.
TEST(ReportBrowser, SortingATableOfTextFollowsTheShownTextAndNumbersTheirValue) {
    if (!fs::exists(chromium)) GTEST_SKIP() << "chromium is not installed";
    fs::path dir = fs::temp_directory_path() / ("stance-browser-sort-" + std::to_string(::getpid()));
    fs::remove_all(dir);

    Table table{.name = "t", .columns = {{"name", "Name"}, {"n", "N", Align::right}}};
    auto row = [](Inline name, long long n) { return Row{.cells = {cell(std::move(name)), cell(n)}}; };
    table.rows = {row({strong("Charlie"), line_break(), text("3")}, 10), row({text("alpha"), line_break(), text("z")}, 9),
                  row({text("Bravo "), emphasis("b")}, 100), row({text("alpha")}, 2)};
    Document doc{.title = "Sorting"};
    doc.blocks.push_back(table);
    std::ostringstream page;
    write(page, doc, Format::html);
    std::string html = page.str();
    ASSERT_EQ(html.find("data-sort=\"Charlie"), std::string::npos) << "the text is not repeated";
    ASSERT_NE(html.find("data-sort=\"100\""), std::string::npos) << "a number keeps its key";

    // Click "Name", note the order; click "N" twice (descending), note it again.
    const std::string clicks =
        "<script>\n"
        "var buttons = document.querySelectorAll('#t thead button.sort');\n"
        "function order() { return Array.prototype.map.call(document.querySelectorAll('#t tbody tr'),\n"
        "  function (r) { return r.cells[1].textContent; }).join(','); }\n"
        "buttons[0].click(); var byName = order();\n"
        "buttons[1].click(); buttons[1].click(); var byN = order();\n"
        "document.body.insertAdjacentHTML('beforeend', '<p id=\"result\">' + byName + '|' + byN + '</p>');\n"
        "</script>\n";
    html.insert(html.rfind("</body>"), clicks);
    std::string dom = rendered_dom(dir, html);
    auto at = dom.rfind("<p id=\"result\">");  // the one the script added, not its source
    ASSERT_NE(at, std::string::npos) << dom;
    // By name: "alpha" before "alpha\nz" (a prefix first), then Bravo, then Charlie, ignoring case.
    EXPECT_EQ(dom.substr(at + 15, dom.find("</p>", at) - at - 15), "2,9,100,10|100,10,9,2");
    fs::remove_all(dir);
}

}  // namespace
}  // namespace stance::report
