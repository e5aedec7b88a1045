// The sources report: every source that a stance cites, as a reference (the citation every
// report uses), with how many stances cite it; and the sources as BibTeX entries for
// `--format bib` (from the .bib they were cited from, else made from their fields).
#include <fmt/format.h>

#include "stance/report/citation.hpp"
#include "stance/report/context.hpp"
#include "stance/report/reports.hpp"

namespace stance::report {

Document sources_report(const model::Corpus& corpus, const check::Analysis&) {
    Document doc{.report = "sources", .page = "sources", .title = "Sources"};
    std::vector<std::size_t> stances(corpus.sources.size(), 0);
    for (const auto& s : corpus.stances)
        if (s.source != none) ++stances[s.source];

    // The sources the stances cite (of a slice: its stances): those the reports cite.
    std::size_t cited = 0;
    for (std::size_t n : stances) cited += n > 0 ? 1 : 0;
    doc.blocks.push_back(Heading{1, {text(doc.title)}});
    std::string uncited = cited == corpus.sources.size()
                              ? std::string()
                              : fmt::format(" ({} {} cited by no stance here)",
                                            count(corpus.sources.size() - cited, "other declared source",
                                                  "other declared sources"),
                                            corpus.sources.size() - cited == 1 ? "is" : "are");
    doc.blocks.push_back(Paragraph{{text(fmt::format("{} cited by the stances, as every report cites them{}.",
                                                     count(cited, "source", "sources"), uncited))}});
    List references;
    Table data{.name = "sources"};
    data.columns = {{"source", "Source"}, {"cite", "Cite"},   {"type", "Type"},   {"authors", "Authors"},
                    {"title", "Title"},   {"publisher", "Publisher"}, {"date", "Date"}, {"url", "URL"},
                    {"kind", "Kind"},     {"stances", "Stances"}};
    Table bibtex{.name = "bibtex", .json = false};
    bibtex.columns = {{"entry", "Entry"}};
    for (Index s = 0; s < corpus.sources.size(); ++s) {
        if (stances[s] == 0) continue;
        const auto& source = corpus.sources[s];
        Inline item = citation(source);
        item.push_back(muted(fmt::format(" [{}; {}]", bibtex_key(source), count(stances[s], "stance", "stances"))));
        references.items.push_back(std::move(item));
        data.rows.push_back({{cell(source.id), cell(source.cite), cell(source.bib.type), cell(source.authors),
                              cell(source.title), cell(source.publisher), cell(source.date.to_string()),
                              cell(source.url), cell(source.kind), cell(static_cast<long long>(stances[s]))}});
        bibtex.rows.push_back({{cell(bibtex_entry(source))}});
    }
    if (references.items.empty()) doc.blocks.push_back(Paragraph{{text("No stance cites a source.")}});
    else doc.blocks.push_back(std::move(references));
    doc.data.push_back(std::move(data));
    doc.data.push_back(std::move(bibtex));
    return doc;
}

}  // namespace stance::report
