#pragma once
// One escaping function per format family (XML and CSV: util/markup_escape.hpp), each turning any UTF-8 text into text that the
// format's readers take back unchanged (or, where the format cannot hold a character, with the
// least change: control characters become spaces, since no format here has a use for them).
#include <string>
#include <string_view>

namespace stance::exports {

// A DOT double-quoted string's content, as a label: `"` and `\` escaped, a newline as `\n`
// (a centred line break), and `&` as `&amp;` (Graphviz reads `&name;` in labels as an entity).
std::string dot_escape(std::string_view text);
// Argdown statement and argument text: every ASCII punctuation character behind a backslash
// (Argdown gives meaning to `[ ] < > # { } * _ / @ + -` and more), lines joined by spaces.
std::string argdown_escape(std::string_view text);

}  // namespace stance::exports
