// Loading claims files from tests/data/resolve/ through the parser, end to end.
//
// Each folder but `csto` is a case: every *.claims below it is loaded (from inside the folder,
// so paths are short), and its diagnostics must be those of the `expected` file, one a line:
//   path:line:column: severity code (suggestion) [path:line:column of each note]
// Codes and places are asserted, not wording. STANCE_UPDATE_GOLDEN=1 rewrites `expected`.
// `csto` is a correct corpus whose resolved model is checked value by value.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include <unistd.h>

#include "stance/model/load.hpp"
#include "support/run_command.hpp"

namespace stance::model {
namespace {

namespace fs = std::filesystem;

const fs::path data = fs::path(STANCE_TEST_DATA) / "resolve";

// Runs `body` with the working directory set to `folder`.
template <class Body>
auto inside(const fs::path& folder, Body body) {
    struct Restore {
        fs::path previous = fs::current_path();
        ~Restore() { fs::current_path(previous); }
    } restore;
    fs::current_path(folder);
    return body();
}

std::string place(const util::SourceManager& files, const diag::Location& where) {
    if (where.file == util::no_file) return "-";
    const auto& file = files.get(where.file);
    auto lc = file.line_column(where.begin);
    return file.path() + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

std::string describe(const Loaded& loaded) {
    std::string text;
    for (const auto& d : loaded.diagnostics.diagnostics()) {
        text += place(loaded.files, d.where) + ": " + std::string(diag::severity_name(d.severity)) + " " +
                std::string(diag::code_name(d.code));
        if (!d.suggestion.empty()) text += " (" + d.suggestion + ")";
        for (const auto& note : d.notes) text += " [" + place(loaded.files, note.where) + "]";
        text += "\n";
    }
    return text;
}

std::vector<std::string> case_names() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(data))
        if (entry.is_directory() && fs::exists(entry.path() / "expected")) names.push_back(entry.path().filename());
    std::sort(names.begin(), names.end());
    return names;
}

class LoadData : public ::testing::TestWithParam<std::string> {};

TEST_P(LoadData, DiagnosticsAsExpected) {
    fs::path folder = data / GetParam();
    std::string got = inside(folder, [] {
        LoadOptions options;
        options.paths = {"."};
        return describe(load(options));
    });
    if (test::updating_goldens()) {
        std::ofstream(folder / "expected", std::ios::binary) << got;
        GTEST_SKIP() << "expectations rewritten";
    }
    EXPECT_EQ(got, test::read_text(folder / "expected"));
}

INSTANTIATE_TEST_SUITE_P(Cases, LoadData, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& case_info) { return case_info.param; });

TEST(LoadCorpus, ResolvesTheCstoCorpus) {
    Loaded loaded = inside(data / "csto", [] {
        LoadOptions options;
        options.paths = {"claims"};
        options.text_dirs = {"interviews", "texts"};  // texts: where the beside-the-corpus text lies
        return load(options);
    });
    ASSERT_EQ(describe(loaded), "");
    const Corpus& c = loaded.corpus;

    // Files in the order of first reading: csto.claims, then its includes in their order.
    ASSERT_EQ(c.files.size(), 3u);
    EXPECT_EQ(c.files[0].path, "claims/csto.claims");
    EXPECT_EQ(c.files[1].path, "claims/sources/eurasianet-2022.claims");
    EXPECT_EQ(c.files[2].path, "claims/experts.claims");
    for (const auto& file : c.files) EXPECT_EQ(file.hash.size(), 32u);

    ASSERT_EQ(c.sources.size(), 3u);
    ASSERT_EQ(c.experts.size(), 2u);
    ASSERT_EQ(c.topics.size(), 2u);
    ASSERT_EQ(c.claims.size(), 2u);
    ASSERT_EQ(c.relations.size(), 1u);
    ASSERT_EQ(c.stances.size(), 3u);

    EXPECT_EQ(c.sources[0].authors, (std::vector<std::string>{"Kamila Ibragimova", "Peter Leonard"}));
    EXPECT_EQ(c.sources[0].date, (Date{2022, 10, 0}));
    EXPECT_EQ(c.sources[0].text_path, "texts/eurasianet-2022.txt");  // beside the declaring file
    EXPECT_EQ(c.sources[1].title, "An interview");
    EXPECT_EQ(c.sources[1].kind, "interview");
    EXPECT_EQ(c.sources[1].date, (Date{2021, 0, 0}));
    EXPECT_EQ(c.sources[1].text_path, "interviews/cornell-interview.txt");  // through text_dirs
    EXPECT_EQ(c.sources[2].text_path, "");
    EXPECT_EQ(c.experts[1].aka, (std::vector<std::string>{"Юлия Никитина"}));
    EXPECT_EQ(c.experts[1].where.file, 2u);
    EXPECT_EQ(c.experts[1].where.line, 5u);

    EXPECT_EQ(c.topics[1].parent, 0u);
    EXPECT_EQ(c.claims[1].topic, 1u);
    EXPECT_EQ(c.claims[1].tags, (std::vector<std::string>{"sovereignty"}));
    EXPECT_EQ(c.relations[0].kind, RelationKind::undermines);
    EXPECT_EQ(c.relations[0].from, 1u);
    EXPECT_EQ(c.relations[0].to, 0u);

    const Stance& asserts = c.stances[0];
    EXPECT_EQ(asserts.value, 1);
    EXPECT_EQ(asserts.source, 0u);
    ASSERT_EQ(asserts.quotes.size(), 1u);
    EXPECT_EQ(asserts.quotes[0].where.line, 16u);
    EXPECT_EQ(asserts.quotes[0].where.column, 11u);
    const Stance& qualifies = c.stances[1];
    EXPECT_EQ(qualifies.value, 0);
    EXPECT_EQ(qualifies.source, 1u);  // the innermost `from`
    EXPECT_EQ(qualifies.at, "question 2");
    EXPECT_EQ(qualifies.where.line, 19u);
    EXPECT_EQ(qualifies.where.column, 5u);
    const Stance& denies = c.stances[2];
    EXPECT_EQ(denies.value, -2);
    EXPECT_EQ(denies.source, 2u);  // the attribute over the `from`
    EXPECT_EQ(denies.because, (std::vector<Index>{1}));
}

