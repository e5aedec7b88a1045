// The matrix and the disagreements report go to their writer as they are built (document.hpp,
// Sink). What is streamed, with only the parts its format needs, writes what the whole document
// writes; the writers put out each data row as it comes; and the JSON and CSV forms parse back
// to every cell of the analysis.
#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixture.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writer_thread.hpp"
#include "stance/report/writers.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::report {
namespace {

using model::Index;

// As `stance report` writes it: built on this thread, written on another.
std::string streamed(bool matrix, const model::Corpus& corpus, const check::Analysis& analysis, Format format,
                     const WriteOptions& options = {}) {
    std::ostringstream out;
    auto writer = make_writer(out, format, options);
    WriterThread writing(*writer);
    if (matrix)
        matrix_report(corpus, analysis, writing, parts_for(format));
    else
        disagreements_report(corpus, analysis, writing, parts_for(format));
    return out.str();
}

std::string whole(bool matrix, const model::Corpus& corpus, const check::Analysis& analysis, Format format) {
    std::ostringstream out;
    write(out, matrix ? matrix_report(corpus, analysis) : disagreements_report(corpus, analysis), format);
    return out.str();
}

TEST(StreamedReport, WritesWhatTheWholeDocumentWrites) {
    const model::Corpus corpus = testing::fixture_corpus();
    const check::Analysis analysis = testing::fixture_analysis(corpus);
    for (bool matrix : {true, false})
        for (Format format : {Format::text, Format::md, Format::csv, Format::json, Format::html, Format::tex}) {
            if (format == Format::tex && !matrix) continue;
            const std::string expected = whole(matrix, corpus, analysis, format);
            const std::string got = streamed(matrix, corpus, analysis, format);
            EXPECT_FALSE(expected.empty());
            EXPECT_EQ(got, expected) << (matrix ? "matrix " : "disagreements ") << format_name(format);
        }
}

TEST(StreamedReport, EachRowIsWrittenAsItComes) {
    Table table{.name = "t"};
    table.columns = {{"a", "A"}, {"b", "B"}};
    for (Format format : {Format::csv, Format::json}) {
        std::ostringstream out;
        auto writer = make_writer(out, format);
        writer->begin(Document{.report = "r", .page = "r", .title = "T"});
        writer->begin_data(table);
        writer->row({{cell("first"), cell(1)}});
        // The table is not over, yet its first row is out.
        EXPECT_NE(out.str().find("first"), std::string::npos) << format_name(format);
        writer->row({{cell("second"), cell(2)}});
        EXPECT_NE(out.str().find("second"), std::string::npos) << format_name(format);
        writer->end_data();
        writer->end();
    }
}

TEST(StreamedReport, TexWithoutAHeatMapWritesNothingAndSaysSo) {
    for (bool threaded : {false, true}) {
        std::ostringstream out;
        auto writer = make_writer(out, Format::tex);
        WriterThread writing(*writer);
        Sink& to = threaded ? static_cast<Sink&>(writing) : *writer;
        to.begin(Document{.report = "sources", .page = "sources", .title = "Sources"});
        to.block(Paragraph{{text("no table")}});
        EXPECT_THROW(to.end(), std::invalid_argument);
        EXPECT_EQ(out.str(), "");
    }
}

// What a writer throws comes back to the report, which stops; a report that fails midway
// leaves the writer's thread to end without writing the rest.
class FailingSink final : public Sink {
public:
    void begin(const Document&) override {}
    void block(const Block&) override {}
    void begin_data(const Table&) override {}
    void row(const Row&) override {
        if (++rows == 100) throw std::runtime_error("disk full");
    }
    void end_data() override {}
    void end() override {}
    int rows = 0;
};

TEST(StreamedReport, AWriterThreadPassesBackWhatTheWriterThrows) {
    FailingSink failing;
    Table table{.name = "t", .columns = {{"a", "A"}}};
    auto send = [&] {
        WriterThread writing(failing);
        writing.begin(Document{});
        writing.begin_data(table);
        for (int r = 0; r < 100000; ++r) writing.row({{cell(r)}});
        writing.end_data();
        writing.end();
    };
    EXPECT_THROW(send(), std::runtime_error);
    EXPECT_EQ(failing.rows, 100);  // nothing after the failure

    std::ostringstream out;
    auto writer = make_writer(out, Format::csv);
    {
        WriterThread writing(*writer);
        writing.begin(Document{});
        writing.begin_data(table);
        for (int r = 0; r < 1000; ++r) writing.row({{cell(r)}});
        // The report fails here: no end().
    }
    EXPECT_EQ(out.str().find("999\r\n"), std::string::npos);  // what was not handed over is dropped
}

// 12 experts in two camps on 30 claims, some stated, some derived through `implies`, with
// sources and quotes: enough for every kind of cell and contested claims on both sides.
struct Generated {
    model::Corpus corpus;
    check::Analysis analysis;
};

Generated generated() {
    test::CorpusBuilder b;
    std::vector<Index> claims, sources;
    for (int c = 0; c < 30; ++c) claims.push_back(b.claim("g.c" + std::to_string(c)));
    for (int s = 0; s < 5; ++s) sources.push_back(b.source("src" + std::to_string(s), {2020 + s, 1 + s, 0}));
    for (int c = 0; c + 1 < 30; c += 7) b.relation(claims[c], model::RelationKind::implies, claims[c + 1]);
    for (int e = 0; e < 12; ++e) {
        Index expert = b.expert("x" + std::to_string(e));
        for (int c = 0; c < 30; ++c) {
            if ((e * 7 + c * 3) % 5 == 0) continue;  // not every expert on every claim
            const int side = e % 2 ? 1 : -1;
            const int value = c % 4 == 0 ? 2 * side : c % 9 == 0 ? 0 : side;
            b.stance(expert, value, claims[c],
                     {.source = sources[(e + c) % 5], .quotes = {"q \"" + std::to_string(e) + "," + std::to_string(c) + "\""}});
        }
    }
    Generated g{b.corpus(), {}};
    check::AnalyseOptions options;
    options.check_quotes = false;
    g.analysis = check::analyse(g.corpus, options);
    return g;
}

// RFC 4180 records (quoted fields may hold commas, quotes doubled), CRLF ends.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') records.back().back() += text[++i];
            else if (c == '"') quoted = false;
            else records.back().back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            records.back().emplace_back();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++i;
            records.emplace_back(1);
        } else {
            records.back().back() += c;
        }
    }
    if (records.back().size() == 1 && records.back().front().empty()) records.pop_back();
    return records;
}

