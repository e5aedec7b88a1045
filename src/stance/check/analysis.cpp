#include "stance/check/analysis.hpp"

#include <algorithm>
#include <exception>
#include <iterator>
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

}  // namespace

// The matrix first; then two independent halves on the two cores: the per-expert checks
// (commitments, indirect disagreements) with the evidence, and the per-claim and pairwise
// measures (consensus, agreement, camps, direct disagreements). Each half writes only its own
// members of the analysis, so the result is the one of running them in sequence. Agreement
// over derived commitments waits for them.
Analysis analyse(const model::Corpus& corpus, const AnalyseOptions& options) {
    Analysis analysis;
    analysis.options = options;
    const StatedMatrix matrix = build_matrix(corpus, options.direct_only);
    const std::vector<Cell> stated = matrix.cells();

    auto agreement_and_camps = [&] {
        const std::vector<Cell>& measured = options.with_derived ? analysis.cells : stated;
        PairMeasures pairs =
            measure_pairs(corpus, measured, contested_weights(corpus, analysis.consensus), options.min_shared);
        analysis.agreement = std::move(pairs.agreement);
        Camps camps = find_camps(corpus, measured, pairs.closeness);
        analysis.camps = std::move(camps.camps);
        analysis.unplaced = std::move(camps.unplaced);
        analysis.camp_labels = label_camps(corpus, measured, analysis.camps);
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
            analysis.indirect = find_indirect(corpus, stated, graph);
            analysis.evidence = gather_evidence(corpus);
        },
        [&] {
            analysis.consensus = measure_consensus(corpus, stated);
            if (!options.with_derived) agreement_and_camps();
            analysis.direct = find_direct(corpus, stated);
        });
    if (options.with_derived) agreement_and_camps();

    add_inconsistency_findings(corpus, analysis.inconsistencies, analysis.findings);
    add_shift_findings(corpus, analysis.shifts, analysis.findings);
    add_usage_findings(corpus, analysis.findings);
    add_lone_camp_findings(corpus, analysis.findings);
    if (options.check_quotes) check_quotes(corpus, analysis.findings);
    sort_findings(analysis.findings);
    return analysis;
}

}  // namespace stance::check
