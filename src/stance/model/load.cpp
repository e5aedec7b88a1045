#include "stance/model/load.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "grammar/parse.hpp"
#include "grammar/parse_bibtex.hpp"
#include "stance/model/resolve.hpp"
#include "stance/util/hash.hpp"
#include "stance/util/parallel.hpp"
#include "stance/util/read_scope.hpp"
#include "stance/util/progress.hpp"

namespace stance::model {
namespace {

namespace fs = std::filesystem;
using diag::Code;

// Below this much text per batch, starting threads costs more than it saves.
constexpr std::size_t parallel_threshold = 32 * 1024;

struct Include {
    const ast::Include* statement = nullptr;
    std::size_t target = SIZE_MAX;  // index into Loader::m_units; SIZE_MAX when it could not be read
    std::string problem;            // why it could not be read ("" when it was)
    Code code = Code::include_missing;
};

// A claims file found in a folder: its path as found, and its canonical path when the folder
// gives it (the file is no link: the canonical folder, then its name), which saves resolving
// each file's path again, component by component; else empty.
struct Found {
    fs::path path;
    fs::path canonical;
};

// Every *.claims below `folder`, subfolders included (not through links to folders); a
// folder that cannot be listed is an error, as a file that cannot be read is.
void walk(const fs::path& folder, std::vector<Found>& found, diag::Sink& sink) {
    std::error_code ec;
    std::vector<fs::path> subfolders;
    std::error_code unresolved;
    const fs::path canonical = fs::canonical(folder, unresolved);
    fs::directory_iterator it(folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        std::error_code entry;  // a dangling link is not a folder; reading it says why it fails
        const bool link = it->is_symlink(entry);
        if (it->is_directory(entry) && !link) subfolders.push_back(it->path());
        else if (it->path().extension() == ".claims")
            found.push_back({it->path(), link || canonical.empty() ? fs::path() : canonical / it->path().filename()});
    }
    if (ec) sink.error(Code::io_error, {}, "cannot read folder '" + folder.string() + "': " + ec.message());
    std::sort(subfolders.begin(), subfolders.end());
    for (const auto& subfolder : subfolders) walk(subfolder, found, sink);
}

// The folders that may be read: each path's folder (a file's own folder), each text folder
// and each --allow-read folder.
void allow_read_folders(const LoadOptions& options, util::ReadScope& scope, diag::Sink& sink) {
    std::error_code ec;
    for (const auto& path : options.paths) {
        // weakly: a path may be an editor's unsaved buffer, not yet on disk (overlay).
        fs::path canonical = fs::weakly_canonical(fs::absolute(path, ec), ec);
        if (ec) continue;  // reported when the path is expanded
        scope.allow(fs::is_directory(canonical, ec) ? canonical : canonical.parent_path());
    }
    auto allow_folder = [&](const fs::path& folder, const char* option) {
        if (fs::is_directory(folder, ec)) {
            scope.allow(folder);
        } else {
            sink.error(Code::io_error, {},
                       "cannot read " + std::string(option) + " folder '" + folder.string() + "': " +
                           (fs::exists(folder, ec) ? "not a folder" : "no such folder"));
        }
    };
    for (const auto& folder : options.text_dirs) allow_folder(folder, "--texts");
    for (const auto& folder : options.allow_read) allow_folder(folder, "--allow-read");
}

// One distinct file, however often it is named or included.
struct Unit {
    fs::path canonical;
    std::string text;                      // as read; then moved into `source`
    bool unread = false;                   // on disk, checked readable; read with the batch's parsing
    std::size_t size = 0;                  // of the text, as read or to be read
    std::optional<util::SourceFile> source;  // with FileId = the unit's index in discovery order
    std::string hash;
    ast::File tree;
    diag::Sink parse_diagnostics;  // with `file` = the unit's index in discovery order
    std::vector<Include> includes;
};

// A file named on the command line (or found in a folder named there), as it is shown.
struct Root {
    std::size_t unit;
    std::string display;
};

class Loader {
public:
    explicit Loader(const LoadOptions& options) : m_options(options) {}

