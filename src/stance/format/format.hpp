#pragma once
// `stance fmt` on one file's text: parse it, lay it out canonically (layout.hpp), and check the
// result before anyone writes it: it must parse to the same tree (spans aside, attributes in the
// documented order) and hold the same comments.
#include <optional>
#include <string>

#include "stance/diag/diagnostic.hpp"
#include "stance/util/source_file.hpp"

namespace stance::format {

// The formatted text of `file`; none when it has syntax errors (they go to `sink`, and the file
// is to be left as it is). Throws std::logic_error if the layout would change what the file
// says (a fault in the formatter; nothing is to be written then).
std::optional<std::string> format(const util::SourceFile& file, diag::Sink& sink);

}  // namespace stance::format
