#include "stance/model/load.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include <unistd.h>

#include "stance/util/hash.hpp"
#include "support/claims_builder.hpp"

namespace stance::model {
namespace {

namespace fs = std::filesystem;
using diag::Code;
using test::ClaimsBuilder;

// Trees by content hash, as an earlier run would have left them; counts what goes in and out.
class MapCache : public ParseCache {
public:
    std::optional<ast::File> find(const std::string& hash) override {
        auto it = m_trees.find(hash);
        if (it == m_trees.end()) return std::nullopt;
        ++hits;
        return it->second;
    }
    void put(const std::string& hash, const ast::File& file) override {
        ++puts;
        m_trees[hash] = file;
    }
    int hits = 0;
    int puts = 0;

private:
    std::map<std::string, ast::File> m_trees;
};

// A folder of claims files written by ClaimsBuilder. Their trees are put in `cache`, so that
// loading them reads and orders the files for real while the trees are known exactly.
class LoadTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_root = fs::temp_directory_path() /
                 ("stance-load-" + std::to_string(::getpid()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_root);
        fs::create_directories(m_root);
        m_previous = fs::current_path();
        fs::current_path(m_root);  // paths in diagnostics are then short and relative
    }
    void TearDown() override {
        fs::current_path(m_previous);
        fs::remove_all(m_root);
    }

    void write(const fs::path& path, const ClaimsBuilder& builder) {
        if (path.has_parent_path()) fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << builder.text();
        cache.put(util::content_hash(builder.text()), builder.tree());
        cache.puts = 0;
    }

    Loaded load_paths(std::vector<fs::path> paths) {
        LoadOptions options;
        options.paths = std::move(paths);
        options.cache = &cache;
        return load(options);
    }

    static std::vector<std::string> paths_of(const Loaded& loaded) {
        std::vector<std::string> paths;
        for (const auto& file : loaded.corpus.files) paths.push_back(file.path);
        return paths;
    }

    static std::vector<std::string> at(const Loaded& loaded, Code code) {
        std::vector<std::string> places;
        for (const auto& d : loaded.diagnostics.diagnostics()) {
            if (d.code != code) continue;
            if (d.where.file == util::no_file) {
                places.push_back("-");
                continue;
            }
            const auto& file = loaded.files.get(d.where.file);
            auto lc = file.line_column(d.where.begin);
            places.push_back(file.path() + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column));
        }
        return places;
    }

    MapCache cache;

private:
    fs::path m_root;
    fs::path m_previous;
};

ClaimsBuilder claims_file(const std::string& claim) {
    ClaimsBuilder b;
    b.claim(claim, "A claim.");
    return b;
}

TEST_F(LoadTest, MissingPathIsAnIoError) {
    write("a.claims", claims_file("a"));
    auto loaded = load_paths({"nothing.claims", "a.claims", "no-folder"});
    EXPECT_EQ(at(loaded, Code::io_error), (std::vector<std::string>{"-", "-"}));
    EXPECT_EQ(paths_of(loaded), (std::vector<std::string>{"a.claims"}));
    EXPECT_EQ(loaded.corpus.claims.size(), 1u);
}

TEST_F(LoadTest, FolderGivesEveryClaimsFileBelowItSorted) {
    write("corpus/b.claims", claims_file("b"));
    write("corpus/a.claims", claims_file("a"));
    write("corpus/sub/c.claims", claims_file("c"));
    std::ofstream("corpus/notes.txt") << "not a claims file";
    auto loaded = load_paths({"corpus"});
    EXPECT_TRUE(loaded.diagnostics.diagnostics().empty());
    EXPECT_EQ(paths_of(loaded), (std::vector<std::string>{"corpus/a.claims", "corpus/b.claims", "corpus/sub/c.claims"}));
    ASSERT_EQ(loaded.files.size(), 3u);
    EXPECT_EQ(loaded.files.get(2).path(), "corpus/sub/c.claims");
    ASSERT_EQ(loaded.corpus.claims.size(), 3u);
    EXPECT_EQ(loaded.corpus.claims[2].id, "c");
    EXPECT_EQ(loaded.corpus.claims[2].where.file, 2u);
}

TEST_F(LoadTest, FileOrderIsOrderOfFirstReading) {
    ClaimsBuilder main;
    main.include("parts/x.claims");
    main.claim("m", "M.");
    main.include("y.claims");
    ClaimsBuilder x;
    x.include("../y.claims");  // already on its way: read once, here
    x.claim("x", "X.");
    write("main.claims", main);
    write("parts/x.claims", x);
    write("y.claims", claims_file("y"));
    write("z.claims", claims_file("z"));
    auto loaded = load_paths({"z.claims", "main.claims", "y.claims"});
    EXPECT_TRUE(loaded.diagnostics.diagnostics().empty());
    EXPECT_EQ(paths_of(loaded), (std::vector<std::string>{"z.claims", "main.claims", "parts/x.claims", "y.claims"}));
    // Items follow the file order.
    std::vector<std::string> ids;
    for (const auto& c : loaded.corpus.claims) ids.push_back(c.id + "@" + std::to_string(c.where.file));
    EXPECT_EQ(ids, (std::vector<std::string>{"z@0", "m@1", "x@2", "y@3"}));
}