    Loaded run() {
        discover();
        order();
        Loaded loaded;
        std::vector<ast::File> trees;
        trees.reserve(m_order.size());
        for (std::size_t id = 0; id < m_order.size(); ++id) {
            Unit& unit = m_units[m_order[id]];
            loaded.files.add(m_display[m_order[id]], std::move(*unit.source));
            trees.push_back(std::move(unit.tree));
            for (auto d : unit.parse_diagnostics.diagnostics()) {
                remap(d.where, m_order[id], id);
                for (auto& note : d.notes) remap(note.where, m_order[id], id);
                loaded.diagnostics.report(std::move(d));
            }
        }
        loaded.diagnostics.append(m_sink);
        util::progress_stage("resolving");
        if (m_options.keep_trees) loaded.trees = trees;
        ResolveOptions resolve_options{m_options.text_dirs, &m_scope, {}};
        resolve_options.take_strings = m_options.take_strings;
        std::vector<std::string> bib_hashes;
        read_bibliographies(loaded, resolve_options.bibliographies, bib_hashes);
        loaded.corpus = resolve(loaded.files, std::move(trees), resolve_options, loaded.diagnostics);
        for (std::size_t id = 0; id < m_order.size(); ++id) loaded.corpus.files[id].hash = m_units[m_order[id]].hash;
        for (std::size_t b = 0; b < bib_hashes.size(); ++b)
            loaded.corpus.files[m_order.size() + b].hash = std::move(bib_hashes[b]);
        loaded.diagnostics.sort();
        return loaded;
    }

private:
    // The --bib files, after the claims files in FileId order. Each is read once, as a file
    // named on the command line is (a regular file, within the size limit, a BOM skipped); one
    // that cannot be read is an error like a claims file that cannot.
    void read_bibliographies(Loaded& loaded, std::vector<Bibliography>& bibliographies, std::vector<std::string>& hashes) {
        std::unordered_set<std::string> seen;
        for (const auto& path : m_options.bib_files) {
            std::error_code ec;
            fs::path canonical = fs::canonical(path, ec);
            if (!ec && !seen.insert(canonical.string()).second) continue;
            std::string text;
            try {
                if (ec) throw util::FileError(ec.message());
                text = util::read_file(canonical);
            } catch (const util::FileError& e) {
                loaded.diagnostics.error(Code::io_error, {}, "cannot read --bib file '" + path.string() + "': " + e.what());
                continue;
            }
            hashes.push_back(util::content_hash(text));
            util::FileId id = loaded.files.add(path.lexically_normal().string(), std::move(text));
            bibliographies.push_back({id, grammar::parse_bibtex(loaded.files.get(id), loaded.diagnostics)});
        }
    }

    static void remap(diag::Location& where, std::size_t unit, std::size_t id) {
        if (where.file == unit) where.file = static_cast<util::FileId>(id);
    }

    // Reads every file reachable from the command line, batch by batch: the named files, then
    // the files they include, and so on. Each batch is hashed, indexed and parsed (or found in
    // the cache) in parallel.
    void discover() {
        allow_read_folders(m_options, m_scope, m_sink);
        std::vector<std::size_t> batch;
        util::progress_stage("reading files");
        for (const auto& path : m_options.paths) expand(path, batch);
        while (!batch.empty()) {
            parse_batch(batch);
            std::vector<std::size_t> next;
            for (std::size_t u : batch) follow_includes(u, next);
            batch = std::move(next);
        }
    }

    void expand(const fs::path& path, std::vector<std::size_t>& batch) {
        std::error_code ec;
        auto status = fs::status(path, ec);
        if (!fs::exists(status) && overlaid(path).empty()) {
            m_sink.error(Code::io_error, {}, "cannot read '" + path.string() + "': no such file or folder");
            return;
        }
        if (!fs::is_directory(status)) {
            add_root({path, {}}, batch);
            return;
        }
        std::vector<Found> found;
        std::size_t errors = m_sink.diagnostics().size();
        walk(path, found, m_sink);
        if (found.empty() && m_sink.diagnostics().size() == errors)
            m_sink.error(Code::io_error, {}, "no claim files in '" + path.string() + "' (a folder is searched for *.claims files)");
        std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.path < b.path; });
        for (const auto& file : found) add_root(file, batch);
    }

    void add_root(const Found& file, std::vector<std::size_t>& batch) {
        const fs::path& path = file.path;
        std::string problem;
        std::size_t unit = read(path, batch, problem, file.canonical);
        if (unit == SIZE_MAX) {
            m_sink.error(Code::io_error, {}, "cannot read '" + path.string() + "': " + problem);
            return;
        }
        m_roots.push_back({unit, path.lexically_normal().string()});
    }

    // The unit of the file at `path`, read now if it is new (and queued in `batch`); SIZE_MAX
    // with `problem` set when it cannot be read. `canonical` is its canonical path when known.
    std::size_t read(const fs::path& path, std::vector<std::size_t>& batch, std::string& problem,
                     fs::path canonical = {}) {
        std::error_code ec;
        if (fs::path key = overlaid(path); !key.empty()) {
            if (auto it = m_by_path.find(key.string()); it != m_by_path.end()) return it->second;
            const std::string& text = m_options.overlay->at(key.string());
            return add_unit(std::move(key), text, batch);
        }
        if (canonical.empty()) canonical = fs::canonical(path, ec);
        if (ec) {
            problem = ec.message();
            return SIZE_MAX;
        }
        if (auto it = m_by_path.find(canonical.string()); it != m_by_path.end()) return it->second;
        if (problem = m_scope.refusal_of_resolved(canonical); !problem.empty()) return SIZE_MAX;
        std::size_t size = 0;
        try {
            size = util::check_readable(canonical);
        } catch (const util::FileError& e) {
            problem = e.what();
            return SIZE_MAX;
        }
        std::size_t unit = add_unit(std::move(canonical), {}, batch);
        m_units[unit].unread = true;
        m_units[unit].size = size;
        return unit;
    }

