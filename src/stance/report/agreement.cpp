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
    Document doc;
    Recorder to(doc);
    agreement_report(corpus, analysis, to, Parts{});
    return doc;
}

void agreement_report(const model::Corpus& corpus, const check::Analysis& analysis, Sink& out, const Parts& parts) {
    Context context(corpus, analysis);
    const Document header{.report = "agreement", .page = "agreement",
                          .title = report_title("Agreement between experts", analysis)};
    out.begin(header);
    out.block(Heading{1, {text(header.title)}});

    out.block(Heading{2, {text("Camps")}, "camps"});
    if (analysis.camps.empty()) out.block(Paragraph{{text("No camps were formed.")}});
    else
        out.block(Paragraph{{text(
            "Computed from the agreement (docs/measures.md), each named by the claims that best separate it from the "
            "experts outside it: claims all its members who state them hold on one side, unlike the others.")}});
    if (std::size_t clustered = experts_with_cells(analysis); clustered > check::max_clustered_experts)
        out.block(Paragraph{{text(fmt::format(
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
    if (!camps.items.empty()) out.block(std::move(camps));
    if (!analysis.unplaced.empty()) {
        Inline item{strong("Not placed: ")};
        for (std::size_t j = 0; j < analysis.unplaced.size(); ++j) {
            if (j > 0) item.push_back(text(", "));
            item.push_back(context.expert_link(analysis.unplaced[j]));
        }
        item.push_back(text(fmt::format(" (no camp shares enough of their claims: at least {} with a member)",
                                        analysis.options.min_shared)));
        out.block(Paragraph{std::move(item)});
    }

    // Every expert's declared camp (`camp "Name"`) beside the computed one: shown when the
    // corpus declares any.
    Table beside{.name = "declared-camps"};
    beside.columns = {{"expert", "Expert"}, {"declared", "Declared camp"}, {"computed", "Computed camp"}};
    const bool declared = std::any_of(context.experts().begin(), context.experts().end(),
                                      [&](Index e) { return !corpus.experts[e].camp.empty(); });
    if (declared && parts.blocks) {
        for (Index e : context.experts()) {
            const auto& expert = corpus.experts[e];
            const int camp = context.camp(e);
            const Inline label = context.camp_label(camp);
            Inline computed{camp == 0 ? muted("not placed") : text(std::to_string(camp))};
            if (camp > 0 && !label.empty()) {
                computed.push_back(text(": "));
                computed.insert(computed.end(), label.begin(), label.end());
            }
            beside.rows.push_back({{cell(Inline{context.expert_link(e)}),
                                    expert.camp.empty() ? empty_cell() : cell(expert.camp), cell(std::move(computed))}});
        }
        out.block(Heading{2, {text("Declared and computed camps")}, "declared-camps"});
        out.block(Paragraph{{text(
            "The camp each expert is placed in by the corpus (the expert's camp attribute) beside the camp computed "
            "from the stances.")}});
        out.block(std::move(beside));
    }

    out.block(Heading{2, {text("Pairs")}, "pairs"});
    out.block(Paragraph{{text(agreement_explanation(analysis))}});
    Table pairs{.name = "agreement"};
    pairs.columns = {{"expert_a", "Expert A"}, {"expert_b", "Expert B"}};
    for (auto& column : agreement_columns(analysis)) pairs.columns.push_back(std::move(column));
    out.begin_data(pairs);  // the same columns, ids for links; its rows as the table's are made
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
    // Like the matrix, a table of more pairs than anyone reads is left out of the human formats.
    const bool table = parts.blocks && ordered.size() <= max_pair_rows;
    for (const auto* a : ordered) {
        Index x = rank[a->a] <= rank[a->b] ? a->a : a->b;
        Index y = x == a->a ? a->b : a->a;
        if (table) {
            Row row{{cell(Inline{context.expert_link(x)}), cell(Inline{context.expert_link(y)})}};
            append_agreement(row.cells, *a, analysis, true);
            pairs.rows.push_back(std::move(row));
        }
        if (parts.csv || parts.json) {
            Row record{{cell(corpus.experts[x].id), cell(corpus.experts[y].id)}};
            append_agreement(record.cells, *a, analysis, false);
            out.row(record);
        }
    }
    out.end_data();
    if (ordered.empty() && listed.left_out == 0)
        out.block(Paragraph{{text("No two experts take a position on the same claim.")}});
    else if (!ordered.empty() && table) out.block(std::move(pairs));
    else if (!ordered.empty() && parts.blocks)
        out.block(Paragraph{{text(fmt::format(
            "The table itself is left out: {} is more than anyone can read in one table (at most {} are drawn). "
            "Ask for a slice with --topic, --expert, --claim, --source, --since or --until; every pair is in "
            "--format csv and in --format json, and in the store's expert_agreement view.",
            count(ordered.size(), "pair", "pairs"), max_pair_rows))}});
    if (listed.left_out > 0) out.block(Paragraph{{text(unjudged_left_out(listed, analysis))}});

    // Every expert's declared and computed camp, whether or not the corpus declares any.
    Table members{.name = "camps"};
    members.columns = {{"expert", "Expert"}, {"name", "Name"}, {"declared", "Declared camp"}, {"camp", "Computed camp"},
                       {"label", "Label"}};
    out.begin_data(members);
    if (parts.csv || parts.json)
        for (Index e : context.experts()) {
            const auto& expert = corpus.experts[e];
            const int camp = context.camp(e);
            const Inline label = context.camp_label(camp);
            out.row({{cell(expert.id), cell(expert.name), expert.camp.empty() ? empty_cell() : cell(expert.camp),
                      camp > 0 ? cell(camp) : empty_cell(), label.empty() ? empty_cell() : cell(plain(label))}});
        }
    out.end_data();
    // Agreement is computed from every stance: its references are every source behind one.
    for (const auto& stance : corpus.stances)
        if (stance.source != none) context.note_cited(stance.source);
    append_references(out, corpus, context.take_cited());
    out.end();
}

}  // namespace stance::report
