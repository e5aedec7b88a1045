#include "stance/store/store.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <optional>
#include <random>
#include <stdexcept>
#include <system_error>

#include "stance/store/repository.hpp"
#include "stance/store/sqlite.hpp"

namespace stance::store {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void throw_errno(const std::string& what, const fs::path& path) {
    throw std::system_error(errno, std::generic_category(), what + " '" + path.string() + "'");
}

// A new, uniquely named file beside the store (so that the final rename stays within one file
// system). Removed when destroyed unless kept: every failure path leaves no temporary behind.
class TemporaryFile {
public:
    explicit TemporaryFile(const fs::path& target) {
        fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
        std::random_device random;
        for (int attempt = 0;; ++attempt) {
            char suffix[32];
            std::snprintf(suffix, sizeof suffix, ".tmp-%08x%08x", random(), random());
            m_path = folder / ("." + target.filename().string() + suffix);
            // O_EXCL makes the name ours; 0666 lets the umask decide, as for any new file.
            int fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd >= 0) {
                ::close(fd);
                break;
            }
            if (errno != EEXIST || attempt == 16) throw_errno("cannot create a temporary file", m_path);
        }
        std::error_code error;
        auto old = fs::status(target, error);
        if (!error && fs::exists(old)) fs::permissions(m_path, old.permissions(), error);
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (!m_kept) {
            std::error_code ignored;
            fs::remove(m_path, ignored);
        }
    }

    const fs::path& path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    fs::path m_path;
    bool m_kept = false;
};

void sync_file(const fs::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw_errno("cannot open", path);
    int result = ::fsync(fd);
    int saved = errno;
    ::close(fd);
    errno = saved;
    if (result != 0) throw_errno("cannot sync", path);
}

// Makes the rename durable. Some file systems refuse to sync a folder; the store is complete
// either way, so this is best effort.
void sync_folder(const fs::path& folder) {
    int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

void write_store(const fs::path& path, const model::Corpus& corpus, const check::Analysis& analysis) {
    write_store(path, corpus, analysis, {});
}

void write_store(const fs::path& path, const model::Corpus& corpus, const check::Analysis& analysis,
                 const std::vector<CachedParse>& parses) {
    StoreWriter writer(path, corpus, parses);
    writer.commit(analysis);
}

struct StoreWriter::State {
    State(const fs::path& target, const model::Corpus& written)
        : path(target), corpus(written), temporary(checked(target)), repository(temporary.path().string()) {}

    static const fs::path& checked(const fs::path& target) {
        if (probe(target) == FileKind::other)
            throw std::runtime_error("'" + target.string() + "' is not a stance claim store; it is left as it is");
        return target;
    }

    fs::path path;
    const model::Corpus& corpus;
    TemporaryFile temporary;                // declared first: removed after the database is closed
    std::optional<Repository> repository;
};

StoreWriter::StoreWriter(const fs::path& path, const model::Corpus& corpus, const std::vector<CachedParse>& parses)
    : m_state(std::make_unique<State>(path, corpus)) {
    m_state->repository->begin(corpus, parses);
}

StoreWriter::~StoreWriter() = default;

void StoreWriter::commit(const check::Analysis& analysis) {
    State& state = *m_state;
    if (!state.repository) throw std::logic_error("claim store: commit() called twice");
    state.repository->finish(state.corpus, analysis);
    state.repository.reset();  // closed before it is synced and renamed
    sync_file(state.temporary.path());
    fs::rename(state.temporary.path(), state.path);
    state.temporary.keep();
    sync_folder(state.path.parent_path());
}

Stored read_store(const fs::path& path) {
    SQLite::Database database = open_store(path);
    return read_database(database);
}

}  // namespace stance::store
