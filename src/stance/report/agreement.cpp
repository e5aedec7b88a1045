// The agreement report: the camps, then every pair of experts who address a claim in common.
#include <algorithm>

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
    if (std::size_t clustered = experts_with_cells(analysis); clustered > check::max_clustered_experts)
        doc.blocks.push_back(Paragraph{{text(fmt::format(
            "Camps are looked for among at most {} experts with stances, since the table of distances between "
            "them grows with the square of their number; {} have stances here, so each is a camp of one.",
            check::max_clustered_experts, clustered))}});
    List camps{.ordered = true};
    Table members{.name = "camps"};
    members.columns = {{"camp", "Camp"}, {"expert", "Expert"}, {"name", "Name"}};
    for (std::size_t i = 0; i < analysis.camps.size(); ++i) {
        Inline item;
        for (std::size_t j = 0; j < analysis.camps[i].size(); ++j) {
            Index e = analysis.camps[i][j];
            if (j > 0) item.push_back(text(", "));
            item.push_back(context.expert_link(e));
            members.rows.push_back(
                {{cell(static_cast<int>(i) + 1), cell(corpus.experts[e].id), cell(corpus.experts[e].name)}});
        }
        camps.items.push_back(std::move(item));
    }
    if (!camps.items.empty()) doc.blocks.push_back(std::move(camps));
    if (!analysis.unplaced.empty()) {
        Inline item{strong("Not placed: ")};
        for (std::size_t j = 0; j < analysis.unplaced.size(); ++j) {
            Index e = analysis.unplaced[j];
            if (j > 0) item.push_back(text(", "));
            item.push_back(context.expert_link(e));
            members.rows.push_back({{empty_cell(), cell(corpus.experts[e].id), cell(corpus.experts[e].name)}});
        }
        item.push_back(text(fmt::format(" (no camp shares enough of their claims: at least {} with a member)",
                                        analysis.options.min_shared)));
        doc.blocks.push_back(Paragraph{std::move(item)});
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
