#pragma once
// Replacing a file so that an interrupted run loses nothing: the new content goes to a
// temporary beside the file (same folder, so the rename stays within one file system), which is
// synced and then renamed over it. The claim store and `stance fmt` write this way.
#include <csignal>
#include <filesystem>
#include <iterator>
#include <string_view>

namespace stance::util {

// A new, uniquely named file beside `target`, `.NAME.tmp-PID-RANDOM`, named after this process
// so that a later run can tell a stale one, with the permissions of `target` when it exists.
// Removed when destroyed unless kept, and on SIGINT, SIGTERM and SIGHUP meanwhile: every failure
// path leaves no temporary behind. Throws std::system_error when it cannot be created.
class TemporaryFile {
public:
    explicit TemporaryFile(const std::filesystem::path& target);
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile();

    const std::filesystem::path& path() const { return m_path; }
    // After the rename: nothing to remove any more.
    void keep();

private:
    void remove_on_signals();
    void restore_signals();

    static constexpr int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};

    std::filesystem::path m_path;
    bool m_kept = false;
    bool m_handling = false;
    struct sigaction m_previous[std::size(cleanup_signals)] {};
};

// Removes the temporaries of `target` left by runs that died without cleaning up (SIGKILL, a
// power cut): those whose owning process is gone.
void remove_stale_temporaries(const std::filesystem::path& target);

// fsync of a file; throws std::system_error naming it.
void sync_file(const std::filesystem::path& path);
// Makes a rename in `folder` durable. Some file systems refuse to sync a folder; the file is
// complete either way, so this is best effort.
void sync_folder(const std::filesystem::path& folder);

// Writes `bytes` to the file at `path` (created, or truncated), never through a symbolic link
// there (O_NOFOLLOW), synced to disk when `sync`. Throws std::system_error naming the file.
void write_file(const std::filesystem::path& path, std::string_view bytes, bool sync = false);

// Replaces (or creates) the file at `path` with `bytes` atomically, keeping its permissions.
// `path` itself is replaced: a symbolic link there would be replaced by a file, so callers that
// must not do that check first. Throws std::system_error; the old file is then as it was.
void replace_file(const std::filesystem::path& path, std::string_view bytes);

}  // namespace stance::util
