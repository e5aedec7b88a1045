#pragma once
// What the checks find in a corpus: the stance matrix (stated and derived cells), consensus per
// claim, agreement between experts and their camps, inconsistencies with the chain that proves
// them, position shifts, direct and indirect disagreements, evidence per claim, and findings
// (warnings and notes). The store writes it; the reports read it.
#include <optional>
#include <string>
#include <vector>

#include "stance/diag/diagnostic.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

using model::Index;
using model::none;

// One cell of the stance matrix: an expert's position on a claim the expert addresses.
struct Cell {
    Index expert = none;
    Index claim = none;
    int value = 0;         // -2..2; a derived cell is -1 or +1
    bool derived = false;  // a commitment that follows from stated stances
    Index stance = none;   // stated: the stance that decided the cell (latest; see DESIGN.md)
    std::string reason;    // derived: why ("asserts A; A implies B")
    bool operator==(const Cell&) const = default;
};

struct Consensus {
    Index claim = none;
    int n = 0;              // stated cells
    double mean = 0;
    std::optional<double> consensus;  // Tastle & Wierman; none when n < 2 (one voice is no consensus)
    int asserting = 0;      // stated cells > 0
    int denying = 0;        // stated cells < 0
    int qualifying = 0;     // stated cells == 0
    bool operator==(const Consensus&) const = default;
};

// Agreement between two experts as Discourse Network Analysis counts it (docs/measures.md).
struct Agreement {
    Index a = none;  // a < b
    Index b = none;
    int shared = 0;      // claims both take a position on
    int congruence = 0;  // of those, both on the same side (both assert or both deny)
    int conflict = 0;    // on opposite sides
    int qualified = 0;   // at least one of the two qualifies: neither congruence nor conflict
    int derived = 0;     // shared claims where a derived commitment counts (AnalyseOptions::with_derived)
    std::optional<double> score;  // (congruence - conflict) / shared in [-1, 1]; none below min_shared
    bool operator==(const Agreement&) const = default;
};

// One step of an explanation, with the place that states it.
struct Link {
    std::string text;  // "asserts csto.a", "csto.a implies csto.b"
    model::Position where;
    bool operator==(const Link&) const = default;
};

// A claim that separates a camp from the experts outside it, and the side its members take.
struct CampLabel {
    Index claim = none;
    int side = 0;        // every member who states the claim: +1 asserts, -1 denies, 0 qualifies
    double score = 0;    // share of members stating it x |members' mean - outsiders' mean|
    bool operator==(const CampLabel&) const = default;
};

struct Inconsistency {
    Index expert = none;
    std::vector<Link> chain;  // from a stated stance, through relations, to the clashing one
    Index claim = none;       // the claim the expert is committed both to and against
    bool operator==(const Inconsistency&) const = default;
};

struct Shift {
    Index expert = none;
    Index claim = none;
    Index earlier = none;  // stances
    Index later = none;
    bool operator==(const Shift&) const = default;
};

// Experts on opposite sides of one claim (stated stances).
struct DirectDisagreement {
    Index claim = none;
    std::vector<Index> for_stances;      // value > 0
    std::vector<Index> against_stances;  // value < 0
    bool operator==(const DirectDisagreement&) const = default;
};

// Two experts whose stated stances clash only through relations.
struct IndirectDisagreement {
    Index a = none;  // experts
    Index b = none;
    Index claim_a = none;  // what a states
    Index claim_b = none;  // what b states
    std::vector<Link> explanation;
    bool operator==(const IndirectDisagreement&) const = default;
};

struct ClaimEvidence {
    Index claim = none;
    std::vector<Index> supporting;  // stances with value > 0
    std::vector<Index> opposing;    // value < 0
    std::vector<Index> qualifying;  // value == 0
    std::vector<Index> sources;     // distinct sources of those stances
    std::vector<std::string> publishers;  // distinct
    std::vector<Index> reasons_for;      // relations `X supports claim`
    std::vector<Index> reasons_against;  // relations `X undermines claim`
    bool operator==(const ClaimEvidence&) const = default;
};