// A folder of files written for one test, removed after it.
class Scratch {
public:
    Scratch() : m_root(fs::temp_directory_path() / ("stance-load-data-" + std::to_string(::getpid()))) {
        fs::remove_all(m_root);
        fs::create_directories(m_root);
    }
    ~Scratch() { fs::remove_all(m_root); }
    const fs::path& root() const { return m_root; }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(m_root / name, std::ios::binary) << text;
    }

private:
    fs::path m_root;
};

// Files are parsed before they are ordered: the parser's diagnostics must still land in the
// right file once an include moves a file ahead of one named before it.
TEST(LoadCorpus, ParseDiagnosticsFollowTheirFile) {
    Scratch scratch;
    scratch.write("a.claims", "include \"c.claims\"\nclaim a \"A.\"\n");
    scratch.write("b.claims", "claim b \"B.\"\nclaim \"no id\"\nclaim b2 \"B2.\"\n");
    scratch.write("c.claims", "claim c \"C.\"\n\nexpert \"no id\"\n");
    Loaded loaded = inside(scratch.root(), [] {
        LoadOptions options;
        options.paths = {"a.claims", "b.claims"};
        return load(options);
    });
    std::vector<std::string> paths;
    for (const auto& f : loaded.corpus.files) paths.push_back(f.path);
    EXPECT_EQ(paths, (std::vector<std::string>{"a.claims", "c.claims", "b.claims"}));
    std::vector<std::string> errors;
    for (const auto& d : loaded.diagnostics.diagnostics()) {
        auto at = place(loaded.files, d.where);
        errors.push_back(at.substr(0, at.rfind(':')));  // file:line
    }
    EXPECT_EQ(errors, (std::vector<std::string>{"c.claims:3", "b.claims:2"}));
    // The statements around the errors are kept.
    EXPECT_EQ(loaded.corpus.claims.size(), 4u);
}

class CountingCache : public ParseCache {
public:
    std::optional<ast::File> find(const std::string& hash) override {
        ++finds;
        auto it = trees.find(hash);
        if (it == trees.end()) return std::nullopt;
        return it->second;
    }
    void put(const std::string& hash, const ast::File& file) override { trees[hash] = file; }
    std::map<std::string, ast::File> trees;
    int finds = 0;
};

TEST(LoadCorpus, OnlyFilesWithoutErrorsAreCached) {
    Scratch scratch;
    scratch.write("good.claims", "claim a \"A.\"\n");
    scratch.write("bad.claims", "claim \"no id\"\n");
    CountingCache cache;
    auto run = [&] {
        return inside(scratch.root(), [&] {
            LoadOptions options;
            options.paths = {"."};
            options.cache = &cache;
            return load(options);
        });
    };
    Loaded first = run();
    EXPECT_EQ(cache.finds, 2);
    ASSERT_EQ(cache.trees.size(), 1u);
    EXPECT_EQ(cache.trees.begin()->first, first.corpus.files[1].hash);  // good.claims, after bad.claims
    Loaded second = run();
    EXPECT_EQ(describe(second), describe(first));  // the cached tree resolves the same
    EXPECT_EQ(second.corpus.claims.size(), 1u);
}

// Enough text to be parsed on several threads; the outcome must not depend on their timing.
TEST(LoadCorpus, ParallelParsingIsDeterministic) {
    Scratch scratch;
    for (int f = 0; f < 6; ++f) {
        std::string text;
        for (int i = 0; i < 400; ++i) {
            std::string id = "f" + std::to_string(f) + ".c" + std::to_string(i);
            text += "claim " + id + " \"A claim that is long enough to count.\"\n";
            std::string to = "f" + std::to_string((f + 1) % 6) + ".c" + std::to_string(i);
            text += id + " implies " + to + (i % 50 == 0 ? "x" : "") + "\n";  // a few unknown claims
        }
        scratch.write("f" + std::to_string(f) + ".claims", text);
    }
    auto run = [&] {
        return inside(scratch.root(), [] {
            LoadOptions options;
            options.paths = {"."};
            return load(options);
        });
    };
    Loaded first = run();
    EXPECT_EQ(first.corpus.claims.size(), 2400u);
    EXPECT_EQ(first.corpus.relations.size(), 2400u - 48u);
    EXPECT_EQ(first.diagnostics.error_count(), 48u);
    EXPECT_EQ(first.corpus.claims[400].id, "f1.c0");
    EXPECT_EQ(first.corpus.claims[400].where.file, 1u);
    std::string expected = describe(first);
    for (int run_count = 0; run_count < 3; ++run_count) EXPECT_EQ(describe(run()), expected);
}

}  // namespace
}  // namespace stance::model
