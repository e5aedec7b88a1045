// The agreement report: the camps, then every pair of experts who address a claim in common.
#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "stance/check/camps.hpp"
#include "stance/report/citation.hpp"
#include "stance/report/context.hpp"
#include "stance/report/reports.hpp"

namespace stance::report {

namespace {

// How many experts the camps are looked for among: those with a cell in the matrix.
std::size_t experts_with_cells(const check::Analysis& analysis) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < analysis.cells.size(); ++i)
        n += i == 0 || analysis.cells[i].expert != analysis.cells[i - 1].expert;  // ordered by expert
    return n;
}

}  // namespace

Document agreement_report(const model::Corpus& corpus, const check::Analysis& analysis) {
    Context context(corpus, analysis);
    Document doc{.report = "agreement", .page = "agreement", .title = report_title("Agreement between experts", analysis)};
    doc.blocks.push_back(Heading{1, {text(doc.title)}});

    doc.blocks.push_back(Heading{2, {text("Camps")}, "camps"});
    if (analysis.camps.empty()) doc.blocks.push_back(Paragraph{{text("No camps were formed.")}});
    else
        doc.blocks.push_back(Paragraph{{text(
            "Computed from the agreement (docs/measures.md), each named by the claims that best separate it from the "
            "experts outside it: claims all its members who state them hold on one side, unlike the others.")}});
    if (std::size_t clustered = experts_with_cells(analysis); clustered > check::max_clustered_experts)
        doc.blocks.push_back(Paragraph{{text(fmt::format(
            "Camps are looked for among at most {} experts with stances, since the table of distances between "
            "them grows with the square of their number; {} have stances here, so each is a camp of one.",
            check::max_clustered_experts, clustered))}});
    List camps{.ordered = true};
    for (std::size_t i = 0; i < analysis.camps.size(); ++i) {
        Inline item = context.camp_label(static_cast<int>(i) + 1);
        if (!item.empty()) item.push_back(text(": "));
        for (std::size_t j = 0; j < analysis.camps[i].size(); ++j) {
            if (j > 0) item.push_back(text(", "));
            item.push_back(context.expert_link(analysis.camps[i][j]));
        }
        camps.items.push_back(std::move(item));
    }
    if (!camps.items.empty()) doc.blocks.push_back(std::move(camps));
    if (!analysis.unplaced.empty()) {
        Inline item{strong("Not placed: ")};
        for (std::size_t j = 0; j < analysis.unplaced.size(); ++j) {
            if (j > 0) item.push_back(text(", "));
            item.push_back(context.expert_link(analysis.unplaced[j]));
        }
        item.push_back(text(fmt::format(" (no camp shares enough of their claims: at least {} with a member)",
                                        analysis.options.min_shared)));
        doc.blocks.push_back(Paragraph{std::move(item)});
    }

    // Every expert's declared camp (`camp "Name"`) beside the computed one: shown when the
    // corpus declares any, always in the data.
    Table beside{.name = "declared-camps"};
    beside.columns = {{"expert", "Expert"}, {"declared", "Declared camp"}, {"computed", "Computed camp"}};
    Table members{.name = "camps"};
    members.columns = {{"expert", "Expert"}, {"name", "Name"}, {"declared", "Declared camp"}, {"camp", "Computed camp"},
                       {"label", "Label"}};
    bool declared = false;
    for (Index e : context.experts()) {
        const auto& expert = corpus.experts[e];
        const int camp = context.camp(e);
        const Inline label = context.camp_label(camp);
        declared = declared || !expert.camp.empty();
        Inline computed{camp == 0 ? muted("not placed") : text(std::to_string(camp))};
        if (camp > 0 && !label.empty()) {
            computed.push_back(text(": "));
            computed.insert(computed.end(), label.begin(), label.end());
        }
        beside.rows.push_back({{cell(Inline{context.expert_link(e)}), expert.camp.empty() ? empty_cell() : cell(expert.camp),
                                cell(std::move(computed))}});
        members.rows.push_back({{cell(expert.id), cell(expert.name), expert.camp.empty() ? empty_cell() : cell(expert.camp),
                                 camp > 0 ? cell(camp) : empty_cell(), label.empty() ? empty_cell() : cell(plain(label))}});
    }
    if (declared) {
        doc.blocks.push_back(Heading{2, {text("Declared and computed camps")}, "declared-camps"});
        doc.blocks.push_back(Paragraph{{text(
            "The camp each expert is placed in by the corpus (the expert's camp attribute) beside the camp computed "
            "from the stances.")}});
        doc.blocks.push_back(std::move(beside));
    }

    doc.blocks.push_back(Heading{2, {text("Pairs")}, "pairs"});
    doc.blocks.push_back(Paragraph{{text(agreement_explanation(analysis))}});
    Table pairs{.name = "agreement"};
    pairs.columns = {{"expert_a", "Expert A"}, {"expert_b", "Expert B"}};
    for (auto& column : agreement_columns(analysis)) pairs.columns.push_back(std::move(column));
    Table data = pairs;
    // Expert by expert, in matrix column order.
    std::vector<int> rank(corpus.experts.size(), static_cast<int>(corpus.experts.size()));
    for (std::size_t i = 0; i < context.experts().size(); ++i) rank[context.experts()[i]] = static_cast<int>(i);
    ListedPairs listed = listed_pairs([&](auto visit) {
        for (const auto& pair : analysis.agreement) visit(pair);
    });
    std::vector<const check::Agreement*>& ordered = listed.pairs;
    std::stable_sort(ordered.begin(), ordered.end(), [&](auto* x, auto* y) {
        auto first = [&](const check::Agreement* p) { return std::min(rank[p->a], rank[p->b]); };
        auto second = [&](const check::Agreement* p) { return std::max(rank[p->a], rank[p->b]); };
        if (first(x) != first(y)) return first(x) < first(y);
        return second(x) < second(y);
    });
    for (const auto* a : ordered) {
        Index x = rank[a->a] <= rank[a->b] ? a->a : a->b;
        Index y = x == a->a ? a->b : a->a;
        Row row{{cell(Inline{context.expert_link(x)}), cell(Inline{context.expert_link(y)})}};
        append_agreement(row.cells, *a, analysis, true);
        pairs.rows.push_back(std::move(row));
        Row record{{cell(corpus.experts[x].id), cell(corpus.experts[y].id)}};
        append_agreement(record.cells, *a, analysis, false);
        data.rows.push_back(std::move(record));
    }
    if (ordered.empty() && listed.left_out == 0)
        doc.blocks.push_back(Paragraph{{text("No two experts take a position on the same claim.")}});
    else if (!ordered.empty()) doc.blocks.push_back(std::move(pairs));
    if (listed.left_out > 0) doc.blocks.push_back(Paragraph{{text(unjudged_left_out(listed, analysis))}});

    doc.data.push_back(std::move(data));
    doc.data.push_back(std::move(members));
    // Agreement is computed from every stance: its references are every source behind one.
    for (const auto& stance : corpus.stances)
        if (stance.source != none) context.note_cited(stance.source);
    append_references(doc, corpus, context.take_cited());
    return doc;
}

}  // namespace stance::report
