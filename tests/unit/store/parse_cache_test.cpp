#include "stance/store/parse_cache.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "stance/model/load.hpp"
#include "stance/store/ast_codec.hpp"
#include "stance/util/hash.hpp"
#include "support/claims_builder.hpp"
#include "unit/store/store_fixture.hpp"

namespace stance::store {
namespace {

ast::File tree_with_claim(const std::string& id) {
    stance::test::ClaimsBuilder b;
    b.claim(id, "A proposition.");
    return b.tree();
}

std::string claim_id(const ast::File& file) {
    return std::get<ast::Declaration>(file.statements.at(0)).id.name;
}

model::Corpus corpus_with_hashes(const std::vector<std::string>& hashes) {
    model::Corpus corpus;
    for (const auto& hash : hashes) corpus.files.push_back({"f" + hash + ".claims", hash});
    return corpus;
}

// A cache entry as a build stores it (sealed with its hash).
std::string entry(const std::string& hash, const ast::File& tree) {
    StoreParseCache none(std::filesystem::path("/nonexistent/none.db"));
    none.put(hash, tree);
    return none.entries(corpus_with_hashes({hash})).at(0).blob;
}

TEST(StoreParseCache, FindsWhatTheOldStoreKeptAndRefusesDamagedEntries) {
    test::TemporaryFolder folder;
    auto path = folder.path() / "claims.db";
    std::string blob_a = entry("hash-a", tree_with_claim("a"));
    std::string damaged = entry("hash-b", tree_with_claim("b"));
    damaged[damaged.size() / 2] ^= 0x20;
    write_store(path, {}, {}, {{"hash-a", blob_a}, {"hash-b", damaged}});

    StoreParseCache cache(path);
    auto a = cache.find("hash-a");
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(claim_id(*a), "a");
    EXPECT_FALSE(cache.find("hash-b").has_value());
    EXPECT_FALSE(cache.find("hash-unknown").has_value());
    EXPECT_EQ(cache.hits(), 1u);
    EXPECT_EQ(cache.misses(), 2u);

    // Entries for the next store: the files of this corpus that were found or put, one per
    // hash, in file order; the reused entry keeps its stored bytes.
    cache.put("hash-c", tree_with_claim("c"));
    auto entries = cache.entries(corpus_with_hashes({"hash-c", "hash-a", "hash-b", "hash-c", "hash-gone"}));
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].hash, "hash-c");
    EXPECT_EQ(entries[0].blob, entry("hash-c", tree_with_claim("c")));
    EXPECT_EQ(entries[1].hash, "hash-a");
    EXPECT_EQ(entries[1].blob, blob_a);
}

TEST(StoreParseCache, AMissingOrForeignStoreIsAnEmptyCache) {
    test::TemporaryFolder folder;
    StoreParseCache missing(folder.path() / "none.db");
    EXPECT_FALSE(missing.find("h").has_value());
    EXPECT_EQ(missing.misses(), 1u);

    auto text = folder.path() / "notes.txt";
    test::write_bytes(text, std::string(200, 'x'));
    StoreParseCache foreign(text);
    EXPECT_FALSE(foreign.find("h").has_value());
    EXPECT_EQ(foreign.hits(), 0u);
}

// Through the loader: unchanged files are served by the store, a changed one is parsed, and
// the entries then cover exactly the current files.
TEST(StoreParseCache, TheLoaderReusesUnchangedFiles) {
    test::TemporaryFolder folder;
    auto claims = folder.path() / "claims";
    std::filesystem::create_directories(claims);

    stance::test::ClaimsBuilder experts;
    experts.expert("cornell", "Svante Cornell");
    stance::test::ClaimsBuilder topics;
    topics.claim("csto.russia-controls", "Russia controls the CSTO.");
    topics.stance("cornell", "asserts", "csto.russia-controls");
    test::write_bytes(claims / "experts.claims", experts.text());
    test::write_bytes(claims / "claims.claims", topics.text());

    auto store = folder.path() / "claims.db";
    write_store(store, {}, {},
                {{util::content_hash(experts.text()), entry(util::content_hash(experts.text()), experts.tree())},
                 {util::content_hash(topics.text()), entry(util::content_hash(topics.text()), topics.tree())}});

    model::LoadOptions options;
    options.paths = {claims};
    {
        StoreParseCache cache(store);
        options.cache = &cache;
        model::Loaded loaded = model::load(options);
        EXPECT_FALSE(loaded.diagnostics.has_errors());
        EXPECT_EQ(cache.hits(), 2u);
        EXPECT_EQ(cache.misses(), 0u);
        ASSERT_EQ(loaded.corpus.stances.size(), 1u);
        EXPECT_EQ(loaded.corpus.experts.at(loaded.corpus.stances[0].expert).id, "cornell");
    }

    stance::test::ClaimsBuilder changed;
    changed.claim("csto.russia-controls", "Russia controls the CSTO.");
    changed.stance("cornell", "strongly denies", "csto.russia-controls");
    test::write_bytes(claims / "claims.claims", changed.text());
    StoreParseCache cache(store);
    options.cache = &cache;
    model::Loaded loaded = model::load(options);
    ASSERT_FALSE(loaded.diagnostics.has_errors());
    EXPECT_EQ(cache.hits(), 1u);
    EXPECT_EQ(cache.misses(), 1u);
    ASSERT_EQ(loaded.corpus.stances.size(), 1u);
    EXPECT_EQ(loaded.corpus.stances[0].value, -2);

    auto entries = cache.entries(loaded.corpus);
    ASSERT_EQ(entries.size(), 2u);
    std::vector<std::string> hashes{entries[0].hash, entries[1].hash};
    std::sort(hashes.begin(), hashes.end());
    std::vector<std::string> expected{util::content_hash(experts.text()), util::content_hash(changed.text())};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(hashes, expected);
}

}  // namespace
}  // namespace stance::store
