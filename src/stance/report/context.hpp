#pragma once
// What every report needs to look up and say: the matrix cell of an expert and a claim, a
// claim's consensus and evidence, the column order of experts and their camps, and the phrases
// and links that name experts, claims, sources and stances the same way in every report.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"
#include "stance/report/document.hpp"

namespace stance::report {

using model::Index;
using model::none;

Target expert_page(const model::Corpus& corpus, Index expert);
Target claim_page(const model::Corpus& corpus, Index claim);

class Context {
public:
    Context(const model::Corpus& corpus, const check::Analysis& analysis);

    const model::Corpus& corpus() const { return m_corpus; }
    const check::Analysis& analysis() const { return m_analysis; }

    const check::Cell* cell(Index expert, Index claim) const;
    // The claim's cells in column order (experts()), as cell(e, claim) finds them for each
    // expert in turn; without looking up the experts who have none.
    std::vector<const check::Cell*> cells_of(Index claim) const;
    // Whether any expert has a cell (stated or derived) on the claim.
    bool addressed(Index claim) const { return m_claim_begin[claim + 1] > m_claim_begin[claim]; }
    const check::Consensus* consensus(Index claim) const;
    const check::ClaimEvidence* evidence(Index claim) const;
    // Experts in matrix column order: by camp (Analysis::expert_order), else corpus order of
    // the experts that have cells.
    const std::vector<Index>& experts() const { return m_experts; }
    int camp(Index expert) const;  // 1-based; 0 when the expert is in no camp
    // What a computed camp (1-based) is called: the claims that best separate it
    // (check::label_camps), linked: "asserts csto.a; denies csto.b"; empty when none does.
    Inline camp_label(int camp) const;
    // Claims grouped by topic (topics in corpus order, claims without a topic last).
    struct TopicGroup {
        Index topic = none;
        std::vector<Index> claims;
    };
    const std::vector<TopicGroup>& claims_by_topic() const { return m_groups; }

