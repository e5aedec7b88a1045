#include "stance/format/claim_files.hpp"

#include <algorithm>
#include <system_error>

#include "stance/util/atomic_file.hpp"
#include "stance/util/source_file.hpp"

namespace stance::format {

namespace fs = std::filesystem;

ClaimFiles::ClaimFiles(const std::vector<fs::path>& paths) {
    for (const auto& path : paths) {
        std::error_code error;
        auto status = fs::symlink_status(path, error);
        if (!fs::exists(status) && !fs::is_symlink(status)) {
            m_problems.push_back("cannot read '" + path.string() + "': no such file or folder");
            continue;
        }
        if (fs::is_directory(fs::status(path, error))) {
            m_scope.allow(path);
            std::size_t before = m_files.size();
            std::size_t problems = m_problems.size();
            walk(path);
            if (m_files.size() == before && m_problems.size() == problems)
                m_problems.push_back("no claim files in '" + path.string() + "' (a folder is searched for *.claims files)");
            std::sort(m_files.begin() + static_cast<std::ptrdiff_t>(before), m_files.end());
        } else {
            m_scope.allow(path.has_parent_path() ? path.parent_path() : fs::path("."));
            m_files.push_back(path);
        }
    }
}

void ClaimFiles::walk(const fs::path& folder) {
    std::error_code error;
    std::vector<fs::path> subfolders;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        std::error_code entry;
        if (it->is_directory(entry) && !it->is_symlink(entry)) subfolders.push_back(it->path());
        else if (it->path().extension() == ".claims") m_files.push_back(it->path());
    }
    if (error) m_problems.push_back("cannot read folder '" + folder.string() + "': " + error.message());
    std::sort(subfolders.begin(), subfolders.end());
    for (const auto& subfolder : subfolders) walk(subfolder);
}

std::string ClaimFiles::read(const fs::path& file) const {
    if (std::string refusal = m_scope.refusal(file); !refusal.empty()) throw util::FileError(refusal);
    return util::read_file(file);
}

void ClaimFiles::write(const fs::path& file, std::string_view read, std::string_view text) const {
    std::error_code error;
    if (fs::is_symlink(file, error))
        throw util::FileError("it is a symbolic link, and stance fmt never writes through one (format the file it "
                              "points to)");
    if (this->read(file) != read) throw util::FileError("it changed while it was being formatted; it is left as it is");
    util::remove_stale_temporaries(file);
    util::replace_file(file, text);
}

}  // namespace stance::format
