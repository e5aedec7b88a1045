// A stance matrix or a table of pairs too large to read as one table is left out of the human
// formats, which say so and how to ask for a slice; the data formats still hold every cell and pair.
#include <gtest/gtest.h>

#include <algorithm>
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
check::Analysis analysed(const model::Corpus& corpus) {
    check::AnalyseOptions options;
    options.check_quotes = false;
    return check::analyse(corpus, options);
}

std::string matrix_text(std::size_t experts, std::size_t claims, Format format) {
    test::CorpusBuilder b;
    std::vector<Index> shared;
    for (std::size_t c = 0; c < claims; ++c) shared.push_back(b.claim("c" + std::to_string(c)));
    for (std::size_t i = 0; i < experts; ++i) {
        Index e = b.expert("e" + std::to_string(i));
        for (Index c : shared) b.stance(e, i % 2 ? 1 : -1, c);
    }
    const model::Corpus& corpus = b.corpus();
    const check::Analysis analysis = analysed(corpus);
    std::ostringstream out;
    matrix_report(corpus, analysis, *make_writer(out, format), parts_for(format));
    return out.str();
}

// The agreement report of `experts` experts who all state the same two claims: every pair is judged.
std::string agreement_text(std::size_t experts, Format format) {
    test::CorpusBuilder b;
    Index c1 = b.claim("c1"), c2 = b.claim("c2");
    for (std::size_t i = 0; i < experts; ++i) {
        Index e = b.expert("e" + std::to_string(i));
        b.stance(e, 1, c1);
        b.stance(e, i % 2 ? 1 : -1, c2);
    }
    const check::Analysis analysis = analysed(b.corpus());
    std::ostringstream out;
    agreement_report(b.corpus(), analysis, *make_writer(out, format), parts_for(format));
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

TEST(LargeAgreement, TooManyPairsAsksForASlice) {
    // 101 experts make 5,050 pairs; 100 make 4,950, within the bound.
    const std::string md = agreement_text(101, Format::md);
    EXPECT_NE(md.find("The table itself is left out: 5050 pairs"), std::string::npos) << md.substr(0, 2000);
    EXPECT_EQ(md.find("| Expert A |"), std::string::npos);
    const std::string csv = agreement_text(101, Format::csv);
    EXPECT_EQ(static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')), 5050u + 1u);
    const std::string drawn = agreement_text(100, Format::md);
    EXPECT_EQ(drawn.find("The table itself is left out"), std::string::npos);
    EXPECT_NE(drawn.find("| Expert A |"), std::string::npos);
}

}  // namespace
}  // namespace stance::report
