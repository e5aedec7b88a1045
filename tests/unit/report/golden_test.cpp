// Golden tests: every report in every format it has, on the fixture corpus, compared byte for
// byte with tests/data/report/<report>.<extension>.expected. After a deliberate change to a
// report, regenerate the goldens and read the diff before keeping it:
//   STANCE_UPDATE_GOLDEN=1 build/release/tests/stance_tests --gtest_filter='ReportGolden*'
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

#include <gtest/gtest.h>

#include "fixture.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"
#include "stance/util/source_file.hpp"

namespace stance::report {
namespace {

struct GoldenCase {
    std::string name;  // file name stem
    std::function<Document(const model::Corpus&, const check::Analysis&)> build;
    Format format;
};

// How ctest lists a case: its expected file's name, not a dump of the struct's bytes.
void PrintTo(const GoldenCase& c, std::ostream* out) { *out << c.name << '.' << format_name(c.format); }

std::vector<GoldenCase> cases() {
    std::vector<std::pair<std::string, std::function<Document(const model::Corpus&, const check::Analysis&)>>> reports = {
        {"matrix", [](const model::Corpus& c, const check::Analysis& a) { return matrix_report(c, a); }},
        {"disagreements", [](const model::Corpus& c, const check::Analysis& a) { return disagreements_report(c, a); }},
        {"agreement", [](const model::Corpus& c, const check::Analysis& a) { return agreement_report(c, a); }},
        {"contradictions", contradictions_report},
        {"evidence", [](const model::Corpus& c, const check::Analysis& a) { return evidence_report(c, a); }},
        {"expert", [](const model::Corpus& c, const check::Analysis& a) { return expert_report(c, a, c.find_expert("zogg")); }},
        {"claim",
         [](const model::Corpus& c, const check::Analysis& a) { return claim_report(c, a, c.find_claim("csto.russia-controls")); }},
        {"sources", sources_report},
    };
    std::vector<GoldenCase> result;
    for (const auto& [name, build] : reports)
        for (Format format : {Format::text, Format::md, Format::csv, Format::json, Format::html, Format::tex, Format::bib})
            if ((format != Format::tex || name == "matrix") && (format != Format::bib || name == "sources"))
                result.push_back({name, build, format});
    return result;
}

class ReportGolden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(ReportGolden, MatchesExpected) {
    const auto& golden = GetParam();
    model::Corpus corpus = testing::fixture_corpus();
    check::Analysis analysis = testing::fixture_analysis(corpus);
    std::ostringstream out;
    write(out, golden.build(corpus, analysis), golden.format);

    std::string path = std::string(STANCE_TEST_DATA) + "/report/" + golden.name + "." +
                       std::string(format_extension(golden.format)) + ".expected";
    if (std::getenv("STANCE_UPDATE_GOLDEN") != nullptr) {
        std::ofstream(path, std::ios::binary) << out.str();
        GTEST_SKIP() << "wrote " << path;
    }
    std::string expected;
    ASSERT_NO_THROW(expected = util::read_file(path)) << "missing golden " << path;
    EXPECT_EQ(out.str(), expected) << "differs from " << path;
}

INSTANTIATE_TEST_SUITE_P(AllReports, ReportGolden, ::testing::ValuesIn(cases()), [](const auto& case_info) {
    return case_info.param.name + "_" + std::string(format_name(case_info.param.format));
});

}  // namespace
}  // namespace stance::report
