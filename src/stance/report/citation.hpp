#pragma once
// Citations: how every report names a source, in one form: authors, “title” (linked to the
// source's url in HTML and Markdown), publisher, date, and the stance's locator `at`. Also the
// references that end every report, and a source as a BibTeX entry (as its .bib had it, else
// made from its fields) for `report sources --format bib`.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "stance/model/corpus.hpp"
#include "stance/report/document.hpp"

namespace stance::report {

// "Kamila Ibragimova and Peter Leonard, “Too early to call time on the CSTO”, Eurasianet,
// 2022-10, para. 3"; the id stands for a source without a title.
Inline citation(const model::Source& source, std::string_view at = {});
// Adds the locator `at` to `citation(source)` at the end of `spans`, which it ends: then they
// end as citation(source, at) does. A report that cites one source for many stances makes its
// citation once and adds each stance's locator to a copy.
void add_locator(Inline& spans, const model::Source& source, std::string_view at);
// Whether add_locator adds the locator to the last span (after a publisher or a date) rather
// than a span of its own.
bool locator_joins(const model::Source& source);
// "A", "A and B", "A, B and C", "A et al." (more than three, or `and others` in BibTeX).
std::string authors_text(const std::vector<std::string>& authors);

// The references: a "References" heading and every source in `sources` (first cited first) as
// a full citation; and the same as the JSON data table "references".
void append_references(Sink& out, const model::Corpus& corpus, const std::vector<model::Index>& sources);
void append_references(Document& doc, const model::Corpus& corpus, const std::vector<model::Index>& sources);

// The source's BibTeX key: its `cite`, else its id.
const std::string& bibtex_key(const model::Source& source);
// One entry, ending in a blank line.
std::string bibtex_entry(const model::Source& source);
// Every source of the corpus as BibTeX, in corpus order.
void write_bibtex(std::ostream& out, const model::Corpus& corpus);

}  // namespace stance::report
