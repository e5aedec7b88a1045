#pragma once
// The folder that `report all` writes into, kept so that a run never destroys what it did not
// write: a manifest (`.stance-manifest`, one relative path a line) lists what the last run
// wrote; only files listed there (and named as stance names its reports) are ever removed; a
// non-empty folder without a manifest is refused unless forced; nothing is written or removed
// through a symbolic link inside the folder.
#include <cstddef>
#include <ext/stdio_filebuf.h>

#include <filesystem>
#include <memory>
#include <ostream>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stance::report {

// A refusal to write (the folder is not one stance wrote, a link inside it): a usage error,
// and nothing was written or removed.
class FolderRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr std::string_view manifest_name = ".stance-manifest";

// A file of the folder, written as it is made (OutputFolder::open).
class OutputFile {
public:
    OutputFile(std::filesystem::path path, int fd);
    std::ostream& stream() { return m_stream; }
    // Writes out what is buffered and closes the file; throws std::system_error naming it when
    // any of it could not be written.
    void close();

private:
    std::filesystem::path m_path;
    __gnu_cxx::stdio_filebuf<char> m_buffer;  // owns the descriptor
    std::ostream m_stream;
};

class OutputFolder {
public:
    // Opens `root` (created when missing) for the files named in `planned` (relative, with '/').
    // Throws FolderRefused, before anything is written, when `root` is not empty and has no
    // manifest (unless `force`), or when a planned path or its folders are links or not files.
    OutputFolder(std::filesystem::path root, const std::vector<std::string>& planned, bool force);

    // Opens `relative` (one of the planned paths) to be written, never through a link.
    std::unique_ptr<OutputFile> open(const std::string& relative);
    // Writes `bytes` to `relative` the same way.
    void write(const std::string& relative, std::string_view bytes);

    // Removes the files the previous manifest lists that this run did not write, then writes
    // the new manifest. Returns the number of files written (the manifest not counted).
    std::size_t finish();

private:
    std::filesystem::path m_root;
    std::set<std::string> m_previous;  // from the manifest found, only safe relative paths
    std::set<std::string> m_written;
};

// Whether `relative` is a path that `report all` may write or remove: relative, no "..", no
// empty or hidden component, a page in experts/ or claims/ (.md or .html) or a report at the
// top (no folder).
bool is_report_path(std::string_view relative);

}  // namespace stance::report
