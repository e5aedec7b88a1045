#pragma once
// The one door into the BibTeX grammar: read a .bib file as Zotero, JabRef or BibDesk export
// it, and turn BibTeX values into text. Every Spirit X3 include stays behind this header.
#include <string>
#include <string_view>
#include <vector>

#include "grammar/bibtex_ast.hpp"
#include "stance/diag/diagnostic.hpp"
#include "stance/util/source_file.hpp"

namespace stance::grammar {

// Reads every entry of the file: @article, @online, @misc, @book and any other type, with
// braced, quoted and numeric values, `#` concatenation, `@string` macros and the month macros
// (jan..dec); @comment and @preamble are skipped. A malformed item is an error at its place and
// reading resumes at the next line that starts with '@'. An undefined macro, a duplicate key
// and invalid UTF-8 are errors; a `crossref` is a note (its fields are not inherited). Never
// throws on bad input.
ast::bibtex::File parse_bibtex(const util::SourceFile& file, diag::Sink& sink);

// A BibTeX value as UTF-8: accents and LaTeX escapes decoded and composed (NFC), braces
// dropped, white space folded to single spaces and trimmed. The value's braces must pair up
// (as every value parse_bibtex gives does).
std::string latex_to_text(std::string_view latex);

// The names of a BibTeX name list (`author`, `editor`), each as "First von Last, Jr": split at
// top-level `and`; "Last, First" turned round; a braced corporate name kept whole. `and others`
// gives "others".
std::vector<std::string> bibtex_names(std::string_view latex);

}  // namespace stance::grammar
