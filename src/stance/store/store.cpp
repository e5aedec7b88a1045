#include "stance/store/store.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iterator>
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

// The temporary being written, for the signal handler: its path is copied here before the
// handlers are installed, so that the handler only calls unlink() and raise(), which are
// async-signal-safe.
char pending_temporary[4096];
volatile std::sig_atomic_t has_pending_temporary = 0;
constexpr int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};

void remove_temporary_and_die(int signal) {
    if (has_pending_temporary) ::unlink(pending_temporary);
    // Then die of the signal, as the default action would, so that the caller sees it.
    struct sigaction fallback {};
    fallback.sa_handler = SIG_DFL;
    ::sigaction(signal, &fallback, nullptr);
    ::raise(signal);
}

// "." + store name + ".tmp-" : the temporaries of a store; then "<pid>-<random>".
std::string temporary_prefix(const fs::path& target) { return "." + target.filename().string() + ".tmp-"; }

// Removes the temporaries of `target` left by builds that died without cleaning up (SIGKILL, a
// power cut): those whose owning process is gone.
void remove_stale_temporaries(const fs::path& target) {
    fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string prefix = temporary_prefix(target);
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        std::string name = it->path().filename().string();
        if (!name.starts_with(prefix)) continue;
        std::string_view rest = std::string_view(name).substr(prefix.size());
        long pid = 0;
        auto [stop, parsed] = std::from_chars(rest.data(), rest.data() + rest.size(), pid);
        if (parsed != std::errc{} || stop == rest.data() || *stop != '-' || pid <= 0) continue;
        if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
}

// A new, uniquely named file beside the store (so that the final rename stays within one file
// system), named after this process so that a later build can tell a stale one. Removed when
// destroyed unless kept, and on SIGINT, SIGTERM and SIGHUP meanwhile: every failure path leaves
// no temporary behind.
class TemporaryFile {
public:
    explicit TemporaryFile(const fs::path& target) {
        fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
        std::random_device random;
        for (int attempt = 0;; ++attempt) {
            char suffix[48];
            std::snprintf(suffix, sizeof suffix, "%ld-%08x%08x", static_cast<long>(::getpid()), random(), random());
            m_path = folder / (temporary_prefix(target) + suffix);
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
        remove_on_signals();
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        restore_signals();
        if (!m_kept) {
            std::error_code ignored;
            fs::remove(m_path, ignored);
        }
    }

    const fs::path& path() const { return m_path; }
    void keep() {
        restore_signals();
        m_kept = true;
    }

private:
    void remove_on_signals() {
        std::string absolute = fs::absolute(m_path).string();
        if (absolute.size() >= sizeof pending_temporary) return;  // too long to keep: no cleanup on signals
        std::memcpy(pending_temporary, absolute.c_str(), absolute.size() + 1);
        has_pending_temporary = 1;
        struct sigaction action {};
        action.sa_handler = remove_temporary_and_die;
        ::sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(cleanup_signals); ++i) {
            ::sigaction(cleanup_signals[i], nullptr, &m_previous[i]);
            // A signal the caller ignores (nohup) stays ignored.
            if (m_previous[i].sa_handler != SIG_IGN) ::sigaction(cleanup_signals[i], &action, nullptr);
        }
        m_handling = true;
    }
    void restore_signals() {
        if (!m_handling) return;
        for (std::size_t i = 0; i < std::size(cleanup_signals); ++i) ::sigaction(cleanup_signals[i], &m_previous[i], nullptr);
        has_pending_temporary = 0;
        m_handling = false;
    }

    fs::path m_path;
    bool m_kept = false;
    bool m_handling = false;
    struct sigaction m_previous[std::size(cleanup_signals)] {};
};

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
        : path(through_links(target)), corpus(written), temporary(checked(path)), repository(temporary.path().string()) {}

    static const fs::path& checked(const fs::path& target) {
        if (probe(target) == FileKind::other)
            throw std::runtime_error("'" + target.string() + "' is not a stance claim store; it is left as it is");
        if (::access(target.c_str(), F_OK) == 0 && ::access(target.c_str(), W_OK) != 0)
            throw_errno("cannot replace the claim store", target);
        remove_stale_temporaries(target);
        return target;
    }


    fs::path path;
    const model::Corpus& corpus;
    TemporaryFile temporary;                // declared first: removed after the database is closed
    std::optional<Repository> repository;
};

namespace {

// SQLite's messages ("attempt to write a readonly database") do not say which file.
[[noreturn]] void throw_naming(const fs::path& path, const SQLite::Exception& e) {
    throw std::runtime_error("cannot write the claim store '" + path.string() + "': " + e.what());
}

}  // namespace

StoreWriter::StoreWriter(const fs::path& path, const model::Corpus& corpus, const std::vector<CachedParse>& parses) {
    try {
        m_state = std::make_unique<State>(path, corpus);
        m_state->repository->begin(corpus, parses);
    } catch (const SQLite::Exception& e) {
        throw_naming(path, e);
    }
}

StoreWriter::~StoreWriter() = default;

void StoreWriter::commit(const check::Analysis& analysis) {
    State& state = *m_state;
    if (!state.repository) throw std::logic_error("claim store: commit() called twice");
    try {
        state.repository->finish(state.corpus, analysis);
    } catch (const SQLite::Exception& e) {
        throw_naming(state.path, e);
    }
    state.repository.reset();  // closed before it is synced and renamed
    sync_file(state.temporary.path());
    fs::rename(state.temporary.path(), state.path);
    state.temporary.keep();
    sync_folder(state.path.parent_path());
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
