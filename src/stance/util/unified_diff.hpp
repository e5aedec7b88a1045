#pragma once
// A unified diff of two texts, line by line, as `diff -u` writes it (three lines of context),
// for `stance fmt --diff`. The lines are compared by dtl (Debian's libdtl-dev).
#include <string>
#include <string_view>

namespace stance::util {

// "" when the texts are equal; else the `--- old_label` and `+++ new_label` header and the hunks.
// A last line without a line break is marked "\ No newline at end of file".
std::string unified_diff(std::string_view old_text, std::string_view new_text, std::string_view old_label,
                         std::string_view new_label);

}  // namespace stance::util
