#pragma once
// The editor's view of a corpus: the claims files below the workspace folders, with the
// editor's unsaved buffers winning over the disk, loaded and checked by the same pipeline as
// `stance check`, and an index of every place an id is declared or used.
// Analysing again after an edit re-parses only the files whose text changed (an in-memory
// parse cache keyed by content hash), then resolves and checks the whole corpus.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "grammar/ast.hpp"

#include "stance/check/analysis.hpp"
#include "stance/diag/diagnostic.hpp"
#include "stance/model/load.hpp"

namespace stance::lsp {

// One place an id is written: its declaration, or a use (a stance's expert and claim, a
// relation's claims, `from`, and every id-valued attribute such as `topic` or `because`).
struct Occurrence {
    util::FileId file = util::no_file;
    ast::Span span;
    std::string name;
    bool declaration = false;
};

class Workspace {
public:
    Workspace();
    ~Workspace();

    // The corpus roots (folders or files) and where source texts are looked up.
    void set_roots(std::vector<std::filesystem::path> roots);
    void set_text_dirs(std::vector<std::filesystem::path> text_dirs);
    void set_bib_files(std::vector<std::filesystem::path> bib_files);

    // The editor's buffers, by absolute path. A buffer outside the roots, or not on disk, joins
    // the corpus too.
    // False, and nothing kept, when `path` names a folder.
    bool set_buffer(const std::filesystem::path& path, std::string text);
    void drop_buffer(const std::filesystem::path& path);
    // The buffer's text; nullptr when the editor has no buffer for `path`.
    const std::string* buffer(const std::filesystem::path& path) const;

    // Loads and checks the corpus as it now stands; the results below describe it.
    void analyse();

    const model::Loaded& loaded() const { return m_loaded; }
    // Loading diagnostics, then the findings of the checks (only when loading found no error:
    // findings on a corpus with input errors would describe a corpus that was not written).
    const std::vector<diag::Diagnostic>& diagnostics() const { return m_diagnostics; }
    // Paths (as the loader shows them) of every file of the last analysis.
    std::vector<std::filesystem::path> file_paths() const;
    std::optional<util::FileId> file_id(const std::filesystem::path& path) const;
    const ast::File* tree(util::FileId file) const;

    // The occurrence whose span holds `offset` (or ends right at it), if any.
    const Occurrence* occurrence_at(util::FileId file, std::uint32_t offset) const;
    std::vector<const Occurrence*> occurrences_of(const std::string& name) const;
    const Occurrence* declaration_of(const std::string& name) const;
    // How many stances each expert has; filled with the index.
    std::size_t stance_count(model::Index expert) const;

private:
    void index();

    class Cache;
    std::unique_ptr<Cache> m_cache;
    std::vector<std::filesystem::path> m_roots;
    std::vector<std::filesystem::path> m_text_dirs;
    std::vector<std::filesystem::path> m_bib_files;
    std::unordered_map<std::string, std::string> m_buffers;  // by canonical path
    model::Loaded m_loaded;
    std::vector<diag::Diagnostic> m_diagnostics;
    std::vector<Occurrence> m_occurrences;  // by file, then offset
    std::unordered_map<std::string, std::vector<std::size_t>> m_by_name;
    std::unordered_map<std::string, util::FileId> m_by_path;
    std::vector<std::size_t> m_stances_by_expert;
};

}  // namespace stance::lsp
