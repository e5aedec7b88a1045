// The BibTeX writer: the entries of a document's "bibtex" data table, as they are.
#include "stance/report/writers.hpp"

namespace stance::report {

void write_bib(std::ostream& out, const Document& document) {
    for (const auto& table : document.data) {
        if (table.name != "bibtex") continue;
        for (const auto& row : table.rows)
            for (const auto& c : row.cells)
                if (const auto* entry = std::get_if<Inline>(&c.value)) out << plain(*entry);
    }
}

}  // namespace stance::report
