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
#include <memory>
#include <ostream>
#include <stdexcept>
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
    std::string csv_table = {};  // csv: the data table to write, by name; empty: the first
};

// The parts of a report that the writer of `format` reads: a report built with them writes the
// same as one built whole.
Parts parts_for(Format format);

// Whether `document` can be written in `format` (LaTeX: only documents with a heat-map table;
// BibTeX: only documents with a "bibtex" data table).
bool supports(const Document& document, Format format);

// The writer of `format`: it writes each part of a report as it arrives (document.hpp, Sink),
// holding no more than one human table at a time. The tex and bib writers throw
// std::invalid_argument at end() when the report had nothing of theirs, having written nothing.
std::unique_ptr<Sink> make_writer(std::ostream& out, Format format, const WriteOptions& options = {});

// "the sources report has no tex form"
std::invalid_argument no_form(std::string_view report, Format format);

// Writes a whole `document` (the CSV: its data table `csv`); throws std::invalid_argument when
// !supports(document, format).
void write(std::ostream& out, const Document& document, Format format, const WriteOptions& options = {});

std::unique_ptr<Sink> text_writer(std::ostream& out, const WriteOptions& options);
std::unique_ptr<Sink> markdown_writer(std::ostream& out, const WriteOptions& options);
std::unique_ptr<Sink> csv_writer(std::ostream& out, const WriteOptions& options);
std::unique_ptr<Sink> json_writer(std::ostream& out);
std::unique_ptr<Sink> html_writer(std::ostream& out, const WriteOptions& options);
std::unique_ptr<Sink> tex_writer(std::ostream& out);
std::unique_ptr<Sink> bib_writer(std::ostream& out);

// Text escaped for LaTeX (and BibTeX values): specials backslashed, `--` kept from becoming a dash.
std::string tex_escape(std::string_view text);

// The width of UTF-8 text in terminal columns (wide East Asian characters and emoji count two,
// combining marks none); the text writer aligns columns with it.
std::size_t display_width(std::string_view text);

// The path of a link target relative to the page `from`, with the extension of the format:
// ("experts/cornell", "matrix", "html") -> "../matrix.html".
std::string relative_href(std::string_view from, const Target& target, std::string_view extension);

}  // namespace stance::report
