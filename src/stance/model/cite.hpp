#pragma once
// Citations from BibTeX: the entries of the --bib files by key, and a source filled in from the
// entry its `cite` names. What the source sets itself wins; the entry gives the rest.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stance/diag/diagnostic.hpp"
#include "stance/model/corpus.hpp"
#include "stance/model/resolve.hpp"

namespace stance::model {

class Bibliographies {
public:
    // A key given in two files is an error (the first wins), as within one file.
    Bibliographies(const std::vector<Bibliography>& bibliographies, diag::Sink& sink);

    // Whether any --bib file was given: only then are keys looked up.
    bool given() const { return m_given; }
    const ast::bibtex::Entry* find(std::string_view key) const;  // nullptr when absent
    std::string nearest(std::string_view key) const;             // the closest key, "" if none is close

private:
    bool m_given = false;
    std::unordered_map<std::string, const ast::bibtex::Entry*> m_entries;
};

// Keeps the entry in `source.bib` and fills the title, authors (else editors), publisher
// (publisher, journal, organization, institution...), date (`date`, else year, month and day)
// and url (`url`, else the DOI) that the source does not set.
void cite_entry(Source& source, const ast::bibtex::Entry& entry);

// The date of an entry: its `date` field (biblatex, ISO), else `year`, `month` (a number or a
// month's name) and `day`. Empty when it has none that reads as a date.
Date entry_date(const BibEntry& entry);

}  // namespace stance::model
