// The contradiction report: experts whose stated stances cannot all hold, with the chain of
// declared relations that shows it, and experts who changed sides between dates.
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "stance/report/citation.hpp"
#include "stance/report/context.hpp"
#include "stance/report/reports.hpp"

namespace stance::report {

namespace {

Inline dated_stance(const Context& context, Index stance) {
    const auto& corpus = context.corpus();
    const auto& s = corpus.stances[stance];
    std::string head = verb(s.value);
    if (auto date = corpus.stance_date(s); !date.empty()) head += " (" + date.to_string() + ")";
    return {text(head), line_break(), text(context.source_label(s.source)), line_break(),
            muted(context.where(s.where))};
}

// The stated stances of the inconsistent experts by position: a chain's links carry only where
// they were written, and those that are stances are cited.
using StanceKey = std::tuple<Index, Index, std::uint32_t, std::uint32_t>;  // expert, file, line, column
std::map<StanceKey, Index> stances_of_inconsistent(const model::Corpus& corpus, const check::Analysis& analysis) {
    std::map<StanceKey, Index> found;
    if (analysis.inconsistencies.empty()) return found;
    std::vector<bool> inconsistent(corpus.experts.size(), false);
    for (const auto& i : analysis.inconsistencies) inconsistent[i.expert] = true;
    for (Index s = 0; s < corpus.stances.size(); ++s) {
        const auto& stance = corpus.stances[s];
        if (inconsistent[stance.expert])
            found.emplace(StanceKey{stance.expert, stance.where.file, stance.where.line, stance.where.column}, s);
    }
    return found;
}

}  // namespace

Document contradictions_report(const model::Corpus& corpus, const check::Analysis& analysis) {
    Context context(corpus, analysis);
    Document doc{.report = "contradictions", .page = "contradictions", .title = report_title("Contradictions", analysis)};
    doc.blocks.push_back(Heading{1, {text(doc.title)}});

    Table data{.name = "contradictions"};
    data.columns = {{"kind", "Kind"}, {"expert", "Expert"}, {"claim", "Claim"}, {"step", "Step"},
                    {"text", "Text"}, {"date", "Date"},     {"where", "Where"}};

    doc.blocks.push_back(Heading{2, {text("Inconsistent experts")}, "inconsistent"});
    doc.blocks.push_back(Paragraph{{text(
        analysis.inconsistencies.empty()
            ? std::string("No expert's stated stances contradict each other through the relations.")
            : fmt::format("{} stances that cannot all be true. Each chain starts from a stated stance and "
                          "follows declared relations to a stance that clashes with it.",
                          analysis.inconsistencies.size() == 1
                              ? std::string("1 expert holds")
                              : fmt::format("{} experts hold", analysis.inconsistencies.size())))}});
    const auto stances = stances_of_inconsistent(corpus, analysis);
    for (const auto& inconsistency : analysis.inconsistencies) {
        const auto& expert = corpus.experts[inconsistency.expert];
        doc.blocks.push_back(Heading{3, {context.expert_link(inconsistency.expert), text(" (" + expert.id + ")")},
                                     "inconsistent-" + expert.id});
        List chain{.ordered = true};
        for (std::size_t i = 0; i < inconsistency.chain.size(); ++i) {
            const auto& l = inconsistency.chain[i];
            Inline item = located(l.text, context.where(l.where));
            auto stance = stances.find({inconsistency.expert, l.where.file, l.where.line, l.where.column});
            if (stance != stances.end() && corpus.stances[stance->second].source != none) {
                const auto& cited = corpus.stances[stance->second];
                item.push_back(text(" \u2014 "));
                for (auto& span : context.cite(cited.source, cited.at)) item.push_back(std::move(span));
            }
            chain.items.push_back(std::move(item));
            data.rows.push_back({{cell("inconsistent"), cell(expert.id), empty_cell(),
                                  cell(static_cast<int>(i) + 1), cell(l.text), empty_cell(),
                                  cell(context.where(l.where))}});
        }
        doc.blocks.push_back(std::move(chain));
    }

    doc.blocks.push_back(Heading{2, {text("Position shifts")}, "shifts"});
    if (analysis.shifts.empty()) {
        doc.blocks.push_back(Paragraph{{text("No expert changed sides on a claim between dates.")}});
    } else {
        doc.blocks.push_back(Paragraph{{text(
            "Opposite stances by one expert on the same claim at different dates: a change of position, not a "
            "contradiction. The matrix shows the later one.")}});
        Table shifts{.name = "shifts"};
        shifts.columns = {{"expert", "Expert"},
                          {"claim", "Claim"},
                          {.key = "earlier", .header = "Earlier", .wrap = 36},
                          {.key = "later", .header = "Later", .wrap = 36}};
        for (const auto& shift : analysis.shifts) {
            shifts.rows.push_back({{cell(Inline{context.expert_link(shift.expert)}),
                                    cell(Inline{context.claim_link(shift.claim)}),
                                    cell(dated_stance(context, shift.earlier)), cell(dated_stance(context, shift.later))}});
            int step = 1;
            for (Index s : {shift.earlier, shift.later}) {
                const auto& stance = corpus.stances[s];
                data.rows.push_back({{cell("shift"), cell(corpus.experts[shift.expert].id),
                                      cell(corpus.claims[shift.claim].id), cell(step++), cell(verb(stance.value)),
                                      cell(corpus.stance_date(stance).to_string()), cell(context.where(stance.where))}});
            }
        }
        doc.blocks.push_back(std::move(shifts));
    }

    doc.data.push_back(std::move(data));
    append_references(doc, corpus, context.take_cited());
    return doc;
}

}  // namespace stance::report
