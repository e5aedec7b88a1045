#pragma once
// The format writers: one per format, each the only place that escapes for its format.
//   text  aligned columns for a terminal (display width of UTF-8), ANSI colour on request
//   md    GitHub Markdown, tables as pipe tables
//   csv   RFC 4180 (CRLF, quoted when needed) of the document's CSV table
//   json  {"report", "title", and one array of records per data table}; keys are stable
//   html  one self-contained page: inline CSS and JS, no network, light and dark mode,
//         the stance matrix as a heat map with quotes on hover and focus, sortable tables
//   tex   the document's first table as a booktabs tabular (the stance matrix, for papers)
//   bib   the BibTeX entries of the sources report (its data table "bibtex")
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "stance/report/document.hpp"

namespace stance::report {

enum class Format { text, md, csv, json, html, tex, bib };
std::string_view format_name(Format format);       // "text", "md", ...
std::string_view format_extension(Format format);  // "txt", "md", "csv", "json", "html", "tex"

struct WriteOptions {
    bool colour = false;  // text: ANSI colour (only on a terminal, never with NO_COLOR)
    bool links = false;   // md, html: links to the other pages of a set written by write_all
};

// The parts of a report that the writer of `format` reads: a report built with them writes the
// same as one built whole.
Parts parts_for(Format format);

// Whether `document` can be written in `format` (LaTeX: only documents with a heat-map table;
// BibTeX: only documents with a "bibtex" data table).
bool supports(const Document& document, Format format);

// Writes `document`; throws std::invalid_argument when !supports(document, format).
void write(std::ostream& out, const Document& document, Format format, const WriteOptions& options = {});

void write_text(std::ostream& out, const Document& document, const WriteOptions& options);
void write_markdown(std::ostream& out, const Document& document, const WriteOptions& options);
void write_csv(std::ostream& out, const Document& document);
void write_json(std::ostream& out, const Document& document);
void write_html(std::ostream& out, const Document& document, const WriteOptions& options);
void write_tex(std::ostream& out, const Document& document);
void write_bib(std::ostream& out, const Document& document);

// Text escaped for LaTeX (and BibTeX values): specials backslashed, `--` kept from becoming a dash.
std::string tex_escape(std::string_view text);

// The width of UTF-8 text in terminal columns (wide East Asian characters and emoji count two,
// combining marks none); the text writer aligns columns with it.
std::size_t display_width(std::string_view text);

// The path of a link target relative to the page `from`, with the extension of the format:
// ("experts/cornell", "matrix", "html") -> "../matrix.html".
std::string relative_href(std::string_view from, const Target& target, std::string_view extension);

}  // namespace stance::report
