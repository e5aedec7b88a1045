// A stance matrix too large to read as one table is left out of the human formats, which say so
// and how to ask for a slice; the data formats still hold every cell.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "stance/check/analysis.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::report {
namespace {

using model::Index;

// `experts` experts on each of `claims` claims, each on a claim of its own.
std::string matrix_text(std::size_t experts, std::size_t claims, Format format) {
    test::CorpusBuilder b;
    std::vector<Index> shared;
    for (std::size_t c = 0; c < claims; ++c) shared.push_back(b.claim("c" + std::to_string(c)));
    for (std::size_t i = 0; i < experts; ++i) {
        Index e = b.expert("e" + std::to_string(i));
        for (Index c : shared) b.stance(e, i % 2 ? 1 : -1, c);
    }
    const model::Corpus& corpus = b.corpus();
    check::AnalyseOptions options;
    options.check_quotes = false;
    const check::Analysis analysis = check::analyse(corpus, options);
    std::ostringstream out;
    matrix_report(corpus, analysis, *make_writer(out, format), parts_for(format));
    return out.str();
}

TEST(LargeMatrix, TooManyColumnsAsksForASlice) {
    const std::string md = matrix_text(max_matrix_columns + 1, 2, Format::md);
    EXPECT_NE(md.find("The table itself is left out: 2 claims by 501 experts"), std::string::npos) << md.substr(0, 600);
    EXPECT_NE(md.find("--topic"), std::string::npos);
    EXPECT_EQ(md.find("| Claim |"), std::string::npos);
    // Every cell is still in the long CSV.
    const std::string csv = matrix_text(max_matrix_columns + 1, 2, Format::csv);
    EXPECT_NE(csv.find("e500"), std::string::npos);
}

TEST(LargeMatrix, TooManyRowsAsksForASlice) {
    const std::string text = matrix_text(2, max_matrix_rows + 1, Format::text);
    EXPECT_NE(text.find("The table itself is left out: 5001 claims by 2 experts"), std::string::npos);
}

TEST(LargeMatrix, AtTheBoundTheTableIsDrawn) {
    const std::string md = matrix_text(max_matrix_columns, 1, Format::md);
    EXPECT_EQ(md.find("The table itself is left out"), std::string::npos);
    EXPECT_NE(md.find("| Claim |"), std::string::npos);
}

}  // namespace
}  // namespace stance::report
