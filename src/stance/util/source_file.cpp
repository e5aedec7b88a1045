#include "stance/util/source_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stance::util {

SourceFile::SourceFile(FileId id, std::string path, std::string text)
    : m_id(id), m_path(std::move(path)), m_text(std::move(text)) {
    // memchr finds the line breaks many bytes at a time: this table is built for every byte read.
    m_line_starts.reserve(m_text.size() / 32 + 1);
    m_line_starts.push_back(0);
    const char* begin = m_text.data();
    const char* end = begin + m_text.size();
    for (const char* at = begin; (at = static_cast<const char*>(std::memchr(at, '\n', end - at))) != nullptr;) {
        ++at;
        m_line_starts.push_back(static_cast<std::uint32_t>(at - begin));
    }
}

LineColumn SourceFile::line_column(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(m_text.size()));
    auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    auto line = static_cast<std::uint32_t>(it - m_line_starts.begin());
    std::uint32_t column = 1;
    for (std::uint32_t i = m_line_starts[line - 1]; i < offset; ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) ++column;  // count lead bytes only
    return {line, column};
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
    if (line == 0 || line > m_line_starts.size()) return {};
    std::size_t begin = m_line_starts[line - 1];
    std::size_t end = line < m_line_starts.size() ? m_line_starts[line] - 1 : m_text.size();
    std::string_view text(m_text.data() + begin, end - begin);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    return text;
}

FileId SourceManager::add(std::string path, std::string text) {
    auto id = static_cast<FileId>(m_files.size());
    m_files.emplace_back(id, std::move(path), std::move(text));
    return id;
}

FileId SourceManager::add(std::string path, SourceFile&& file) {
    auto id = static_cast<FileId>(m_files.size());
    file.m_id = id;
    file.m_path = std::move(path);
    m_files.push_back(std::move(file));
    return id;
}

namespace {

std::string_view kind_name(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

std::string too_large(std::size_t max_bytes) {
    return max_bytes == max_file_size ? "larger than 4 GiB" : "larger than " + std::to_string(max_bytes) + " bytes";
}

}  // namespace

std::string read_file(const std::filesystem::path& path, std::size_t max_bytes) {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) throw FileError(std::strerror(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) throw FileError(std::strerror(errno));
    if (!S_ISREG(info.st_mode)) throw FileError("not a regular file (" + std::string(kind_name(info.st_mode)) + ")");
    if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) throw FileError(too_large(max_bytes));
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);

    auto read_some = [fd](char* into, std::size_t bytes) {
        for (;;) {
            ssize_t n = ::read(fd, into, bytes);
            if (n >= 0) return static_cast<std::size_t>(n);
            if (errno != EINTR) throw FileError(std::strerror(errno));
        }
    };
    // Straight into a string of the file's size; then whatever is left, for a file that grew
    // meanwhile (or a /proc-like file of size 0), never more than the limit.
    std::string text(static_cast<std::size_t>(info.st_size), '\0');
    std::size_t size = 0;
    for (std::size_t n = 1; size < text.size() && n > 0; size += n) n = read_some(text.data() + size, text.size() - size);
    text.resize(size);
    char buffer[1 << 16];
    for (std::size_t n; (n = read_some(buffer, sizeof buffer)) > 0;) {
        if (text.size() + n > max_bytes) throw FileError(too_large(max_bytes));
        text.append(buffer, n);
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    return text;
}

}  // namespace stance::util
