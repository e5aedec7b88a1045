#include "stance/store/parse_cache.hpp"

#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "stance/store/ast_codec.hpp"
#include "stance/store/sqlite.hpp"
#include "stance/util/hash.hpp"

namespace stance::store {

namespace {

// A cache entry binds the file's content hash to its tree: the stored blob is a checksum of
// both, then the tree. An entry moved to another hash (or damaged) fails the checksum and is
// a miss, so a build never takes a tree for a file it is not the tree of.
constexpr std::size_t checksum_size = 32;

std::string checksum(std::string_view hash, std::string_view tree) {
    std::string both;
    both.reserve(hash.size() + 1 + tree.size());
    both.append(hash).append(1, '\0').append(tree);
    return util::content_hash(both);
}

std::string seal(std::string_view hash, std::string_view tree) { return checksum(hash, tree).append(tree); }

// The tree of a sealed blob; nullopt when the checksum does not match `hash`.
std::optional<std::string_view> unseal(std::string_view hash, std::string_view blob) {
    if (blob.size() < checksum_size) return std::nullopt;
    std::string_view tree = blob.substr(checksum_size);
    if (checksum(hash, tree) != blob.substr(0, checksum_size)) return std::nullopt;
    return tree;
}

}  // namespace

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
    if (blob)
        if (auto tree = unseal(hash, *blob)) file = decode_ast(*tree);
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
    std::string blob = seal(hash, encode_ast(file));
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
