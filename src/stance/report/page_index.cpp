#include "stance/report/page_index.hpp"

namespace stance::report {

PageIndex::PageIndex(const model::Corpus& corpus, const check::Analysis& analysis) {
    const std::size_t claims = corpus.claims.size();
    const std::size_t experts = corpus.experts.size();
    stances_by_claim = Grouped(claims, corpus.stances.size(), [&](std::size_t i, auto add) { add(corpus.stances[i].claim); });
    stances_by_expert =
        Grouped(experts, corpus.stances.size(), [&](std::size_t i, auto add) { add(corpus.stances[i].expert); });
    cells_by_claim = Grouped(claims, analysis.cells.size(), [&](std::size_t i, auto add) { add(analysis.cells[i].claim); });
    cells_by_expert =
        Grouped(experts, analysis.cells.size(), [&](std::size_t i, auto add) { add(analysis.cells[i].expert); });
    relations_by_claim = Grouped(claims, corpus.relations.size(), [&](std::size_t i, auto add) {
        const auto& r = corpus.relations[i];
        add(r.from);
        if (r.to != r.from) add(r.to);
    });
    direct_by_claim = Grouped(claims, analysis.direct.size(), [&](std::size_t i, auto add) { add(analysis.direct[i].claim); });
    agreement_by_expert = Grouped(experts, analysis.agreement.size(), [&](std::size_t i, auto add) {
        const auto& a = analysis.agreement[i];
        add(a.a);
        if (a.b != a.a) add(a.b);
    });
    inconsistencies_by_expert = Grouped(experts, analysis.inconsistencies.size(),
                                        [&](std::size_t i, auto add) { add(analysis.inconsistencies[i].expert); });
    findings_by_expert =
        Grouped(experts, analysis.findings.size(), [&](std::size_t i, auto add) { add(analysis.findings[i].expert); });
}

}  // namespace stance::report
