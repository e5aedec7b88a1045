// The stance matrix: claims as rows grouped by topic, experts as columns ordered by camp.
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "stance/report/citation.hpp"
#include "stance/report/context.hpp"
#include "stance/report/reports.hpp"

namespace stance::report {

namespace {

Inline topic_label(const model::Corpus& corpus, Index topic) {
    if (topic == none) return {strong("(no topic)")};
    const auto& t = corpus.topics[topic];
    Inline label{strong(t.id)};
    if (!t.question.empty()) label.push_back(text(": " + t.question));
    return label;
}

// By claim: whether experts disagree on it directly (its consensus then links to the
// disagreements report).
std::vector<bool> contested_claims(const Context& context) {
    std::vector<bool> contested(context.corpus().claims.size(), false);
    for (const auto& d : context.analysis().direct)
        if (d.claim < contested.size()) contested[d.claim] = true;
    return contested;
}

// A stated cell cites its stance's source (LaTeX writes \cite); `tips` adds the hover detail.
Cell matrix_cell(const Context& context, const check::Cell& found, bool tips) {
    Cell c = cell(Mark{found.value, found.derived}, tips ? context.cell_tip(found) : Inline{});
    if (!found.derived && found.stance != none)
        if (Index source = context.corpus().stances[found.stance].source; source != none)
            c.cites.push_back(context.cite_key(source));
    return c;
}

// The sources of the stated cells, in cell order: the matrix's references, whichever parts are built.
void cite_stated_cells(const Context& context) {
    for (const auto& c : context.analysis().cells)
        if (!c.derived && c.stance != none)
            if (Index source = context.corpus().stances[c.stance].source; source != none) context.note_cited(source);
}

// The heat map; `tips` adds each cell's hover detail (HTML only shows it).
Table matrix_table(const Context& context, bool tips, RowLabels labels) {
    const auto& corpus = context.corpus();
    Table table{.name = "matrix", .heatmap = true};
    const bool by_text = labels == RowLabels::text;
    // Claim text wraps: it is a sentence, where an id is one word.
    table.columns.push_back({.key = "claim", .header = "Claim", .wrap = by_text ? std::size_t{40} : 0});
    int previous_camp = -1;
    for (Index e : context.experts()) {
        int camp = context.camp(e);
        const auto& expert = corpus.experts[e];
        table.columns.push_back({.key = expert.id,
                                 .header = expert.name.empty() ? expert.id : expert.name,
                                 .align = Align::center,
                                 .link = expert_page(corpus, e),
                                 .title = expert.id,
                                 .group_start = previous_camp != -1 && camp != previous_camp,
                                 .marks = true});
        previous_camp = camp;
    }
    table.columns.push_back({"consensus", "Consensus", Align::right});
    table.columns.push_back({"n", "n", Align::right});

    const std::vector<bool> contested = contested_claims(context);
    for (const auto& group : context.claims_by_topic()) {
        bool heading = false;
        for (Index c : group.claims) {
            if (!context.addressed(c)) continue;  // a row without a position says nothing
            if (!std::exchange(heading, true)) table.rows.push_back({.group = topic_label(corpus, group.topic)});
            Row row{.anchor = corpus.claims[c].id};
            row.cells.reserve(table.columns.size());
            const model::Claim& row_claim = corpus.claims[c];
            Cell claim = cell(Inline{by_text ? link(row_claim.text, claim_page(corpus, c)) : context.claim_link(c)});
            if (tips) claim.tip = {text(by_text ? row_claim.id : row_claim.text)};
            row.cells.push_back(std::move(claim));
            for (Index e : context.experts()) {
                const check::Cell* found = context.cell(e, c);
                if (found == nullptr)
                    row.cells.push_back(empty_cell());
                else
                    row.cells.push_back(matrix_cell(context, *found, tips));
            }
            const check::Consensus* consensus = context.consensus(c);
            if (consensus != nullptr && consensus->consensus && contested[c])
                row.cells.push_back(
                    cell(Inline{link(fixed(*consensus->consensus, 2), {"disagreements", corpus.claims[c].id})}));
            else
                row.cells.push_back(consensus_cell(consensus));
            row.cells.push_back(cell(consensus ? consensus->n : 0));
            table.rows.push_back(std::move(row));
        }
    }
    return table;
}

// One row per claim, one column per expert: the CSV (wide, for spreadsheets). Every expert
// column holds integers only: the stated value, or nothing; derived commitments are in the
// long form (long_table) with derived = 1. Sent row by row.
void wide_table(const Context& context, Sink& out) {
    const auto& corpus = context.corpus();
    Table table{.name = "matrix", .json = false};
    table.columns = {{"claim", "Claim"}, {"topic", "Topic"}, {"n", "n"}, {"mean", "Mean"}, {"consensus", "Consensus"}};
    for (Index e : context.experts()) table.columns.push_back({corpus.experts[e].id, corpus.experts[e].id});
    out.begin_data(table);
    Row row;
    row.cells.reserve(table.columns.size());
    for (const auto& group : context.claims_by_topic()) {
        for (Index c : group.claims) {
            if (!context.addressed(c)) continue;
            row.cells.clear();
            row.cells.push_back(cell(corpus.claims[c].id));
            row.cells.push_back(group.topic == none ? empty_cell() : cell(corpus.topics[group.topic].id));
            const check::Consensus* consensus = context.consensus(c);
            row.cells.push_back(cell(consensus ? consensus->n : 0));
            row.cells.push_back(consensus ? cell(Real{consensus->mean, 2}) : empty_cell());
            row.cells.push_back(consensus_value(consensus));
            const std::size_t first_expert = row.cells.size();
            row.cells.resize(first_expert + context.experts().size());
            std::size_t column = 0;  // the claim's cells come in column order
            for (const check::Cell* found : context.cells_of(c)) {
                while (context.experts()[column] != found->expert) ++column;
                if (!found->derived) row.cells[first_expert + column] = cell(found->value);
            }
            out.row(row);
        }
    }
    out.end_data();
}

// The tidy long form for R and pandas: one record per cell, value an integer, derived 0/1.
void long_table(const Context& context, Sink& out) {
    const auto& corpus = context.corpus();
    Table table{.name = "long", .json = false};
    table.columns = {{"expert", "Expert"}, {"claim", "Claim"}, {"value", "Value"},
                     {"derived", "Derived"}, {"source", "Source"}, {"date", "Date"}};
    out.begin_data(table);
    for (const auto& group : context.claims_by_topic())
        for (Index c : group.claims)
            for (const check::Cell* found : context.cells_of(c)) {
                const Index e = found->expert;
                const model::Stance* s =
                    !found->derived && found->stance < corpus.stances.size() ? &corpus.stances[found->stance] : nullptr;
                out.row({{cell(corpus.experts[e].id), cell(corpus.claims[c].id), cell(found->value),
                          cell(found->derived ? 1 : 0),
                          s && s->source != none ? cell(corpus.sources[s->source].id) : empty_cell(),
                          s ? cell(corpus.stance_date(*s).to_string()) : empty_cell()}});
            }
    out.end_data();
}

// One record per cell (the long form of the matrix, as the store's stance_matrix view).
void cells_table(const Context& context, Sink& out) {
    const auto& corpus = context.corpus();
    Table table{.name = "cells"};
    table.columns = {{"expert", "Expert"}, {"claim", "Claim"},   {"value", "Value"},   {"derived", "Derived"},
                     {"source", "Source"}, {"date", "Date"},     {"quotes", "Quotes"}, {"words", "Words"},   {"at", "At"}, {"reason", "Reason"},
                     {"where", "Where"}};
    out.begin_data(table);
    Row row;
    row.cells.reserve(table.columns.size());
    for (const auto& group : context.claims_by_topic()) {
        for (Index c : group.claims) {
            for (const check::Cell* found : context.cells_of(c)) {
                const Index e = found->expert;
                row.cells.clear();
                row.cells.push_back(cell(corpus.experts[e].id));
                row.cells.push_back(cell(corpus.claims[c].id));
                row.cells.push_back(cell(found->value));
                row.cells.push_back(cell(found->derived));
                bool stated = !found->derived && found->stance < corpus.stances.size();
                if (stated) {
                    const auto& s = corpus.stances[found->stance];
                    row.cells.push_back(s.source == none ? empty_cell() : cell(corpus.sources[s.source].id));
                    row.cells.push_back(cell(corpus.stance_date(s).to_string()));
                    row.cells.push_back(cell(context.quotes(found->stance)));
                    row.cells.push_back(cell(context.words(found->stance)));
                    row.cells.push_back(cell(s.at));
                    row.cells.push_back(empty_cell());
                    row.cells.push_back(cell(context.where(s.where)));
                } else {
                    row.cells.push_back(empty_cell());
                    row.cells.push_back(empty_cell());
                    row.cells.push_back(cell(std::vector<std::string>{}));
                    row.cells.push_back(cell(std::vector<std::string>{}));
                    row.cells.push_back(empty_cell());
                    row.cells.push_back(cell(found->reason));
                    row.cells.push_back(empty_cell());
                }
                out.row(row);
            }
        }
    }
    out.end_data();
}

void experts_table(const Context& context, Sink& out) {
    const auto& corpus = context.corpus();
    Table table{.name = "experts"};
    table.columns = {{"expert", "Expert"}, {"name", "Name"}, {"camp", "Camp"}};
    for (Index e : context.experts()) {
        int camp = context.camp(e);
        table.rows.push_back({{cell(corpus.experts[e].id), cell(corpus.experts[e].name),
                               camp == 0 ? empty_cell() : cell(camp)}});
    }
    send_data(out, table);
}

// The human blocks: title, summary, the heat map, a legend, and the experts and claims named.
void add_blocks(Sink& out, const std::string& title, const Context& context, bool tips, RowLabels labels) {
    const auto& corpus = context.corpus();
    const auto& analysis = context.analysis();
    out.block(Heading{1, {text(title)}});
    std::size_t stated = 0, derived = 0, rows = 0;
    for (const auto& c : analysis.cells) (c.derived ? derived : stated) += 1;
    for (Index c = 0; c < corpus.claims.size(); ++c) rows += context.addressed(c);
    out.block(Paragraph{{text(fmt::format(
        "{}, {}, {} and {}. Rows are claims grouped by topic; columns are experts ordered by camp.",
        count(rows, "claim", "claims"), count(context.experts().size(), "expert", "experts"),
        count(stated, "stated position", "stated positions"),
        count(derived, "derived commitment", "derived commitments")))}});
    if (rows > max_matrix_rows || context.experts().size() > max_matrix_columns)
        out.block(Paragraph{{text(fmt::format(
            "The table itself is left out: {} by {} is more than anyone can read in one table (at most {} claims "
            "and {} experts are drawn). Ask for a slice with --topic, --expert, --claim, --source, --since or "
            "--until; every cell is in --format csv --long and in --format json.",
            count(rows, "claim", "claims"), count(context.experts().size(), "expert", "experts"), max_matrix_rows,
            max_matrix_columns))}});
    else
        out.block(matrix_table(context, tips, labels));

    out.block(Heading{2, {text("Legend")}});
    // A heat-map table, so that HTML shows each mark on its colour.
    Table legend{.name = "legend", .heatmap = true};
    legend.columns = {{.key = "mark", .header = "Mark", .align = Align::center, .marks = true},
                      {"meaning", "Meaning"}};
    for (int value : {2, 1, 0, -1, -2}) legend.rows.push_back({{cell(Mark{value, false}), cell(verb(value))}});
    for (int value : {1, -1})
        legend.rows.push_back({{cell(Mark{value, true}),
                                cell("derived: " + verb(value) + " as a commitment that follows from the expert's "
                                     "stated stances through the relations")}});
    out.block(std::move(legend));
    out.block(Paragraph{{strong("Consensus"),
         text(": Tastle and Wierman's consensus over the stated positions (1: all alike; 0: split between the "
              "extremes); n: experts with a stated position; none for a single voice.")}});

    out.block(Heading{2, {text("Experts")}});
    List experts;
    for (Index e : context.experts()) {
        const auto& expert = corpus.experts[e];
        Inline item{strong(expert.id), text(": "), context.expert_link(e)};
        if (!expert.affiliations.empty()) item.push_back(text(" (" + expert.affiliations.front() + ")"));
        if (int camp = context.camp(e); camp > 0) item.push_back(muted(fmt::format(", camp {}", camp)));
        experts.items.push_back(std::move(item));
    }
    out.block(std::move(experts));

    out.block(Heading{2, {text("Claims")}});
    List claims;
    for (const auto& group : context.claims_by_topic())
        for (Index c : group.claims)
            if (context.addressed(c)) claims.items.push_back({context.claim_link(c), text(": " + corpus.claims[c].text)});
    out.block(std::move(claims));
}

}  // namespace

Document matrix_report(const model::Corpus& corpus, const check::Analysis& analysis, RowLabels labels) {
    Document doc;
    Recorder to(doc);
    matrix_report(corpus, analysis, to, Parts{}, labels);
    return doc;  // its CSV table is the first: the wide form
}

void matrix_report(const model::Corpus& corpus, const check::Analysis& analysis, Sink& out, const Parts& parts,
                   RowLabels labels) {
    Context context(corpus, analysis);
    const Document header{.report = "matrix", .page = "matrix", .title = report_title("Stance matrix", analysis)};
    out.begin(header);
    cite_stated_cells(context);
    if (parts.blocks) add_blocks(out, header.title, context, parts.tips, labels);
    if (parts.csv) {
        wide_table(context, out);
        long_table(context, out);
    }
    if (parts.json) {
        cells_table(context, out);
        experts_table(context, out);
    }
    if (parts.blocks || parts.json) append_references(out, corpus, context.take_cited());
    out.end();
}

}  // namespace stance::report
