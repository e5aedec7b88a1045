#pragma once
// Escaping shared by the reports and the exports, for the formats both write: XML and HTML
// (GraphML, GEXF, SVG figures, HTML pages) and CSV (report tables, edge lists). Any UTF-8 text
// comes out as text its readers take back unchanged, except C0 controls other than tab, line
// feed and carriage return, and DEL, which neither XML nor HTML can hold: they become spaces.
#include <string>
#include <string_view>

namespace stance::util {

// XML and HTML character data and attribute values: `& < > " '` as references, tab, line feed
// and carriage return as character references (so that attribute values keep them).
std::string markup_escape(std::string_view text);

// An RFC 4180 CSV field. A text that a spreadsheet would run as a formula (starting with
// = + - or @, after any white space or control characters, which spreadsheets skip) gets a
// leading apostrophe; the field is quoted (quotes doubled) when it holds a comma, quote, CR or LF.
// Numbers are not fields in this sense: a negative number is written as it is, not through this.
std::string csv_field(std::string_view text);

}  // namespace stance::util
