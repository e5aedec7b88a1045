#pragma once
// Control characters made visible, for what goes to a terminal (text reports, diagnostics): an
// ESC, BEL or NUL from a claims file must not retitle, clear or ring the user's terminal.
// Files not meant for terminals keep them (md, json, tex, the store), or turn them into spaces
// where the format cannot hold them (html, xml and csv: util/markup_escape.hpp).
#include <cstddef>
#include <string>
#include <string_view>

namespace stance::util {

// C0 controls and DEL as "\x1b", C1 controls (U+0080..U+009F) as "\u009b"; with `keep_tab`,
// a tab stays a tab (a source line, under which a caret line repeats tabs).
std::string escape_controls(std::string_view text, bool keep_tab = false);

// How many columns the character starting at text[i] takes once escaped (0 when it is not
// escaped), and in `size` how many bytes it spans.
std::size_t escaped_width(std::string_view text, std::size_t i, std::size_t& size, bool keep_tab = false);

}  // namespace stance::util
