#include "stance/check/analysis.hpp"

#include <algorithm>
#include <exception>
#include <iterator>
#include <optional>
#include <thread>

#include "stance/check/agreement.hpp"
#include "stance/check/camps.hpp"
#include "stance/check/consensus.hpp"
#include "stance/check/consistency.hpp"
#include "stance/check/disagreement.hpp"
#include "stance/check/evidence.hpp"
#include "stance/check/findings.hpp"
#include "stance/check/graph.hpp"
#include "stance/check/matrix.hpp"
#include "stance/check/quotes.hpp"

namespace stance::check {

namespace {

// Runs `second` on another thread while `first` runs on this one (or both in sequence when not
// `parallel`); rethrows the first failure.
template <class First, class Second>
void in_parallel(bool parallel, First&& first, Second&& second) {
    if (!parallel) {
        first();
        second();
        return;
    }
    std::exception_ptr failure;
    {
        std::jthread other([&] {
            try {
                second();
            } catch (...) {
                failure = std::current_exception();
            }
        });
        first();
    }
    if (failure) std::rethrow_exception(failure);
}

// The findings on the corpus as written, which need no matrix.
void add_corpus_findings(const model::Corpus& corpus, const AnalyseOptions& options, std::vector<Finding>& findings) {
    add_usage_findings(corpus, findings);
    add_lone_camp_findings(corpus, findings);
    if (options.check_quotes) check_quotes(corpus, findings);
}

// The matrix first; then two independent halves on the two cores: the per-expert checks
// (commitments, indirect disagreements) with the evidence and the checks of the corpus as
// written, and the per-claim and pairwise measures (consensus, agreement, camps, direct
// disagreements). Each half writes only its own members of the analysis, so the result is the
// one of running them in sequence. Agreement over derived commitments waits for them. Without
// `whole`, only what the store keeps.
Analysis analyse_parts(const model::Corpus& corpus, const AnalyseOptions& options, bool whole) {
    Analysis analysis;
    analysis.options = options;
    const StatedMatrix matrix = build_matrix(corpus, options.direct_only);
    const std::vector<Cell> stated = matrix.cells();
    std::vector<Finding> of_corpus;

    auto agreement_and_camps = [&] {
        using Pairs = AnalyseOptions::Pairs;
        if (options.pairs == Pairs::skip) return;
        const std::vector<Cell>& measured = options.with_derived ? analysis.cells : stated;
        // Every pair when the table holds them all; their closeness alone when only the camps read it.
        const bool every = options.pairs == Pairs::every;
        PairMeasures pairs;
        if (every || camps_read_closeness(measured))
            pairs = measure_pairs(corpus, measured, contested_weights(corpus, analysis.consensus), options.min_shared,
                                  every);
        if (every) analysis.agreement = std::move(pairs.agreement);
        else if (options.pairs == Pairs::of_one_expert && options.pairs_of < corpus.experts.size())
            analysis.agreement = measure_pairs_of(corpus, measured, options.min_shared, options.pairs_of);
        Camps camps = find_camps(corpus, measured, pairs.closeness);
        analysis.camps = std::move(camps.camps);
        analysis.unplaced = std::move(camps.unplaced);
        if (whole) analysis.camp_labels = label_camps(corpus, measured, analysis.camps);
        analysis.expert_order = std::move(camps.expert_order);
    };
    in_parallel(
        options.parallel,
        [&] {
            const ImplicationGraph graph(corpus);
            Commitments commitments = find_commitments(corpus, matrix, graph);
            // Both are ordered by expert, then claim, and never share a claim of one expert: one merge.
            analysis.cells.reserve(stated.size() + commitments.derived.size());
            const auto before = [](const Cell& x, const Cell& y) {
                return x.expert != y.expert ? x.expert < y.expert : x.claim < y.claim;
            };
            std::merge(stated.begin(), stated.end(), std::make_move_iterator(commitments.derived.begin()),
                       std::make_move_iterator(commitments.derived.end()), std::back_inserter(analysis.cells),
                       before);
            analysis.inconsistencies = std::move(commitments.inconsistencies);
            analysis.shifts = matrix.shifts;
            add_corpus_findings(corpus, options, of_corpus);
            if (!whole) return;
            analysis.indirect = find_indirect(corpus, stated, graph);
            analysis.evidence = gather_evidence(corpus);
        },
        [&] {
            analysis.consensus = measure_consensus(corpus, stated);
            if (!options.with_derived) agreement_and_camps();
            if (whole) analysis.direct = find_direct(corpus, stated);
        });
    if (options.with_derived) agreement_and_camps();

    add_inconsistency_findings(corpus, analysis.inconsistencies, analysis.findings);
    add_shift_findings(corpus, analysis.shifts, analysis.findings);
    analysis.findings.insert(analysis.findings.end(), std::make_move_iterator(of_corpus.begin()),
                             std::make_move_iterator(of_corpus.end()));
    sort_findings(analysis.findings);
    return analysis;
}

}  // namespace

Analysis analyse(const model::Corpus& corpus, const AnalyseOptions& options) {
    return analyse_parts(corpus, options, true);
}

Analysis analyse_for_store(const model::Corpus& corpus, const AnalyseOptions& options) {
    return analyse_parts(corpus, options, false);
}

std::vector<Finding> analyse_findings(const model::Corpus& corpus, const AnalyseOptions& options) {
    // The matrix on one core, the corpus's own findings and the implication graph on the other;
    // then the experts' consistency on both.
    std::vector<Finding> findings, of_corpus;
    StatedMatrix matrix;
    std::optional<ImplicationGraph> graph;
    in_parallel(
        options.parallel, [&] { matrix = build_matrix(corpus, options.direct_only); },
        [&] {
            add_corpus_findings(corpus, options, of_corpus);
            graph.emplace(corpus);
        });
    add_inconsistency_findings(corpus, find_inconsistencies(corpus, matrix, *graph, options.parallel), findings);
    add_shift_findings(corpus, matrix.shifts, findings);
    // In the order analyse adds them, so that the stable sort leaves ties as it does there.
    findings.insert(findings.end(), std::make_move_iterator(of_corpus.begin()), std::make_move_iterator(of_corpus.end()));
    sort_findings(findings);
    return findings;
}

}  // namespace stance::check