    std::size_t add_unit(fs::path canonical, std::string text, std::vector<std::size_t>& batch) {
        Unit unit;
        unit.size = text.size();
        unit.text = std::move(text);
        unit.canonical = std::move(canonical);
        std::size_t index = m_units.size();
        m_by_path.emplace(unit.canonical.string(), index);
        m_units.push_back(std::move(unit));
        batch.push_back(index);
        return index;
    }

    // The overlay's key for `path` when the overlay holds it, else an empty path.
    fs::path overlaid(const fs::path& path) const {
        if (!m_options.overlay || m_options.overlay->empty()) return {};
        std::error_code ec;
        fs::path key = fs::weakly_canonical(fs::absolute(path, ec), ec);
        if (ec || !m_options.overlay->contains(key.string())) return {};
        return key;
    }

    // Files checked readable are read here, on the parsing threads; one that fails now (it
    // changed since) is an error of its own, read as empty.
    void parse_batch(const std::vector<std::size_t>& batch) {
        std::size_t bytes = 0;
        for (std::size_t u : batch) bytes += m_units[u].size;
        util::progress_stage("parsing", batch.size(), "files");
        util::for_each_index(batch.size(), bytes < parallel_threshold ? 1 : util::cores(), [&](std::size_t i) {
            util::progress_advance();
            Unit& unit = m_units[batch[i]];
            if (unit.unread) {
                try {
                    unit.text = util::read_file(unit.canonical);
                } catch (const util::FileError& e) {
                    unit.parse_diagnostics.error(Code::io_error, {}, "cannot read '" + unit.canonical.string() + "': " + e.what());
                }
            }
            unit.hash = util::content_hash(unit.text);
            unit.source.emplace(static_cast<util::FileId>(batch[i]), unit.canonical.string(), std::move(unit.text));
            if (m_options.cache) {
                if (auto tree = m_options.cache->find(unit.hash)) {
                    unit.tree = std::move(*tree);
                    return;
                }
            }
            unit.tree = grammar::parse(*unit.source, unit.parse_diagnostics);
            if (m_options.cache && !unit.parse_diagnostics.has_errors()) m_options.cache->put(unit.hash, unit.tree);
        });
    }

    void follow_includes(std::size_t u, std::vector<std::size_t>& next) {
        fs::path folder = m_units[u].canonical.parent_path();
        std::vector<Include> includes;
        for (const auto& statement : m_units[u].tree.statements) {
            const auto* include = std::get_if<ast::Include>(&statement);
            if (!include) continue;
            Include edge;
            edge.statement = include;
            fs::path target = folder / include->path.value;
            std::error_code ec;
            // Confinement first: whether a file exists elsewhere is not for a corpus to learn.
            if (!include->path.value.empty() && !(edge.problem = m_scope.refusal(target)).empty()) {
                edge.code = Code::io_error;
            } else if (include->path.value.empty() || (!fs::exists(target, ec) && overlaid(target).empty())) {
                edge.problem = "no such file";
            } else {
                edge.target = read(target, next, edge.problem);
                if (edge.target == SIZE_MAX) edge.code = Code::io_error;
            }
            includes.push_back(std::move(edge));
        }
        m_units[u].includes = std::move(includes);
    }

