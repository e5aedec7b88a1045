#pragma once
// LSP positions (0-based line, and a character offset counted in UTF-16 code units unless the
// client agreed to UTF-8) and the byte offsets that stance's spans and diagnostics use.
#include <cstdint>

#include "stance/util/source_file.hpp"

namespace stance::lsp {

enum class Encoding { utf16, utf8 };

struct Position {
    std::uint32_t line = 0;
    std::uint32_t character = 0;
};

Position to_position(const util::SourceFile& file, std::uint32_t offset, Encoding encoding);
// The byte offset of `position`, clamped to the line's end and to the file's end.
std::uint32_t to_offset(const util::SourceFile& file, Position position, Encoding encoding);

}  // namespace stance::lsp
