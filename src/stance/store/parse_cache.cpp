#include "stance/store/parse_cache.hpp"

#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "stance/store/ast_codec.hpp"
#include "stance/store/sqlite.hpp"

namespace stance::store {

struct StoreParseCache::State {
    // The statement is declared after the database it belongs to, so it is finalised first.
    std::optional<SQLite::Database> database;
    std::optional<SQLite::Statement> lookup;
    mutable std::mutex mutex;
    std::unordered_map<std::string, std::string> kept;  // hash -> blob, for the next store
    std::size_t hits = 0;
    std::size_t misses = 0;
};

StoreParseCache::StoreParseCache(const std::filesystem::path& store) : m_state(std::make_unique<State>()) {
    if (probe(store) != FileKind::stance_store) return;
    try {
        m_state->database.emplace(open_store(store));
        m_state->lookup.emplace(*m_state->database, "SELECT ast FROM parse_cache WHERE hash = ?");
    } catch (const std::exception&) {
        // An old store that cannot serve as a cache only costs a full parse.
        m_state->lookup.reset();
        m_state->database.reset();
    }
}

StoreParseCache::~StoreParseCache() = default;

std::optional<ast::File> StoreParseCache::find(const std::string& hash) {
    std::optional<std::string> blob;
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->lookup) {
            auto& lookup = *m_state->lookup;
            try {
                lookup.bind(1, hash);
                if (lookup.executeStep()) {
                    const auto& column = lookup.getColumn(0);
                    blob.emplace(static_cast<const char*>(column.getBlob()),
                                 static_cast<std::size_t>(column.getBytes()));
                }
            } catch (const std::exception&) {
                blob.reset();  // a damaged old store: parse the file instead
            }
            lookup.tryReset();
        }
    }
    // Decoding runs outside the lock, so that parallel loads decode in parallel.
    std::optional<ast::File> file;
    if (blob) file = decode_ast(*blob);
    std::lock_guard lock(m_state->mutex);
    if (!file) {
        ++m_state->misses;
        return std::nullopt;
    }
    ++m_state->hits;
    m_state->kept.insert_or_assign(hash, std::move(*blob));
    return file;
}

void StoreParseCache::put(const std::string& hash, const ast::File& file) {
    std::string blob = encode_ast(file);
    std::lock_guard lock(m_state->mutex);
    m_state->kept.insert_or_assign(hash, std::move(blob));
}

std::vector<CachedParse> StoreParseCache::entries(const model::Corpus& corpus) const {
    std::lock_guard lock(m_state->mutex);
    std::vector<CachedParse> result;
    std::unordered_set<std::string> seen;
    for (const auto& file : corpus.files) {
        auto it = m_state->kept.find(file.hash);
        if (it != m_state->kept.end() && seen.insert(file.hash).second) result.push_back({file.hash, it->second});
    }
    return result;
}

std::size_t StoreParseCache::hits() const {
    std::lock_guard lock(m_state->mutex);
    return m_state->hits;
}

std::size_t StoreParseCache::misses() const {
    std::lock_guard lock(m_state->mutex);
    return m_state->misses;
}

}  // namespace stance::store