    // Gives every unit its FileId: the order of first reading, i.e. the command line order with
    // each file followed by what it includes (depth first, pre-order). Include cycles are found
    // on the way: an include of a file that is still being read closes one.
    void order() {
        enum class State { unread, reading, read };
        std::vector<State> state(m_units.size(), State::unread);
        m_display.assign(m_units.size(), {});
        std::vector<std::size_t> id(m_units.size(), SIZE_MAX);
        struct Frame {
            std::size_t unit;
            std::size_t next = 0;
        };
        std::vector<Frame> stack;
        auto enter = [&](std::size_t unit, std::string display) {
            state[unit] = State::reading;
            id[unit] = m_order.size();
            m_order.push_back(unit);
            m_display[unit] = std::move(display);
            stack.push_back({unit});
        };
        for (const auto& root : m_roots) {
            if (state[root.unit] != State::unread) continue;
            enter(root.unit, root.display);
            while (!stack.empty()) {
                Frame& frame = stack.back();
                const Unit& unit = m_units[frame.unit];
                if (frame.next == unit.includes.size()) {
                    state[frame.unit] = State::read;
                    stack.pop_back();
                    continue;
                }
                const Include& include = unit.includes[frame.next++];
                const auto& written = include.statement->path;
                diag::Location where{static_cast<util::FileId>(id[frame.unit]), written.span.begin, written.span.end};
                std::string display =
                    (fs::path(m_display[frame.unit]).parent_path() / written.value).lexically_normal().string();
                if (include.target == SIZE_MAX) {
                    m_sink.error(include.code, where, "cannot read included file '" + display + "': " + include.problem);
                } else if (state[include.target] == State::reading) {
                    std::string cycle;
                    auto first = std::find_if(stack.begin(), stack.end(),
                                              [&](const Frame& f) { return f.unit == include.target; });
                    for (auto f = first; f != stack.end(); ++f) cycle += m_display[f->unit] + " -> ";
                    cycle += m_display[include.target];
                    m_sink.error(Code::include_cycle, where, "include cycle: " + cycle);
                } else if (state[include.target] == State::unread) {
                    enter(include.target, std::move(display));  // invalidates `frame`
                }
            }
        }
    }

    const LoadOptions& m_options;
    util::ReadScope m_scope;
    std::deque<Unit> m_units;  // in discovery order; a deque, as trees are read while it grows
    std::unordered_map<std::string, std::size_t> m_by_path;
    std::vector<Root> m_roots;
    std::vector<std::size_t> m_order;      // units by FileId
    std::vector<std::string> m_display;    // by unit: the path shown, from its first reading
    diag::Sink m_sink;                     // the loader's own diagnostics, with final FileIds
};

}  // namespace

Loaded load(const LoadOptions& options) { return Loader(options).run(); }

namespace {

// The content hash of a file as load reads it; nullopt when it may not or cannot be read.
std::optional<std::string> hash_of(const fs::path& path, const util::ReadScope* scope) {
    if (scope && !scope->refusal(path).empty()) return std::nullopt;
    std::error_code ec;
    fs::path canonical = fs::canonical(path, ec);
    if (ec) return std::nullopt;
    try {
        return util::content_hash(util::read_file(canonical));
    } catch (const util::FileError&) {
        return std::nullopt;
    }
}

}  // namespace

bool same_inputs(const LoadOptions& options, const RecordedInputs& recorded) {
    diag::Sink problems;
    util::ReadScope scope;
    allow_read_folders(options, scope, problems);
    if (problems.has_errors()) return false;

    // The files named on the command line: each must be one that was read.
    std::unordered_set<std::string> known;
    for (const auto& file : recorded.files) known.insert(file.path);
    for (const auto& path : options.paths) {
        std::error_code ec;
        std::vector<Found> found;
        if (fs::is_directory(path, ec)) walk(path, found, problems);
        else found.push_back({path, {}});
        if (problems.has_errors()) return false;
        for (const auto& file : found)
            if (!known.contains(file.path.lexically_normal().string())) return false;
    }
    // Every file read, with the same content (which holds its includes); --bib files are named
    // on the command line and read wherever they are.
    std::unordered_set<std::string> bibs;
    for (const auto& path : options.bib_files) bibs.insert(path.lexically_normal().string());
    for (const auto& file : recorded.files)
        if (hash_of(file.path, bibs.contains(file.path) ? nullptr : &scope) != file.hash) return false;
    // The texts found where they were, with the same content.
    ResolveOptions lookup{options.text_dirs, &scope};
    std::unordered_set<std::string> found;
    for (const auto& text : recorded.texts) {
        if (text.file >= recorded.files.size()) return false;
        TextLookup now = locate_text(recorded.files[text.file].path, text.written, lookup);
        if (!now.refused.empty() || now.path != text.found) return false;
        if (!now.path.empty()) found.insert(now.path);
    }
    if (found.size() != recorded.text_hashes.size()) return false;
    for (const auto& [path, hash] : recorded.text_hashes) {
        if (!found.contains(path)) return false;
        if (hash_of(path, nullptr).value_or("") != hash) return false;
    }
    return true;
}

std::vector<std::pair<std::string, std::string>> hash_texts(const Corpus& corpus) {
    std::vector<std::pair<std::string, std::string>> hashes;
    std::unordered_set<std::string> seen;
    for (const auto& source : corpus.sources)
        if (!source.text_path.empty() && seen.insert(source.text_path).second)
            hashes.emplace_back(source.text_path, hash_of(source.text_path, nullptr).value_or(""));
    return hashes;
}

}  // namespace stance::model
