// Citations from --bib files: a source with `cite KEY` takes title, authors, publisher, date and
// url from the entry unless it sets them; an unknown key is an error that names the nearest key;
// without --bib, keys are not looked up; keys used in two files are duplicates.
#include <fstream>

#include <gtest/gtest.h>

#include "stance/model/cite.hpp"
#include "stance/model/load.hpp"

namespace stance::model {
namespace {

namespace fs = std::filesystem;

class CiteTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_root = fs::temp_directory_path() / ("stance-cite-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_root);
        fs::create_directories(m_root);
    }
    void TearDown() override { fs::remove_all(m_root); }

    fs::path write(const std::string& name, const std::string& text) {
        std::ofstream(m_root / name, std::ios::binary) << text;
        return m_root / name;
    }
    Loaded load_with(std::vector<fs::path> bibs) {
        LoadOptions options;
        options.paths = {m_root / "corpus.claims"};
        options.bib_files = std::move(bibs);
        return load(options);
    }
    static std::vector<std::string> codes(const Loaded& loaded) {
        std::vector<std::string> out;
        for (const auto& d : loaded.diagnostics.diagnostics()) {
            if (d.where.file == util::no_file) {
                out.push_back(std::string(diag::code_name(d.code)));
                continue;
            }
            auto lc = loaded.files.get(d.where.file).line_column(d.where.begin);
            out.push_back(fs::path(loaded.files.get(d.where.file).path()).filename().string() + ":" +
                          std::to_string(lc.line) + ":" + std::to_string(lc.column) + " " +
                          std::string(diag::code_name(d.code)));
        }
        return out;
    }

    fs::path m_root;
};

constexpr const char* bib = R"(@string{eurasianet = "Eurasianet"}
@article{ibragimova_too_2022,
	title = {Too early to call time on the {CSTO}},
	url = {https://eurasianet.org/too-early-to-call-time-on-the-csto},
	journal = eurasianet,
	author = {Ibragimova, Kamila and Leonard, Peter},
	month = oct,
	year = {2022},
}
@online{Zogg2022,
  author = {Zogg, Benno},
  title = {The {CSTO} after {Kazakhstan}},
  date = {2022-11-08},
  organization = {Center for Security Studies},
  doi = {10.1000/xyz},
}
)";

TEST_F(CiteTest, TheEntryFillsWhatTheSourceDoesNotSet) {
    write("corpus.claims", R"(source eurasianet-2022 { cite ibragimova_too_2022 }
source zogg-2022 "A title of our own" {
  cite Zogg2022
  publisher "ANKASAM"
  author "Someone Else"
}
)");
    Loaded loaded = load_with({write("refs.bib", bib)});
    EXPECT_TRUE(codes(loaded).empty());
    const Source& e = loaded.corpus.sources[0];
    EXPECT_EQ(e.cite, "ibragimova_too_2022");
    EXPECT_EQ(e.title, "Too early to call time on the CSTO");
    EXPECT_EQ(e.authors, (std::vector<std::string>{"Kamila Ibragimova", "Peter Leonard"}));
    EXPECT_EQ(e.publisher, "Eurasianet");
    EXPECT_EQ(e.date.to_string(), "2022-10");
    EXPECT_EQ(e.url, "https://eurasianet.org/too-early-to-call-time-on-the-csto");
    EXPECT_EQ(e.bib.type, "article");
    ASSERT_NE(e.bib.field("title"), nullptr);
    EXPECT_EQ(e.bib.field("title")->latex, "Too early to call time on the {CSTO}");

    const Source& z = loaded.corpus.sources[1];  // its own title, publisher and author win
    EXPECT_EQ(z.title, "A title of our own");
    EXPECT_EQ(z.publisher, "ANKASAM");
    EXPECT_EQ(z.authors, (std::vector<std::string>{"Someone Else"}));
    EXPECT_EQ(z.date.to_string(), "2022-11-08");
    EXPECT_EQ(z.url, "https://doi.org/10.1000/xyz");
    // The .bib is one of the corpus's files, after the claims files.
    ASSERT_EQ(loaded.corpus.files.size(), 2u);
    EXPECT_EQ(fs::path(loaded.corpus.files[1].path).filename(), "refs.bib");
    EXPECT_FALSE(loaded.corpus.files[1].hash.empty());
}

TEST_F(CiteTest, TheSourcesOwnDateWins) {
    write("corpus.claims", "source e { cite ibragimova_too_2022\n date 2022-10-03 }\n");
    Loaded loaded = load_with({write("refs.bib", bib)});
    EXPECT_EQ(loaded.corpus.sources[0].date.to_string(), "2022-10-03");
}

TEST_F(CiteTest, AnUnknownKeyIsAnErrorWithTheNearestKey) {
    write("corpus.claims", "source e {\n  cite ibragimova_too_2023\n}\n");
    Loaded loaded = load_with({write("refs.bib", bib)});
    EXPECT_EQ(codes(loaded), (std::vector<std::string>{"corpus.claims:2:8 unknown-cite-key"}));
    EXPECT_EQ(loaded.diagnostics.diagnostics().front().suggestion, "ibragimova_too_2022");
    EXPECT_TRUE(loaded.corpus.sources[0].bib.empty());
}

TEST_F(CiteTest, WithoutBibKeysAreKeptAndNotLookedUp) {
    write("corpus.claims", "source e { cite nowhere_2022 }\n");
    Loaded loaded = load_with({});
    EXPECT_TRUE(codes(loaded).empty());
    EXPECT_EQ(loaded.corpus.sources[0].cite, "nowhere_2022");
}

TEST_F(CiteTest, BibErrorsAreReportedAtTheirFileAndTheRestIsUsed) {
    write("corpus.claims", "source e { cite good }\n");
    Loaded loaded = load_with({write("a.bib", "@misc{good, title = {Good}}\n@misc{good2, title = {x}\n"),
                               write("b.bib", "@book{good, title = {Again}}\n"), m_root / "missing.bib"});
    auto found = codes(loaded);
    // The unclosed entry of a.bib, the key used again in b.bib, the file that is not there.
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0], "a.bib:3:1 bibtex-syntax");
    EXPECT_EQ(found[1], "b.bib:1:7 duplicate");
    EXPECT_NE(found[2].find("io-error"), std::string::npos);
    EXPECT_EQ(loaded.corpus.sources[0].title, "Good");
}

TEST(EntryDate, FromDateOrYearMonthDay) {
    auto date_of = [](std::vector<BibField> fields) {
        return entry_date(BibEntry{"misc", std::move(fields)}).to_string();
    };
    EXPECT_EQ(date_of({{"date", "2021-07-09", ""}}), "2021-07-09");
    EXPECT_EQ(date_of({{"date", "2021-07/2021-08", ""}}), "2021-07");
    EXPECT_EQ(date_of({{"year", "2022", ""}, {"month", "October", ""}, {"day", "3", ""}}), "2022-10-03");
    EXPECT_EQ(date_of({{"year", "2022", ""}, {"month", "10", ""}}), "2022-10");
    EXPECT_EQ(date_of({{"year", "2022", ""}, {"month", "Oct.", ""}}), "2022-10");
    EXPECT_EQ(date_of({{"year", "forthcoming", ""}}), "");
    EXPECT_EQ(date_of({}), "");
}

}  // namespace
}  // namespace stance::model
