#pragma once
// SourceFile: one input file's text with its line table, so that byte offsets become
// line:column for diagnostics. SourceManager: every file read in one run, by FileId.
#include <cstdint>
#include <deque>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stance::util {

using FileId = std::uint32_t;
inline constexpr FileId no_file = UINT32_MAX;

struct LineColumn {
    std::uint32_t line = 0;    // 1-based
    std::uint32_t column = 0;  // 1-based, in characters (UTF-8 code points)
};

class SourceFile {
public:
    SourceFile(FileId id, std::string path, std::string text);

    FileId id() const { return m_id; }
    const std::string& path() const { return m_path; }
    std::string_view text() const { return m_text; }

    // O(log n): the line by binary search in the line table; on a long line the column counts
    // on from the nearest column mark, so that no call counts more than `mark_every` bytes.
    LineColumn line_column(std::uint32_t offset) const;
    // The byte offset of a 1-based line and column (its inverse); past the line's end, the end.
    std::uint32_t offset_of(LineColumn at) const;
    // The text of a 1-based line, without its line break.
    std::string_view line_text(std::uint32_t line) const;
    std::uint32_t line_count() const { return static_cast<std::uint32_t>(m_line_starts.size()); }

    // Lines longer than this get column marks every `mark_every` bytes.
    static constexpr std::uint32_t mark_every = 256;

private:
    friend class SourceManager;
    friend class LineCursor;

    // The column (1-based, in characters) at a byte offset inside a long line.
    struct ColumnMark {
        std::uint32_t offset;
        std::uint32_t column;
    };
    void mark_long_lines();
    // The nearest mark at or before `offset` in the line starting at `line_start`, else the
    // line's start (column 1).
    ColumnMark mark_before(std::uint32_t line_start, std::uint32_t offset) const;
    // The position of `offset` (at most the text's size) on the 0-based line `line`.
    LineColumn on_line(std::uint32_t line, std::uint32_t offset) const;

    FileId m_id;
    std::string m_path;
    std::string m_text;
    std::vector<std::uint32_t> m_line_starts;
    std::vector<ColumnMark> m_marks;  // by offset; only inside lines longer than mark_every
};

// Line and column of the offsets of one file met mostly in increasing order, as a walk over its
// syntax tree meets them: each line is found by stepping on from the line of the last offset,
// with a binary search only when an offset lies behind it or far ahead. Gives what
// SourceFile::line_column gives.
class LineCursor {
public:
    explicit LineCursor(const SourceFile& file) : m_file(&file) {}
    LineColumn at(std::uint32_t offset);

private:
    const SourceFile* m_file;
    std::uint32_t m_line = 0;  // 0-based, of the last offset
};

// Owns the files of a run. Addresses stay valid as files are added (deque).
class SourceManager {
public:
    FileId add(std::string path, std::string text);
    // Adds a file that was read and indexed before its FileId was known (on a loading thread):
    // it takes the next FileId and `path`; the text and line table move, not copied or rescanned.
    FileId add(std::string path, SourceFile&& file);
    const SourceFile& get(FileId id) const { return m_files.at(id); }
    std::size_t size() const { return m_files.size(); }

private:
    std::deque<SourceFile> m_files;
};

// Why a file cannot be read: what() says why, without the path ("No such file or directory",
// "not a regular file (a FIFO)", "larger than 4 GiB").
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The largest file read: line and column offsets are 32-bit.
inline constexpr std::size_t max_file_size = UINT32_MAX - 1;

// Reads a whole regular file (FIFOs, devices and folders are refused without blocking; /proc
// files are regular but refused by ReadScope) of at most `max_bytes`, the limit enforced while
// reading. A UTF-8 byte order mark at the start is skipped, so positions count from the text
// after it. Throws FileError.
std::string read_file(const std::filesystem::path& path, std::size_t max_bytes = max_file_size);
// Whether read_file would read the file: opens it and checks it as read_file does, without
// reading it (so that its content can be read later, on another thread); gives its size.
// Throws FileError.
std::size_t check_readable(const std::filesystem::path& path, std::size_t max_bytes = max_file_size);

}  // namespace stance::util