enum class FindingKind {
    inconsistent, shift, quote_not_found, text_not_found,
    unsourced, unused_claim, unused_expert, unused_source, lone_camp,
};
inline constexpr FindingKind last_finding_kind = FindingKind::lone_camp;
std::string_view finding_name(FindingKind kind);  // "quote-not-found": the `findings.kind` column
diag::Code finding_code(FindingKind kind);

struct Finding {
    FindingKind kind = FindingKind::unsourced;
    diag::Severity severity = diag::Severity::warning;
    Index expert = none;
    Index claim = none;
    Index source = none;
    model::Position where;
    std::string message;
    bool operator==(const Finding&) const = default;
};

struct AnalyseOptions {
    bool check_quotes = true;  // needs Source::text_path; false when the texts are not at hand
    int min_shared = 2;        // pairs sharing fewer claims get no agreement score and join no camp
    bool with_derived = false; // agreement and camps count derived commitments too
    // The matrix and all that follows from it (commitments, consensus, agreement, camps,
    // disagreements, inconsistencies, shifts) count only the stances that rest on the expert's
    // own words: at least one `quote`. Evidence and the other findings still cover every stance.
    bool direct_only = false;
    // The per-expert and the per-claim halves of the checks on two threads; false runs them in
    // sequence, with the same result (a test compares the two).
    bool parallel = true;
    // Which pairs of experts are measured, the quadratic part (n experts on one claim make n^2/2
    // pairs): `every` pair in the agreement table, with the camps; the camps alone (`camps`: a
    // claim page, which reads only the camps' order of its experts); the camps and the pairs of
    // `pairs_of` (`of_one_expert`: an expert page, linear in the stances on the claims that expert
    // states); or `skip` them, which leaves agreement, camps, unplaced, camp_labels and expert_order
    // empty, for a report that reads none of them. The camps are the same whenever they are
    // found: up to max_clustered_experts over every pair, above it over none.
    enum class Pairs { every, camps, of_one_expert, skip };
    Pairs pairs = Pairs::every;
    Index pairs_of = none;
    bool operator==(const AnalyseOptions&) const = default;
};

struct Analysis {
    AnalyseOptions options;                // how it was measured
    std::vector<Cell> cells;               // ordered by expert, then claim
    std::vector<Consensus> consensus;      // one per claim with n >= 1
    std::vector<Agreement> agreement;      // pairs with shared >= 1 (those AnalyseOptions::pairs asks for)
    std::vector<std::vector<Index>> camps; // two or more experts each; camps and members in display order
    std::vector<Index> unplaced;           // experts in no camp (too few shared claims, or apart from all)
    std::vector<std::vector<CampLabel>> camp_labels;  // per camp: the claims that best separate it (camps.hpp)
    std::vector<Index> expert_order;       // experts ordered by camp, then the unplaced, for matrix columns
    std::vector<Inconsistency> inconsistencies;
    std::vector<Shift> shifts;
    std::vector<DirectDisagreement> direct;
    std::vector<IndirectDisagreement> indirect;
    std::vector<ClaimEvidence> evidence;   // one per claim, in claim order
    std::vector<Finding> findings;
    bool operator==(const Analysis&) const = default;
};


Analysis analyse(const model::Corpus& corpus, const AnalyseOptions& options = {});

// What the claim store keeps (docs/store.md), equal to those members of analyse(corpus,
// options): the cells, consensus, agreement, camps (members, unplaced, expert order),
// inconsistencies, shifts and findings; without the camp labels, disagreements and evidence,
// which `stance build` would compute only to drop them.
Analysis analyse_for_store(const model::Corpus& corpus, const AnalyseOptions& options = {});

// The findings alone, equal to analyse(corpus, options).findings, without the measures that no
// finding reads (consensus, agreement, camps, disagreements, evidence): what `stance check` and
// the editor report. The matrix and commitments run on one thread while the checks of the
// corpus as written (usage, camps declared, quotes) run on the other, unless not `parallel`.
std::vector<Finding> analyse_findings(const model::Corpus& corpus, const AnalyseOptions& options = {});

}  // namespace stance::check