    // "Svante Cornell" linked to the expert's page.
    Span expert_link(Index expert) const;
    // "csto.russia-controls" linked to the claim's page.
    Span claim_link(Index claim) const;
    // The source as a citation (citation.hpp) with the stance's locator `at`; "(no source)" when
    // none. Every source cited through the Context joins the report's references.
    Inline cite(Index source, std::string_view at = {}) const;
    // The same as plain text.
    const std::string& source_label(Index source) const;
    // The source's BibTeX key, for LaTeX's \cite (the source must exist).
    const std::string& cite_key(Index source) const;
    // The sources cited since the last call, first cited first: a report's references. The
    // next page built from the same Context (`report all`) starts afresh.
    std::vector<Index> take_cited() const;
    // Adds a source to the references without showing it (a report built on every stance).
    void note_cited(Index source) const;
    // "claims/a.claims:12"
    std::string where(const model::Position& position) const { return m_corpus.where(position); }
    // A stance told in full: verb, date, source, quotes, `at`, reasons, file:line; one line each.
    Inline stance_detail(Index stance, bool with_expert) const;
    // The same added at the end of `out` (a cell that tells several stances).
    void append_stance_detail(Inline& out, Index stance, bool with_expert) const;
    // Asks for the stances' quotes to be brought into the cache before they are told.
    void prefetch_quotes(std::span<const Index> stances) const;
    // The same as plain lines for data tables.
    std::vector<std::string> quotes(Index stance) const;
    // Whose words each of those quotes is, for data tables: "own", "reported" (by the source's
    // author) or "reported by ID".
    std::vector<std::string> words(Index stance) const;
    // How reported words are marked where a quote is shown: "in the article's words", "in the
    // words of the article's anonymous author", "as reported by Kirill Krivosheev"; "" for the
    // expert's own words.
    std::string reported_label(const model::Stance& stance, const model::Quote& quote) const;
    // "asserts csto.a" (a stated cell's stance) or "derived: <reason>".
    Inline cell_tip(const check::Cell& cell) const;

private:
    const model::Corpus& m_corpus;
    const check::Analysis& m_analysis;
    // The cells ordered by claim, then expert (analysis order among equals): a claim's cells
    // are [m_claim_begin[c], m_claim_begin[c + 1]), found by binary search on the expert.
    std::vector<const check::Cell*> m_by_claim;
    std::vector<std::size_t> m_claim_begin;
    std::vector<const check::Consensus*> m_consensus;   // by claim
    std::vector<const check::ClaimEvidence*> m_evidence;  // by claim
    std::vector<Index> m_experts;
    std::vector<std::size_t> m_column;  // by expert: its place in m_experts (npos: none)
    std::vector<int> m_camp;  // by expert
    std::vector<TopicGroup> m_groups;
    // What the report has cited so far: filled while it is built, through const lookups.
    mutable std::vector<Index> m_cited;
    mutable std::vector<bool> m_is_cited;  // by source
    // The page of each expert and claim, made on first use and shared by every link to it.
    mutable std::vector<std::shared_ptr<const Target>> m_expert_pages, m_claim_pages;
    // Each source's citation without a locator, and as plain text, made on first use: a report
    // cites a source for each of its stances (hundreds, in a large corpus).
    struct MadeCitation {
        Inline spans;
        std::string label;
        bool made = false;
    };
    mutable std::vector<MadeCitation> m_citations;
    const MadeCitation& made_citation(Index source) const;
    void append_cite(Inline& out, Index source, std::string_view at) const;
};

// "1 expert", "3 experts"
std::string count(std::size_t n, std::string_view singular, std::string_view plural);
// "text (claims/a.claims:12)", the place muted; just the text when the place is unknown.
Inline located(std::string text, const std::string& where);

// A report's title, marked when the analysis counts only the experts' own words
// (AnalyseOptions::direct_only): "Stance matrix (own words only)".
std::string report_title(std::string title, const check::Analysis& analysis);

// "0.54"
std::string fixed(double value, int precision);

// A claim's consensus said with its n: "0.58 over 3 experts", "none: one voice".
std::string consensus_phrase(const check::Consensus& consensus);
// The consensus in a human table: the number, or "one voice" (muted) when there is none.
Cell consensus_cell(const check::Consensus* consensus);
// The consensus in a data table: the number, or empty (CSV "", JSON null), never text.
Cell consensus_value(const check::Consensus* consensus);

// A pair's agreement as columns (after the expert columns): shared, congruence, conflict,
// qualified, derived (when derived commitments count) and the signed score. `human`: a score
// below min_shared reads "too few to judge"; in data tables it is empty.
std::vector<Column> agreement_columns(const check::Analysis& analysis);
void append_agreement(std::vector<Cell>& cells, const check::Agreement& pair, const check::Analysis& analysis,
                      bool human);
// Orders pairs by score, highest first; unscored pairs last (stable otherwise).
bool higher_score(const check::Agreement* x, const check::Agreement* y);
// What the agreement columns mean, for the paragraph above a pair table.
std::string agreement_explanation(const check::Analysis& analysis);

// A table of pairs lists every pair with a score, and the pairs too few to judge only while they
// are at most this many: many experts on one claim make millions of pairs that say little each.
inline constexpr std::size_t max_unjudged_listed = 1000;
struct ListedPairs {
    std::vector<const check::Agreement*> pairs;
    std::size_t left_out = 0;  // pairs too few to judge, not listed
};
// for_each(visit) calls visit(const check::Agreement&) for each pair of the table, in order.
template <class ForEach>
ListedPairs listed_pairs(ForEach&& for_each) {
    std::size_t unjudged = 0;
    for_each([&](const check::Agreement& pair) { unjudged += !pair.score; });
    ListedPairs listed;
    if (unjudged > max_unjudged_listed) listed.left_out = unjudged;
    for_each([&](const check::Agreement& pair) {
        if (pair.score || listed.left_out == 0) listed.pairs.push_back(&pair);
    });
    return listed;
}
// What a table of pairs leaves out, for the paragraph after it (empty when nothing is).
std::string unjudged_left_out(const ListedPairs& listed, const check::Analysis& analysis);
// The verb of a value: "strongly asserts", ...
std::string verb(int value);

}  // namespace stance::report
