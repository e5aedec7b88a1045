#include "stance/util/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <system_error>

namespace stance::util {

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

void remove_temporary_and_die(int signal) {
    if (has_pending_temporary) ::unlink(pending_temporary);
    // Then die of the signal, as the default action would, so that the caller sees it.
    struct sigaction fallback {};
    fallback.sa_handler = SIG_DFL;
    ::sigaction(signal, &fallback, nullptr);
    ::raise(signal);
}

// "." + file name + ".tmp-" : the temporaries of a file; then "<pid>-<random>".
std::string temporary_prefix(const fs::path& target) { return "." + target.filename().string() + ".tmp-"; }

fs::path folder_of(const fs::path& target) {
    return target.parent_path().empty() ? fs::path(".") : target.parent_path();
}

}  // namespace

TemporaryFile::TemporaryFile(const fs::path& target) {
    fs::path folder = folder_of(target);
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

TemporaryFile::~TemporaryFile() {
    restore_signals();
    if (!m_kept) {
        std::error_code ignored;
        fs::remove(m_path, ignored);
    }
}

void TemporaryFile::keep() {
    restore_signals();
    m_kept = true;
}

void TemporaryFile::remove_on_signals() {
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

void TemporaryFile::restore_signals() {
    if (!m_handling) return;
    for (std::size_t i = 0; i < std::size(cleanup_signals); ++i) ::sigaction(cleanup_signals[i], &m_previous[i], nullptr);
    has_pending_temporary = 0;
    m_handling = false;
}

void remove_stale_temporaries(const fs::path& target) {
    std::string prefix = temporary_prefix(target);
    std::error_code error;
    for (fs::directory_iterator it(folder_of(target), error), end; !error && it != end; it.increment(error)) {
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

void sync_file(const fs::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw_errno("cannot open", path);
    int result = ::fsync(fd);
    int saved = errno;
    ::close(fd);
    errno = saved;
    if (result != 0) throw_errno("cannot sync", path);
}

void sync_folder(const fs::path& folder) {
    int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

void write_file(const fs::path& path, std::string_view bytes, bool sync) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) throw_errno("cannot write", path);
    auto fail = [&] {
        int saved = errno;
        ::close(fd);
        errno = saved;
        throw_errno("cannot write", path);
    };
    for (std::size_t done = 0; done < bytes.size();) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail();
        done += static_cast<std::size_t>(n);
    }
    if (sync && ::fsync(fd) != 0) fail();
    if (::close(fd) != 0) throw_errno("cannot write", path);
}

void replace_file(const fs::path& path, std::string_view bytes) {
    TemporaryFile temporary(path);
    write_file(temporary.path(), bytes, true);
    fs::rename(temporary.path(), path);
    temporary.keep();
    sync_folder(path.parent_path());
}

}  // namespace stance::util
