#include "stance/lsp/position.hpp"

#include <algorithm>
#include <string_view>

namespace stance::lsp {
namespace {

// Bytes of the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte, so
// that invalid text still advances), and the UTF-16 units of the code point it encodes.
std::uint32_t sequence_length(unsigned char lead) {
    if (lead < 0xC0) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    return 4;
}

std::uint32_t units(unsigned char lead, Encoding encoding) {
    std::uint32_t bytes = sequence_length(lead);
    if (encoding == Encoding::utf8) return bytes;
    return bytes == 4 ? 2 : 1;
}

std::uint32_t line_start(const util::SourceFile& file, std::uint32_t line) {
    std::string_view text = file.line_text(line);
    return static_cast<std::uint32_t>(text.data() - file.text().data());
}

}  // namespace

Position to_position(const util::SourceFile& file, std::uint32_t offset, Encoding encoding) {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(file.text().size()));
    std::uint32_t line = file.line_column(offset).line;
    std::string_view text = file.text();
    std::uint32_t start = line_start(file, line);
    std::uint32_t character = 0;
    for (std::uint32_t i = start; i < offset;) {
        auto lead = static_cast<unsigned char>(text[i]);
        character += units(lead, encoding);
        i += sequence_length(lead);
    }
    return {line - 1, character};
}

std::uint32_t to_offset(const util::SourceFile& file, Position position, Encoding encoding) {
    if (position.line >= file.line_count()) return static_cast<std::uint32_t>(file.text().size());
    std::string_view line = file.line_text(position.line + 1);
    std::uint32_t start = line_start(file, position.line + 1);
    std::uint32_t character = 0, i = 0;
    while (i < line.size() && character < position.character) {
        auto lead = static_cast<unsigned char>(line[i]);
        character += units(lead, encoding);
        i = std::min<std::uint32_t>(i + sequence_length(lead), static_cast<std::uint32_t>(line.size()));
    }
    return start + i;
}

}  // namespace stance::lsp
