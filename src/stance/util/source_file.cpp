#include "stance/util/source_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <utility>

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
    mark_long_lines();
}

namespace {

bool is_lead_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

// Normal lines are short and get no marks; only a line longer than mark_every (a minified or
// generated file, a whole corpus on one line) pays for one more pass over its bytes.
void SourceFile::mark_long_lines() {
    const auto size = static_cast<std::uint32_t>(m_text.size());
    for (std::size_t line = 0; line < m_line_starts.size(); ++line) {
        const std::uint32_t begin = m_line_starts[line];
        const std::uint32_t end = line + 1 < m_line_starts.size() ? m_line_starts[line + 1] : size;
        if (end - begin <= mark_every) continue;
        std::uint32_t column = 1;
        for (std::uint32_t at = begin; at < end; ++at) {
            if ((at - begin) % mark_every == 0 && at != begin) m_marks.push_back({at, column});
            column += is_lead_byte(m_text[at]);
        }
    }
}

SourceFile::ColumnMark SourceFile::mark_before(std::uint32_t line_start, std::uint32_t offset) const {
    auto it = std::upper_bound(m_marks.begin(), m_marks.end(), offset,
                               [](std::uint32_t o, const ColumnMark& m) { return o < m.offset; });
    if (it == m_marks.begin() || std::prev(it)->offset < line_start) return {line_start, 1};
    return *std::prev(it);
}

LineColumn SourceFile::line_column(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(m_text.size()));
    auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    return on_line(static_cast<std::uint32_t>(it - m_line_starts.begin()) - 1, offset);
}

LineColumn SourceFile::on_line(std::uint32_t line, std::uint32_t offset) const {
    ColumnMark from = mark_before(m_line_starts[line], offset);
    std::uint32_t column = from.column;
    for (std::uint32_t i = from.offset; i < offset; ++i) column += is_lead_byte(m_text[i]);
    return {line + 1, column};
}

LineColumn LineCursor::at(std::uint32_t offset) {
    const auto& starts = m_file->m_line_starts;
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(m_file->m_text.size()));
    auto first = starts.begin();
    auto last = starts.end();
    if (offset >= starts[m_line]) {
        // The next few lines first: statements and their attributes are a line or two apart.
        constexpr std::ptrdiff_t near = 8;
        first += m_line;
        if (last - first > near && first[near] > offset) last = first + near;
    }
    auto it = std::upper_bound(first, last, offset);
    m_line = static_cast<std::uint32_t>(it - starts.begin()) - 1;
    return m_file->on_line(m_line, offset);
}

std::uint32_t SourceFile::offset_of(LineColumn at) const {
    if (at.line == 0 || at.line > m_line_starts.size()) return static_cast<std::uint32_t>(m_text.size());
    std::string_view line = line_text(at.line);
    const auto begin = static_cast<std::uint32_t>(line.data() - m_text.data());
    const auto end = begin + static_cast<std::uint32_t>(line.size());
    // Marks are in order of column as well as offset within a line.
    auto first = std::lower_bound(m_marks.begin(), m_marks.end(), begin,
                                  [](const ColumnMark& m, std::uint32_t o) { return m.offset < o; });
    auto last = std::lower_bound(first, m_marks.end(), end,
                                 [](const ColumnMark& m, std::uint32_t o) { return m.offset < o; });
    auto mark = std::upper_bound(first, last, at.column,
                                 [](std::uint32_t c, const ColumnMark& m) { return c < m.column; });
    ColumnMark from = mark == first ? ColumnMark{begin, 1} : *std::prev(mark);
    std::uint32_t offset = from.offset;
    // Step over column - 1 characters (lead bytes), landing on the lead byte of the column.
    for (std::uint32_t column = from.column; offset < end; ++offset) {
        if (!is_lead_byte(m_text[offset])) continue;
        if (column++ == at.column) break;
    }
    return offset;
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

namespace {

// An open descriptor, closed once by whichever object holds it last: returned by value, it
// must not be closed by a copy left behind.
struct OpenFile {
    int fd;
    std::size_t size = 0;

    explicit OpenFile(int descriptor) : fd(descriptor) {}
    OpenFile(OpenFile&& other) noexcept : fd(std::exchange(other.fd, -1)), size(other.size) {}
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
    OpenFile& operator=(OpenFile&&) = delete;
    ~OpenFile() {
        if (fd >= 0) ::close(fd);
    }
};

// Opens a regular file of at most `max_bytes` (blocking when `to_read`), or throws FileError.
OpenFile open_regular_file(const std::filesystem::path& path, std::size_t max_bytes, bool to_read) {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) throw FileError(std::strerror(errno));
    OpenFile file(fd);
    struct stat info {};
    if (::fstat(fd, &info) != 0) throw FileError(std::strerror(errno));
    if (!S_ISREG(info.st_mode)) throw FileError("not a regular file (" + std::string(kind_name(info.st_mode)) + ")");
    if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) throw FileError(too_large(max_bytes));
    if (to_read) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    file.size = static_cast<std::size_t>(info.st_size);
    return file;
}

}  // namespace

std::size_t check_readable(const std::filesystem::path& path, std::size_t max_bytes) {
    return open_regular_file(path, max_bytes, false).size;
}

std::string read_file(const std::filesystem::path& path, std::size_t max_bytes) {
    OpenFile file = open_regular_file(path, max_bytes, true);
    const int fd = file.fd;

    auto read_some = [fd](char* into, std::size_t bytes) {
        for (;;) {
            ssize_t n = ::read(fd, into, bytes);
            if (n >= 0) return static_cast<std::size_t>(n);
            if (errno != EINTR) throw FileError(std::strerror(errno));
        }
    };
    // Straight into a string of the file's size; then whatever is left, for a file that grew
    // meanwhile (or a /proc-like file of size 0), never more than the limit.
    std::string text(file.size, '\0');
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
