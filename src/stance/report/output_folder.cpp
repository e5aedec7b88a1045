#include "stance/report/output_folder.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <system_error>
#include <utility>


namespace stance::report {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void throw_errno(const std::string& what, const fs::path& path) {
    throw std::system_error(errno, std::generic_category(), what + " '" + path.string() + "'");
}

enum class Kind { missing, file, folder, link, other };

Kind kind_of(const fs::path& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) {
        if (errno == ENOENT) return Kind::missing;
        throw_errno("cannot inspect", path);
    }
    if (S_ISLNK(info.st_mode)) return Kind::link;
    if (S_ISREG(info.st_mode)) return Kind::file;
    if (S_ISDIR(info.st_mode)) return Kind::folder;
    return Kind::other;
}

std::vector<std::string> components(std::string_view relative) {
    std::vector<std::string> parts;
    for (std::size_t at = 0; at <= relative.size();) {
        std::size_t slash = std::min(relative.find('/', at), relative.size());
        parts.emplace_back(relative.substr(at, slash - at));
        at = slash + 1;
    }
    return parts;
}

// Whether every folder between `root` and `relative` is a real folder (or missing) and the
// file itself is a regular file (or missing); `problem` says what is wrong otherwise.
bool safe_to_write(const fs::path& root, const std::string& relative, std::string& problem) {
    fs::path at = root;
    auto parts = components(relative);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        at /= parts[i];
        bool last = i + 1 == parts.size();
        switch (kind_of(at)) {
        case Kind::missing: return true;
        case Kind::link: problem = "'" + at.string() + "' is a symbolic link; report all never writes through one"; return false;
        case Kind::file:
            if (last) return true;
            problem = "'" + at.string() + "' is a file where a folder of reports belongs";
            return false;
        case Kind::folder:
            if (!last) break;
            problem = "'" + at.string() + "' is a folder where a report belongs";
            return false;
        case Kind::other: problem = "'" + at.string() + "' is not a regular file"; return false;
        }
    }
    return true;
}

bool is_empty_folder(const fs::path& folder) { return fs::directory_iterator(folder) == fs::directory_iterator(); }

}  // namespace

bool is_report_path(std::string_view relative) {
    auto parts = components(relative);
    for (const auto& part : parts)
        if (part.empty() || part.front() == '.' || part.find('\0') != std::string::npos) return false;
    const std::string& name = parts.back();
    auto dot = name.rfind('.');
    if (dot == std::string::npos) return false;
    std::string_view extension = std::string_view(name).substr(dot + 1);
    if (parts.size() == 1)
        return extension == "txt" || extension == "md" || extension == "csv" || extension == "json" ||
               extension == "html" || extension == "tex" || extension == "dot" || extension == "gexf";
    return parts.size() == 2 && (parts[0] == "experts" || parts[0] == "claims") &&
           (extension == "md" || extension == "html");
}

OutputFolder::OutputFolder(fs::path root, const std::vector<std::string>& planned, bool force)
    : m_root(std::move(root)) {
    std::error_code error;
    auto status = fs::status(m_root, error);  // the folder itself may be a link: the user named it
    if (!fs::exists(status)) {
        fs::create_directories(m_root);
    } else if (!fs::is_directory(status)) {
        throw FolderRefused("'" + m_root.string() + "' is not a folder; report all writes a folder of reports");
    }

    fs::path manifest = m_root / manifest_name;
    Kind manifest_kind = kind_of(manifest);
    if (manifest_kind == Kind::file) {
        std::ifstream in(manifest, std::ios::binary);
        for (std::string line; std::getline(in, line);)
            if (is_report_path(line)) m_previous.insert(line);
    } else if (manifest_kind != Kind::missing) {
        throw FolderRefused("'" + manifest.string() + "' is not a regular file");
    } else if (!force && !is_empty_folder(m_root)) {
        throw FolderRefused("'" + m_root.string() + "' is not empty and has no " + std::string(manifest_name) +
                            ": report all writes only into an empty folder or one it wrote before; --force writes "
                            "into it anyway (files of the same names are replaced, no other file is removed)");
    }

    std::string problem;
    for (const auto& relative : planned)
        if (!safe_to_write(m_root, relative, problem)) throw FolderRefused(problem);
}

OutputFile::OutputFile(fs::path path, int fd)
    : m_path(std::move(path)), m_buffer(fd, std::ios::out | std::ios::binary, 1 << 16), m_stream(&m_buffer) {}

void OutputFile::close() {
    errno = 0;
    m_stream.flush();
    const bool written = static_cast<bool>(m_stream);
    if (m_buffer.close() == nullptr || !written) {
        if (errno == 0) errno = EIO;
        throw_errno("cannot write", m_path);
    }
}

std::unique_ptr<OutputFile> OutputFolder::open(const std::string& relative) {
    std::string problem;
    if (!safe_to_write(m_root, relative, problem)) throw FolderRefused(problem);
    fs::path path = m_root / relative;
    if (path.has_parent_path() && path.parent_path() != m_root) fs::create_directories(path.parent_path());
    // O_NOFOLLOW: a link put in place since the check is refused, not followed.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) throw_errno("cannot write", path);
    if (relative != manifest_name) m_written.insert(relative);
    return std::make_unique<OutputFile>(std::move(path), fd);
}

void OutputFolder::write(const std::string& relative, std::string_view bytes) {
    const std::unique_ptr<OutputFile> file = open(relative);
    file->stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    file->close();
}

std::size_t OutputFolder::finish() {
    std::string problem;
    for (const auto& relative : m_previous) {
        if (m_written.contains(relative) || !safe_to_write(m_root, relative, problem)) continue;
        fs::path path = m_root / relative;
        if (kind_of(path) == Kind::file && ::unlink(path.c_str()) != 0 && errno != ENOENT)
            throw_errno("cannot remove", path);
    }
    std::string manifest;
    for (const auto& relative : m_written) manifest += relative + '\n';
    write(std::string(manifest_name), manifest);
    return m_written.size();
}

}  // namespace stance::report