TEST(StreamedReport, JsonAndCsvMatrixHoldEveryCell) {
    const Generated g = generated();
    const auto& corpus = g.corpus;
    std::map<std::pair<std::string, std::string>, std::pair<int, bool>> cells;  // (expert, claim) -> (value, derived)
    for (const auto& c : g.analysis.cells)
        cells[{corpus.experts[c.expert].id, corpus.claims[c.claim].id}] = {c.value, c.derived};
    ASSERT_GT(cells.size(), 200u);
    ASSERT_TRUE(std::any_of(g.analysis.cells.begin(), g.analysis.cells.end(), [](const auto& c) { return c.derived; }));

    const auto json = nlohmann::json::parse(streamed(true, corpus, g.analysis, Format::json));
    ASSERT_EQ(json["cells"].size(), cells.size());
    for (const auto& record : json["cells"]) {
        auto found = cells.find({record["expert"].get<std::string>(), record["claim"].get<std::string>()});
        ASSERT_NE(found, cells.end()) << record.dump();
        EXPECT_EQ(record["value"].get<int>(), found->second.first);
        EXPECT_EQ(record["derived"].get<bool>(), found->second.second);
    }
    EXPECT_EQ(json["experts"].size(), corpus.experts.size());

    const auto long_form = parse_csv(streamed(true, corpus, g.analysis, Format::csv, {.csv_table = "long"}));
    ASSERT_EQ(long_form.size(), cells.size() + 1);
    EXPECT_EQ(long_form.front(), (std::vector<std::string>{"expert", "claim", "value", "derived", "source", "date"}));
    for (std::size_t r = 1; r < long_form.size(); ++r) {
        const auto& record = long_form[r];
        auto found = cells.find({record[0], record[1]});
        ASSERT_NE(found, cells.end());
        EXPECT_EQ(std::stoi(record[2]), found->second.first);
        EXPECT_EQ(record[3], found->second.second ? "1" : "0");
    }

    // The wide form: a row per claim with a position, a column per expert holding the stated value.
    const auto wide = parse_csv(streamed(true, corpus, g.analysis, Format::csv));
    ASSERT_EQ(wide.front().size(), 5 + corpus.experts.size());
    std::size_t stated = 0;
    for (std::size_t r = 1; r < wide.size(); ++r) {
        ASSERT_EQ(wide[r].size(), wide.front().size());
        for (std::size_t c = 5; c < wide[r].size(); ++c) {
            if (wide[r][c].empty()) continue;
            ++stated;
            auto found = cells.find({wide.front()[c], wide[r][0]});
            ASSERT_NE(found, cells.end());
            EXPECT_FALSE(found->second.second);
            EXPECT_EQ(std::stoi(wide[r][c]), found->second.first);
        }
    }
    EXPECT_EQ(stated, static_cast<std::size_t>(std::count_if(g.analysis.cells.begin(), g.analysis.cells.end(),
                                                              [](const auto& c) { return !c.derived; })));
}