TEST_F(LoadTest, EachFileIsReadOnceHoweverOftenNamedOrIncluded) {
    ClaimsBuilder a;
    a.include("common.claims");
    a.include("./common.claims");
    write("a.claims", a);
    write("common.claims", claims_file("shared"));
    auto loaded = load_paths({"common.claims", "a.claims", "./a.claims", "."});
    EXPECT_TRUE(loaded.diagnostics.diagnostics().empty()) << loaded.diagnostics.diagnostics()[0].message;
    EXPECT_EQ(paths_of(loaded), (std::vector<std::string>{"common.claims", "a.claims"}));
    EXPECT_EQ(loaded.corpus.claims.size(), 1u);  // no duplicate declaration
}

TEST_F(LoadTest, MissingInclude) {
    ClaimsBuilder a;
    a.claim("a", "A.");
    a.include("gone.claims");  // line 2, the string at column 9
    write("sub/a.claims", a);
    auto loaded = load_paths({"sub/a.claims"});
    EXPECT_EQ(at(loaded, Code::include_missing), (std::vector<std::string>{"sub/a.claims:2:9"}));
    EXPECT_NE(loaded.diagnostics.diagnostics()[0].message.find("sub/gone.claims"), std::string::npos);
    EXPECT_EQ(loaded.corpus.claims.size(), 1u);
}

TEST_F(LoadTest, IncludeCycleIsReportedWhereItCloses) {
    ClaimsBuilder a;
    a.include("b.claims");
    ClaimsBuilder b;
    b.claim("b", "B.");
    b.include("a.claims");  // line 2: closes a -> b -> a
    ClaimsBuilder self;
    self.include("self.claims");
    write("a.claims", a);
    write("b.claims", b);
    write("self.claims", self);
    auto loaded = load_paths({"a.claims", "self.claims"});
    EXPECT_EQ(at(loaded, Code::include_cycle), (std::vector<std::string>{"b.claims:2:9", "self.claims:1:9"}));
    const auto& all = loaded.diagnostics.diagnostics();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_NE(all[0].message.find("a.claims -> b.claims -> a.claims"), std::string::npos) << all[0].message;
    EXPECT_NE(all[1].message.find("self.claims -> self.claims"), std::string::npos) << all[1].message;
    EXPECT_EQ(paths_of(loaded), (std::vector<std::string>{"a.claims", "b.claims", "self.claims"}));
}

TEST_F(LoadTest, CachedFilesAreNotParsedAndFilesCarryTheirHash) {
    ClaimsBuilder a = claims_file("a");
    write("a.claims", a);
    auto loaded = load_paths({"a.claims"});
    EXPECT_EQ(cache.hits, 1);
    EXPECT_EQ(cache.puts, 0);
    EXPECT_FALSE(loaded.diagnostics.has_errors());  // the tree came from the cache
    ASSERT_EQ(loaded.corpus.files.size(), 1u);
    EXPECT_EQ(loaded.corpus.files[0].hash, util::content_hash(a.text()));
    EXPECT_EQ(loaded.corpus.files[0].hash.size(), 32u);
    EXPECT_NE(util::content_hash(a.text()), util::content_hash(a.text() + " "));
}

TEST_F(LoadTest, ResolutionSpansFilesAndDiagnosticsAreSorted) {
    ClaimsBuilder experts;
    experts.expert("zogg", "Benno Zogg");
    experts.expert("zogg", "Benno Zogg");  // line 2: duplicate
    ClaimsBuilder stances;
    stances.include("experts.claims");
    stances.stance("zogg", "asserts", "nothing");  // line 2, claim at column 14
    stances.stance("zog", "asserts", "nothing");   // line 3
    write("experts.claims", experts);
    write("stances.claims", stances);
    auto loaded = load_paths({"stances.claims"});
    std::vector<std::string> all;
    for (const auto& d : loaded.diagnostics.diagnostics()) {
        const auto& file = loaded.files.get(d.where.file);
        auto lc = file.line_column(d.where.begin);
        all.push_back(std::string(diag::code_name(d.code)) + "@" + file.path() + ":" + std::to_string(lc.line) + ":" +
                      std::to_string(lc.column));
    }
    EXPECT_EQ(all, (std::vector<std::string>{"unknown-reference@stances.claims:2:14",
                                             "unknown-reference@stances.claims:3:1",
                                             "unknown-reference@stances.claims:3:13",
                                             "duplicate@experts.claims:2:8"}));
}

}  // namespace
}  // namespace stance::model
