#pragma once
// The files that `stance fmt PATH...` may read and rewrite: a file given as a PATH, and every
// `*.claims` below a folder given as a PATH (subfolders included, links to folders not
// followed), sorted. Reads are confined as the loader's are (docs/trust.md): once links are
// resolved, a file must lie below a folder given as a PATH or the folder of a file given as one.
// Writes replace the file atomically (a temporary beside it, renamed over it), keep its mode,
// and never go through a symbolic link.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "stance/util/read_scope.hpp"

namespace stance::format {

class ClaimFiles {
public:
    explicit ClaimFiles(const std::vector<std::filesystem::path>& paths);

    const std::vector<std::filesystem::path>& files() const { return m_files; }
    // "cannot read 'x': no such file or folder", one for each PATH or folder that gave nothing.
    const std::vector<std::string>& problems() const { return m_problems; }

    // The text of one of the files. Throws util::FileError saying why it may not be read.
    std::string read(const std::filesystem::path& file) const;

    // Replaces one of the files with `text`, provided it still holds `read` (what read() gave):
    // an edit made meanwhile is never overwritten. Throws util::FileError when the file is a
    // symbolic link or has changed, std::system_error when the write fails (the file is then as
    // it was).
    void write(const std::filesystem::path& file, std::string_view read, std::string_view text) const;

private:
    void walk(const std::filesystem::path& folder);

    util::ReadScope m_scope{"the folders given on the command line and the folders of the files given there"};
    std::vector<std::filesystem::path> m_files;
    std::vector<std::string> m_problems;
};

}  // namespace stance::format