TEST(StreamedReport, JsonAndCsvDisagreementsHoldEverySide) {
    const Generated g = generated();
    const auto& corpus = g.corpus;
    // (claim, expert, side) of every stance on a contested claim.
    std::multiset<std::tuple<std::string, std::string, std::string>> expected;
    for (const auto& d : g.analysis.direct) {
        for (Index s : d.for_stances) expected.insert({corpus.claims[d.claim].id, corpus.experts[corpus.stances[s].expert].id, "for"});
        for (Index s : d.against_stances)
            expected.insert({corpus.claims[d.claim].id, corpus.experts[corpus.stances[s].expert].id, "against"});
    }
    ASSERT_FALSE(expected.empty());

    const auto json = nlohmann::json::parse(streamed(false, corpus, g.analysis, Format::json));
    std::multiset<std::tuple<std::string, std::string, std::string>> seen;
    for (const auto& record : json["stances"])
        if (record["side"] != "qualifying")
            seen.insert({record["claim"].get<std::string>(), record["expert"].get<std::string>(), record["side"].get<std::string>()});
    EXPECT_EQ(seen, expected);

    const auto csv = parse_csv(streamed(false, corpus, g.analysis, Format::csv));
    ASSERT_EQ(csv.size(), json["stances"].size() + 1);
    EXPECT_EQ(csv.front()[0], "claim");
    for (std::size_t r = 1; r < csv.size(); ++r) {
        const auto& record = json["stances"][r - 1];
        EXPECT_EQ(csv[r][0], record["claim"].get<std::string>());
        EXPECT_EQ(csv[r][4], record["expert"].get<std::string>());
        EXPECT_EQ(csv[r][8], record["quotes"][0].get<std::string>());  // a quote with a comma and quotes, parsed back
    }
}

// The evidence and the agreement reports streamed, with only the parts each format needs, write
// what their whole documents write: the JSON's references too, though no block cites them there,
// and the agreement's second CSV (its camps).
TEST(StreamedReport, EvidenceAndAgreementWriteWhatTheWholeDocumentWrites) {
    const model::Corpus fixture = testing::fixture_corpus();
    const check::Analysis fixture_analysis = testing::fixture_analysis(fixture);
    const Generated g = generated();
    const std::pair<const model::Corpus*, const check::Analysis*> corpora[] = {{&fixture, &fixture_analysis},
                                                                               {&g.corpus, &g.analysis}};
    // Unsourced stances are a section of their own.
    ASSERT_TRUE(std::any_of(fixture.stances.begin(), fixture.stances.end(),
                            [](const model::Stance& s) { return s.source == model::none; }));
    using Whole = Document (*)(const model::Corpus&, const check::Analysis&);
    using Streamed = void (*)(const model::Corpus&, const check::Analysis&, Sink&, const Parts&);
    const std::tuple<Whole, Streamed, std::string> reports[] = {
        {evidence_report, evidence_report, ""}, {agreement_report, agreement_report, ""},
        {agreement_report, agreement_report, "camps"}};
    for (const auto& [corpus, analysis] : corpora)
        for (const auto& [whole_report, streamed_report, csv_table] : reports)
            for (Format format : {Format::text, Format::md, Format::csv, Format::json, Format::html}) {
                Document document = whole_report(*corpus, *analysis);
                if (!csv_table.empty()) {
                    ASSERT_TRUE(select_csv(document, csv_table));
                }
                std::ostringstream whole, streamed;
                write(whole, document, format);
                auto writer = make_writer(streamed, format, {.csv_table = csv_table});
                streamed_report(*corpus, *analysis, *writer, parts_for(format));
                EXPECT_FALSE(whole.str().empty());
                EXPECT_EQ(streamed.str(), whole.str()) << document.report << ' ' << format_name(format);
                if (format == Format::json) {
                    EXPECT_FALSE(nlohmann::json::parse(streamed.str())["references"].empty());
                }
            }
}

}  // namespace
}  // namespace stance::report

namespace stance::report {
namespace {

// Each record is written as a JSON object would hold it: a key met twice keeps its first place
// and its last value; a row shorter than the columns has only the fields it reaches; every kind
// of cell keeps its type.
TEST(StreamedReport, JsonRecordsAreObjectsOfTheColumns) {
    Document doc{.report = "r", .page = "r", .title = "T \"quoted\""};
    Table table{.name = "t"};
    table.columns = {{"a", "A"}, {"b", "B"}, {"a", "A again"}, {"c", "C"}, {"d", "D"}, {"e", "E"}, {"f", "F"}};
    table.rows.push_back({{cell("x\ny"), cell(Real{0.123456, 2}), cell("second a"), cell(Mark{-2, true}),
                           cell(std::vector<std::string>{"one", "t\u00e9"}), cell(true), empty_cell()}});
    table.rows.push_back({{cell(7), cell(std::vector<std::string>{})}});
    table.rows.push_back({});
    doc.data.push_back(table);
    std::ostringstream out;
    write(out, doc, Format::json);

    nlohmann::ordered_json expected = {{"report", "r"}, {"title", "T \"quoted\""}};
    nlohmann::ordered_json first;
    first["a"] = "x\ny";
    first["b"] = 0.1235;
    first["a"] = "second a";
    first["c"] = {{"value", -2}, {"derived", true}};
    first["d"] = {"one", "t\u00e9"};
    first["e"] = true;
    first["f"] = nullptr;
    nlohmann::ordered_json second;
    second["a"] = 7;
    second["b"] = nlohmann::ordered_json::array();
    expected["t"] = {first, second, nlohmann::ordered_json::object()};
    EXPECT_EQ(out.str(), expected.dump(2) + "\n");
}

}  // namespace
}  // namespace stance::report
