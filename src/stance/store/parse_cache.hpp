#pragma once
// Incremental builds: a model::ParseCache backed by the previous claim store. Files whose
// content hash is found there are decoded instead of parsed; the syntax trees of the current
// files (found or newly parsed) are handed to write_store, so that the new store serves the
// next build. Each entry is sealed with a checksum over the content hash and the tree, so that
// an entry that does not belong to its hash is a miss (the file is parsed).
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "grammar/ast.hpp"
#include "stance/model/corpus.hpp"
#include "stance/model/load.hpp"
#include "stance/store/store.hpp"

namespace stance::store {

class StoreParseCache final : public model::ParseCache {
public:
    // A store that is missing, unreadable, not a stance store or of another schema version
    // gives an empty cache: every file is parsed. Never throws for the store's content.
    explicit StoreParseCache(const std::filesystem::path& store);
    ~StoreParseCache() override;
    StoreParseCache(const StoreParseCache&) = delete;
    StoreParseCache& operator=(const StoreParseCache&) = delete;

    // Safe to call from several threads.
    std::optional<ast::File> find(const std::string& hash) override;
    void put(const std::string& hash, const ast::File& file) override;

    // The parse results, found or put in this run, of the files of `corpus` (one per hash).
    std::vector<CachedParse> entries(const model::Corpus& corpus) const;
    std::size_t hits() const;    // files decoded from the store instead of parsed
    std::size_t misses() const;  // files looked up and not found (parsed)

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace stance::store
