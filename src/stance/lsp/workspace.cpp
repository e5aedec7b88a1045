#include "stance/lsp/workspace.hpp"

#include <algorithm>
#include <mutex>
#include <set>
#include <variant>

#include "stance/check/findings.hpp"

namespace stance::lsp {

namespace fs = std::filesystem;

// Syntax trees by content hash. Entries that the last analysis did not use are dropped, so the
// cache holds about one tree per file however long the session.
class Workspace::Cache final : public model::ParseCache {
public:
    std::optional<ast::File> find(const std::string& hash) override {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(hash);
        if (it == m_entries.end()) return std::nullopt;
        it->second.used = true;
        return it->second.tree;
    }
    void put(const std::string& hash, const ast::File& file) override {
        std::lock_guard lock(m_mutex);
        m_entries[hash] = {file, true};
    }
    void drop_unused() {
        std::lock_guard lock(m_mutex);
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->second.used) {
                it->second.used = false;
                ++it;
            } else {
                it = m_entries.erase(it);
            }
        }
    }

private:
    struct Entry {
        ast::File tree;
        bool used = false;
    };
    std::mutex m_mutex;  // the loader parses on several threads
    std::unordered_map<std::string, Entry> m_entries;
};

namespace {

fs::path canonical_key(const fs::path& path) {
    std::error_code ec;
    fs::path key = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return ec ? path.lexically_normal() : key;
}

// Every identifier of one file, declarations and uses, in file order.
void collect(const ast::File& tree, util::FileId file, std::vector<Occurrence>& out) {
    auto use = [&](const ast::Identifier& id, bool declaration = false) {
        if (!id.name.empty()) out.push_back({file, id.span, id.name, declaration});
    };
    auto block = [&](const std::optional<ast::Block>& attributes) {
        if (!attributes) return;
        for (const auto& attribute : attributes->attributes)
            for (const auto& value : attribute.values)
                if (const auto* id = std::get_if<ast::Identifier>(&value)) use(*id);
    };
    for (const auto& statement : tree.statements) {
        std::visit(
            [&](const auto& s) {
                using T = std::decay_t<decltype(s)>;
                if constexpr (std::is_same_v<T, ast::Declaration>) {
                    use(s.id, true);
                    block(s.block);
                } else if constexpr (std::is_same_v<T, ast::Relation>) {
                    use(s.from);
                    use(s.to);
                    block(s.block);
                } else if constexpr (std::is_same_v<T, ast::Stance>) {
                    use(s.expert);
                    use(s.claim);
                    block(s.block);
                } else if constexpr (std::is_same_v<T, ast::FromOpen>) {
                    use(s.source);
                }
            },
            statement);
    }
}

}  // namespace

Workspace::Workspace() : m_cache(std::make_unique<Cache>()) {}
Workspace::~Workspace() = default;

void Workspace::set_roots(std::vector<fs::path> roots) {
    m_roots.clear();
    for (auto& root : roots) m_roots.push_back(canonical_key(root));
}

void Workspace::set_text_dirs(std::vector<fs::path> text_dirs) { m_text_dirs = std::move(text_dirs); }
void Workspace::set_bib_files(std::vector<fs::path> bib_files) { m_bib_files = std::move(bib_files); }

bool Workspace::set_buffer(const fs::path& path, std::string text) {
    fs::path key = canonical_key(path);
    std::error_code ec;
    if (fs::is_directory(key, ec)) return false;  // a folder's claims would all be read in its place
    m_buffers[key.string()] = std::move(text);
    return true;
}

void Workspace::drop_buffer(const fs::path& path) { m_buffers.erase(canonical_key(path).string()); }

const std::string* Workspace::buffer(const fs::path& path) const {
    auto it = m_buffers.find(canonical_key(path).string());
    return it == m_buffers.end() ? nullptr : &it->second;
}

void Workspace::analyse() {
    model::LoadOptions options;
    options.paths = m_roots;
    // Buffers join the corpus even when they are outside the roots or not on disk yet; the
    // loader reads each file once, however often it is named.
    for (const auto& [path, text] : m_buffers) options.paths.emplace_back(path);
    options.text_dirs = m_text_dirs;
    options.bib_files = m_bib_files;
    options.cache = m_cache.get();
    options.overlay = &m_buffers;
    options.keep_trees = true;
    m_loaded = model::load(options);
    m_cache->drop_unused();

    m_diagnostics = m_loaded.diagnostics.diagnostics();
    if (!m_loaded.diagnostics.has_errors()) {
        for (const auto& finding : check::analyse_findings(m_loaded.corpus))
            m_diagnostics.push_back(check::finding_diagnostic(finding, m_loaded.files));
    }
    index();
}

void Workspace::index() {
    m_occurrences.clear();
    m_by_name.clear();
    m_by_path.clear();
    for (util::FileId f = 0; f < m_loaded.files.size(); ++f) {
        m_by_path.emplace(canonical_key(m_loaded.files.get(f).path()).string(), f);
        if (f < m_loaded.trees.size()) collect(m_loaded.trees[f], f, m_occurrences);
    }
    for (std::size_t i = 0; i < m_occurrences.size(); ++i) m_by_name[m_occurrences[i].name].push_back(i);
    m_stances_by_expert.assign(m_loaded.corpus.experts.size(), 0);
    for (const auto& stance : m_loaded.corpus.stances) ++m_stances_by_expert[stance.expert];
}

std::vector<fs::path> Workspace::file_paths() const {
    std::vector<fs::path> paths;
    for (util::FileId f = 0; f < m_loaded.files.size(); ++f) paths.push_back(canonical_key(m_loaded.files.get(f).path()));
    return paths;
}

std::optional<util::FileId> Workspace::file_id(const fs::path& path) const {
    auto it = m_by_path.find(canonical_key(path).string());
    if (it == m_by_path.end()) return std::nullopt;
    return it->second;
}

const ast::File* Workspace::tree(util::FileId file) const {
    return file < m_loaded.trees.size() ? &m_loaded.trees[file] : nullptr;
}

const Occurrence* Workspace::occurrence_at(util::FileId file, std::uint32_t offset) const {
    auto first = std::lower_bound(m_occurrences.begin(), m_occurrences.end(), file,
                                  [](const Occurrence& o, util::FileId f) { return o.file < f; });
    for (auto it = first; it != m_occurrences.end() && it->file == file; ++it)
        if (it->span.begin <= offset && offset <= it->span.end) return &*it;
    return nullptr;
}

std::vector<const Occurrence*> Workspace::occurrences_of(const std::string& name) const {
    std::vector<const Occurrence*> found;
    if (auto it = m_by_name.find(name); it != m_by_name.end())
        for (std::size_t i : it->second) found.push_back(&m_occurrences[i]);
    return found;
}

const Occurrence* Workspace::declaration_of(const std::string& name) const {
    for (const Occurrence* o : occurrences_of(name))
        if (o->declaration) return o;
    return nullptr;
}

std::size_t Workspace::stance_count(model::Index expert) const {
    return expert < m_stances_by_expert.size() ? m_stances_by_expert[expert] : 0;
}

}  // namespace stance::lsp
