#include "stance/util/source_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

#include <sys/stat.h>

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

std::string read_file(const std::filesystem::path& path) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) throw std::system_error(errno, std::generic_category(), "cannot open " + path.string());
    // Straight into a string of the file's size (no copies); then whatever is left, for a file
    // that grew meanwhile or one whose size is not known (a pipe).
    std::string text;
    struct stat info {};
    if (::fstat(::fileno(file.get()), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
        text.resize(static_cast<std::size_t>(info.st_size));
        text.resize(std::fread(text.data(), 1, text.size(), file.get()));
    }
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) text.append(buffer, n);
    if (std::ferror(file.get()))
        throw std::system_error(errno, std::generic_category(), "cannot read " + path.string());
    return text;
}

}  // namespace stance::util
