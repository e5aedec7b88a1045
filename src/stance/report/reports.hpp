#pragma once
// The reports. Each builds one Document (document.hpp) from a corpus and what the checks found
// in it; writers.hpp writes a Document in a format, and write_all (all.hpp) writes the whole set.
#include <optional>
#include <string>
#include <string_view>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"
#include "stance/report/document.hpp"

namespace stance::report {

enum class Kind { matrix, disagreements, agreement, contradictions, evidence, expert, claim, sources };
std::string_view kind_name(Kind kind);  // "matrix", ..., "expert", "claim"

// What labels the matrix's rows in the human formats: the claim's id (its text on hover in
// HTML), or its text (the id on hover). The data formats always give the id.
enum class RowLabels { ids, text };

// Claims as rows grouped by topic, experts as columns by camp, consensus per claim. Above
// these, the human formats leave the table out and ask for a slice instead: a table of 5,000
// rows or 500 columns is more than anyone reads, and costs gigabytes to build far above that.
inline constexpr std::size_t max_matrix_rows = 5000;
inline constexpr std::size_t max_matrix_columns = 500;
// The agreement report's table of pairs in the human formats, likewise: 2,000 experts make two
// million pairs, whose table alone took 3.5 GB to lay out.
inline constexpr std::size_t max_pair_rows = 5000;
// `report all` writes the congruence network for Gephi up to this many edges (AllOptions): Gephi draws a
// million edges only slowly, and 5,000 experts who share one claim make 12.5 million (1.1 GB of
// GEXF). Above it, `stance export gexf --network congruence` still writes the whole network.
inline constexpr std::size_t max_report_network_edges = 1'000'000;
Document matrix_report(const model::Corpus& corpus, const check::Analysis& analysis, RowLabels labels = RowLabels::ids);
// The same sent to `out` as it is built, with only the `parts` asked for (parts_for in writers.hpp
// gives what a format needs): its data tables row by row, a record per cell, never held whole.
void matrix_report(const model::Corpus& corpus, const check::Analysis& analysis, Sink& out, const Parts& parts,
                   RowLabels labels = RowLabels::ids);
// The most contested claims first, each side's experts with quotes and sources side by side;
// then the disagreements that arise only through relations.
Document disagreements_report(const model::Corpus& corpus, const check::Analysis& analysis);
// The same sent to `out` claim by claim as it is built, with only the `parts` asked for.
void disagreements_report(const model::Corpus& corpus, const check::Analysis& analysis, Sink& out, const Parts& parts);
// Every pair of experts with shared claims, and the camps.
Document agreement_report(const model::Corpus& corpus, const check::Analysis& analysis);
// The same sent to `out` as it is built, with only the `parts` asked for: its data tables row by
// row (the human table of pairs is one block, aligned as a whole).
void agreement_report(const model::Corpus& corpus, const check::Analysis& analysis, Sink& out, const Parts& parts);
// Inconsistent experts with the chain that shows it, and position shifts.
Document contradictions_report(const model::Corpus& corpus, const check::Analysis& analysis);
// Per claim: who supports and opposes it, from which sources, and the reasons for and against;
// then unsourced stances and quotes not found.
Document evidence_report(const model::Corpus& corpus, const check::Analysis& analysis);
// The same sent to `out` claim by claim as it is built, with only the `parts` asked for.
void evidence_report(const model::Corpus& corpus, const check::Analysis& analysis, Sink& out, const Parts& parts);
// Makes the data table named `name` the one CSV writes; false when the document has none.
bool select_csv(Document& document, std::string_view name);

// Says in the document's title and first heading that it covers only a slice of the corpus
// (model::Slice::describe); nothing when `slice` is empty.
void mark_slice(Document& document, const std::string& slice);
// The same for a report on its way to `out`.
class SliceMark final : public Filter {
public:
    SliceMark(Sink& out, const std::string& slice) : Filter(out), m_suffix(slice.empty() ? "" : " (" + slice + ")") {}
    void begin(const Document& header) override;
    void block(const Block& block) override;
    void block(Block&& block) override;

private:
    bool marks(const Block& block);  // the first heading of level 1, when there is a slice

    std::string m_suffix;
    bool m_marked = false;  // the first heading of level 1 is marked, no other
};

// One document of a report per time window, as one document: under `title`, a section per
// window (its heading the window's label, the window's own headings one level down). The data
// tables whose columns every window shares are joined, a `window` column first; the CSV is the
// joined form of the windows' CSV table (else of their `long` table).
Document by_window(const std::string& title, const std::vector<std::pair<std::string, Document>>& windows);

// Everything known about one expert, or about one claim.
Document expert_report(const model::Corpus& corpus, const check::Analysis& analysis, model::Index expert);
Document claim_report(const model::Corpus& corpus, const check::Analysis& analysis, model::Index claim);
// The same from a context and page index built once, for writing every page (`report all`).
class Context;
struct PageIndex;
Document expert_report(const Context& context, const PageIndex& index, model::Index expert);
Document claim_report(const Context& context, const PageIndex& index, model::Index claim);
// Every source a stance cites as a reference, with its stances; its BibTeX entries for the bib format.
Document sources_report(const model::Corpus& corpus, const check::Analysis& analysis);

}  // namespace stance::report
