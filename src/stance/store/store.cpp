#include "stance/store/store.hpp"

#include <unistd.h>

#include <cerrno>
#include <optional>
#include <stdexcept>
#include <system_error>

#include "stance/store/repository.hpp"
#include "stance/store/sqlite.hpp"
#include "stance/util/atomic_file.hpp"

namespace stance::store {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void throw_errno(const std::string& what, const fs::path& path) {
    throw std::system_error(errno, std::generic_category(), what + " '" + path.string() + "'");
}

// The file a store path stands for: a symbolic link's target (followed to the end), so that
// the new store replaces the real file and the link stays a link.
fs::path through_links(fs::path path) {
    for (int hops = 0; hops < 40; ++hops) {
        std::error_code error;
        if (!fs::is_symlink(path, error)) return path;
        fs::path target = fs::read_symlink(path, error);
        if (error) return path;
        path = target.is_absolute() ? target : path.parent_path() / target;
    }
    throw std::runtime_error("cannot write the claim store '" + path.string() + "': too many levels of symbolic links");
}

}  // namespace

void write_store(const fs::path& path, const model::Corpus& corpus, const check::Analysis& analysis) {
    write_store(path, corpus, analysis, BuildRecord{});
}

void write_store(const fs::path& path, const model::Corpus& corpus, const check::Analysis& analysis,
                 const BuildRecord& record) {
    StoreWriter writer(path, corpus, record);
    writer.commit(AnalysisTables(path, corpus, analysis));
}

struct StoreWriter::State {
    explicit State(const fs::path& target)
        : path(through_links(target)), temporary(checked(path)), repository(temporary.path().string()) {}

    static const fs::path& checked(const fs::path& target) {
        if (probe(target) == FileKind::other)
            throw std::runtime_error("'" + target.string() + "' is not a stance claim store; it is left as it is");
        if (::access(target.c_str(), F_OK) == 0 && ::access(target.c_str(), W_OK) != 0)
            throw_errno("cannot replace the claim store", target);
        remove_dead_temporaries(target);
        return target;
    }


    fs::path path;
    util::TemporaryFile temporary;          // declared first: removed after the database is closed
    std::optional<Repository> repository;
};

namespace {

// SQLite's messages ("attempt to write a readonly database") do not say which file.
[[noreturn]] void throw_naming(const fs::path& path, const SQLite::Exception& e) {
    throw std::runtime_error("cannot write the claim store '" + path.string() + "': " + e.what());
}

}  // namespace

AnalysisTables::AnalysisTables(const fs::path& store, const model::Corpus& corpus, const check::Analysis& analysis)
    : m_image(std::make_unique<Image>()) {
    try {
        Repository apart(":memory:");
        apart.write_analysis(corpus, analysis);
        m_image->bytes = sqlite3_serialize(apart.database().getHandle(), "main", &m_image->size, 0);
    } catch (const SQLite::Exception& e) {
        throw_naming(store, e);
    }
    if (m_image->bytes == nullptr) throw std::bad_alloc();
}
AnalysisTables::~AnalysisTables() = default;
AnalysisTables::AnalysisTables(AnalysisTables&&) noexcept = default;
AnalysisTables& AnalysisTables::operator=(AnalysisTables&&) noexcept = default;

StoreWriter::StoreWriter(const fs::path& path, const model::Corpus& corpus, const BuildRecord& record) {
    try {
        m_state = std::make_unique<State>(path);
        m_state->repository->begin(corpus, record);
    } catch (const SQLite::Exception& e) {
        throw_naming(path, e);
    }
}

StoreWriter::~StoreWriter() = default;

void StoreWriter::commit(AnalysisTables analysis) {
    State& state = *m_state;
    if (!state.repository) throw std::logic_error("claim store: commit() called twice");
    try {
        state.repository->finish(std::move(analysis));
    } catch (const SQLite::Exception& e) {
        throw_naming(state.path, e);
    }
    state.repository.reset();  // closed before it is synced and renamed
    util::sync_file(state.temporary.path());
    fs::rename(state.temporary.path(), state.path);
    state.temporary.keep();
    util::sync_folder(state.path.parent_path());
}

void remove_dead_temporaries(const fs::path& path) { util::remove_stale_temporaries(through_links(path)); }

std::optional<StoredInputs> read_inputs(const fs::path& path) {
    if (probe(path) != FileKind::stance_store) return std::nullopt;
    try {
        SQLite::Database database = open_store(path);
        return read_build_inputs(database);
    } catch (const std::exception&) {
        return std::nullopt;  // another version, or damaged: the build writes a new store
    }
}

Stored read_store(const fs::path& path) {
    std::optional<SQLite::Database> database;
    try {
        database.emplace(open_store(path));
    } catch (const SQLite::Exception& e) {
        throw std::runtime_error("damaged claim store: " + path.string() + ": " + e.what());
    }
    return read_database(*database);
}

}  // namespace stance::store
