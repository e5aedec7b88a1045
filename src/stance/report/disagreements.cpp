// The disagreement report: the most contested claims first, then indirect disagreements.
#include <algorithm>

#include <fmt/format.h>

#include "stance/report/citation.hpp"
#include "stance/report/context.hpp"
#include "stance/report/reports.hpp"

namespace stance::report {

namespace {

// Direct disagreements, most contested first: lowest consensus, then most experts, then
// claim order.
std::vector<const check::DirectDisagreement*> ranked(const Context& context) {
    std::vector<const check::DirectDisagreement*> result;
    for (const auto& d : context.analysis().direct) {
        const check::Consensus* c = context.consensus(d.claim);
        if (c == nullptr || c->n >= 2) result.push_back(&d);
    }
    auto consensus = [&](const check::DirectDisagreement* d) {
        const check::Consensus* c = context.consensus(d->claim);
        return c ? c->consensus.value_or(1.0) : 1.0;
    };
    auto n = [&](const check::DirectDisagreement* d) {
        const check::Consensus* c = context.consensus(d->claim);
        return c ? c->n : 0;
    };
    std::stable_sort(result.begin(), result.end(), [&](auto* a, auto* b) {
        if (consensus(a) != consensus(b)) return consensus(a) < consensus(b);
        if (n(a) != n(b)) return n(a) > n(b);
        return a->claim < b->claim;
    });
    return result;
}

void send_stance_row(const Context& context, Sink& out, const check::DirectDisagreement& d, const char* side,
                     Index stance) {
    const auto& corpus = context.corpus();
    const auto& s = corpus.stances[stance];
    const check::Consensus* c = context.consensus(d.claim);
    out.row({{
        cell(corpus.claims[d.claim].id),
        consensus_value(c),
        cell(c ? c->n : 0),
        cell(side),
        cell(corpus.experts[s.expert].id),
        cell(s.value),
        s.source == none ? empty_cell() : cell(corpus.sources[s.source].id),
        cell(corpus.stance_date(s).to_string()),
        cell(context.quotes(stance)),
        cell(context.words(stance)),
        cell(s.at),
        cell(context.where(s.where)),
    }});
}

std::vector<std::string> explanation_lines(const Context& context, const std::vector<check::Link>& links) {
    std::vector<std::string> lines;
    for (const auto& l : links) {
        std::string where = context.where(l.where);
        lines.push_back(where.empty() ? l.text : l.text + " (" + where + ")");
    }
    return lines;
}

// The sources of a disagreement's stances join the references in the order its table of sides
// shows them (row by row, then the qualifying stances), whether or not the blocks are built: the
// JSON and CSV alone cite the same sources in the same order as the page.
void note_sources(const Context& context, const check::DirectDisagreement& d) {
    const auto& stances = context.corpus().stances;
    auto note = [&](Index s) {
        if (stances[s].source != none) context.note_cited(stances[s].source);
    };
    for (std::size_t i = 0; i < std::max(d.for_stances.size(), d.against_stances.size()); ++i) {
        if (i < d.for_stances.size()) note(d.for_stances[i]);
        if (i < d.against_stances.size()) note(d.against_stances[i]);
    }
    if (const check::ClaimEvidence* e = context.evidence(d.claim))
        for (Index s : e->qualifying) note(s);
}

}  // namespace

Document disagreements_report(const model::Corpus& corpus, const check::Analysis& analysis) {
    Document doc;
    Recorder to(doc);
    disagreements_report(corpus, analysis, to, Parts{});
    return doc;
}

void disagreements_report(const model::Corpus& corpus, const check::Analysis& analysis, Sink& out, const Parts& parts) {
    Context context(corpus, analysis);
    const Document header{.report = "disagreements", .page = "disagreements",
                          .title = report_title("Disagreements", analysis)};
    out.begin(header);
    out.block(Heading{1, {text(header.title)}});

    Table stances{.name = "stances"};
    stances.columns = {{"claim", "Claim"},   {"consensus", "Consensus"}, {"n", "n"},        {"side", "Side"},
                       {"expert", "Expert"}, {"value", "Value"},         {"source", "Source"}, {"date", "Date"},
                       {"quotes", "Quotes"}, {"words", "Words"}, {"at", "At"}, {"where", "Where"}};

    const bool data = parts.csv || parts.json;
    auto contested = ranked(context);
    out.block(Paragraph{{text(fmt::format(
        "{} on which experts take opposite sides, the most contested first (lowest consensus).",
        count(contested.size(), "claim", "claims")))}});
    out.begin_data(stances);  // its rows come claim by claim, between the claims' blocks
    for (const auto* d : contested) {
        note_sources(context, *d);
        if (data) {
            for (Index s : d->for_stances) send_stance_row(context, out, *d, "for", s);
            for (Index s : d->against_stances) send_stance_row(context, out, *d, "against", s);
            if (const check::ClaimEvidence* e = context.evidence(d->claim))
                for (Index s : e->qualifying) send_stance_row(context, out, *d, "qualifying", s);
        }
        if (!parts.blocks) continue;
        const auto& claim = corpus.claims[d->claim];
        out.block(Heading{2, {context.claim_link(d->claim), text(": " + claim.text)}, claim.id});
        const check::Consensus* c = context.consensus(d->claim);
        Inline summary;
        if (c != nullptr)
            summary.push_back(text(fmt::format("Consensus {}: {} for, {} against, {} qualifying.",
                                               consensus_phrase(*c), c->asserting, c->denying, c->qualifying)));
        append_navigation(summary, "Row in the stance matrix", {"matrix", claim.id});
        out.block(Paragraph{std::move(summary)});

        Table sides{.name = "sides-" + claim.id};
        sides.columns = {{.key = "for", .header = "For", .wrap = 48}, {.key = "against", .header = "Against", .wrap = 48}};
        std::size_t rows = std::max(d->for_stances.size(), d->against_stances.size());
        for (std::size_t i = 0; i < rows; ++i) {
            Row row;
            row.cells.push_back(i < d->for_stances.size() ? cell(context.stance_detail(d->for_stances[i], true))
                                                          : empty_cell());
            row.cells.push_back(i < d->against_stances.size()
                                    ? cell(context.stance_detail(d->against_stances[i], true))
                                    : empty_cell());
            sides.rows.push_back(std::move(row));
        }
        out.block(std::move(sides));

        if (const check::ClaimEvidence* e = context.evidence(d->claim); e && !e->qualifying.empty()) {
            List qualifying;
            for (Index s : e->qualifying) qualifying.items.push_back(context.stance_detail(s, true));
            out.block(Paragraph{{text("Qualifying:")}});
            out.block(std::move(qualifying));
        }
    }

    out.end_data();

    out.block(Heading{2, {text("Indirect disagreements")}, "indirect"});
    Table indirect{.name = "indirect"};
    indirect.columns = {{"expert_a", "Expert A"}, {"claim_a", "Claim A"}, {"expert_b", "Expert B"},
                        {"claim_b", "Claim B"},   {"explanation", "Explanation"}};
    out.begin_data(indirect);
    if (analysis.indirect.empty())
        out.block(Paragraph{{text("No experts disagree only through the relations between claims.")}});
    for (const auto& d : analysis.indirect) {
        auto position = [&](Index expert, Index claim) {
            const check::Cell* c = context.cell(expert, claim);
            return c ? verb(c->value) + " " : std::string("addresses ");
        };
        if (data)
            out.row({{cell(corpus.experts[d.a].id), cell(corpus.claims[d.claim_a].id),
                                      cell(corpus.experts[d.b].id), cell(corpus.claims[d.claim_b].id),
                                      cell(explanation_lines(context, d.explanation))}});
        if (!parts.blocks) continue;
        out.block(Paragraph{{context.expert_link(d.a), text(" " + position(d.a, d.claim_a)),
                                        context.claim_link(d.claim_a), text("; "), context.expert_link(d.b),
                                        text(" " + position(d.b, d.claim_b)), context.claim_link(d.claim_b),
                                        text(". They clash through:")}});
        List chain{.ordered = true};
        for (const auto& l : d.explanation) chain.items.push_back(located(l.text, context.where(l.where)));
        out.block(std::move(chain));
    }

    out.end_data();
    append_references(out, corpus, context.take_cited());
    out.end();
}

}  // namespace stance::report
