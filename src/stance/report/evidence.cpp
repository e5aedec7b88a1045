// The evidence report: per claim, who supports and opposes it from which sources and
// publishers, and the reasons declared for and against it; then the stances without a source
// and the quotes that were not found in their source's text.
#include <fmt/format.h>

#include "stance/report/citation.hpp"
#include "stance/report/context.hpp"
#include "stance/report/reports.hpp"

namespace stance::report {

namespace {

Inline stance_list(const Context& context, const char* label, const std::vector<Index>& stances) {
    const auto& corpus = context.corpus();
    Inline item{strong(fmt::format("{} ({})", label, stances.size()))};
    for (std::size_t i = 0; i < stances.size(); ++i) {
        const auto& s = corpus.stances[stances[i]];
        item.push_back(text(i == 0 ? ": " : "; "));
        item.push_back(context.expert_link(s.expert));
        std::string detail = verb(s.value);
        if (auto date = corpus.stance_date(s); !date.empty()) detail += ", " + date.to_string();
        if (s.source == none) {
            item.push_back(text(" (" + detail + ")"));
            continue;
        }
        item.push_back(text(" (" + detail + "; "));
        for (auto& span : context.cite(s.source, s.at)) item.push_back(std::move(span));
        item.push_back(text(")"));
    }
    return item;
}

Inline reason_list(const Context& context, const char* label, const std::vector<Index>& relations) {
    const auto& corpus = context.corpus();
    Inline item{strong(fmt::format("{} ({})", label, relations.size()))};
    for (std::size_t i = 0; i < relations.size(); ++i) {
        const auto& r = corpus.relations[relations[i]];
        item.push_back(text(i == 0 ? ": " : "; "));
        item.push_back(context.claim_link(r.from));
        for (auto& span : located(" " + std::string(model::relation_name(r.kind)), context.where(r.where)))
            item.push_back(std::move(span));
    }
    return item;
}

std::vector<std::string> expert_ids(const model::Corpus& corpus, const std::vector<Index>& stances) {
    std::vector<std::string> ids;
    for (Index s : stances) ids.push_back(corpus.experts[corpus.stances[s].expert].id);
    return ids;
}

std::vector<std::string> from_claims(const model::Corpus& corpus, const std::vector<Index>& relations) {
    std::vector<std::string> ids;
    for (Index r : relations) ids.push_back(corpus.claims[corpus.relations[r].from].id);
    return ids;
}

bool is_quote_finding(check::FindingKind kind) {
    return kind == check::FindingKind::quote_not_found || kind == check::FindingKind::text_not_found;
}

}  // namespace

Document evidence_report(const model::Corpus& corpus, const check::Analysis& analysis) {
    Context context(corpus, analysis);
    Document doc{.report = "evidence", .page = "evidence", .title = report_title("Evidence", analysis)};
    doc.blocks.push_back(Heading{1, {text(doc.title)}});
    doc.blocks.push_back(Paragraph{{text(
        "For every claim: the experts who support, oppose or qualify it, their distinct sources and publishers, "
        "and the claims declared as reasons for it (supports) or against it (undermines).")}});

    Table claims{.name = "claims"};
    claims.columns = {{"claim", "Claim"},           {"topic", "Topic"},
                      {"supporting", "Supporting"}, {"opposing", "Opposing"},
                      {"qualifying", "Qualifying"}, {"supporters", "Supporters"},
                      {"opponents", "Opponents"},   {"qualifiers", "Qualifiers"},
                      {"sources", "Sources"},       {"publishers", "Publishers"},
                      {"reasons_for", "Reasons for"}, {"reasons_against", "Reasons against"}};

    for (const auto& group : context.claims_by_topic()) {
        for (Index c : group.claims) {
            const check::ClaimEvidence* e = context.evidence(c);
            if (e == nullptr) continue;
            const auto& claim = corpus.claims[c];
            doc.blocks.push_back(Heading{2, {context.claim_link(c), text(": " + claim.text)}, claim.id});
            List items;
            items.items.push_back(stance_list(context, "Supporting", e->supporting));
            items.items.push_back(stance_list(context, "Opposing", e->opposing));
            items.items.push_back(stance_list(context, "Qualifying", e->qualifying));
            Inline sources{strong(fmt::format("Sources ({})", e->sources.size()))};
            std::vector<std::string> source_ids;
            for (std::size_t i = 0; i < e->sources.size(); ++i) {
                sources.push_back(text((i == 0 ? ": " : "; ") + context.source_label(e->sources[i])));
                source_ids.push_back(corpus.sources[e->sources[i]].id);
            }
            items.items.push_back(std::move(sources));
            Inline publishers{strong(fmt::format("Publishers ({})", e->publishers.size()))};
            for (std::size_t i = 0; i < e->publishers.size(); ++i)
                publishers.push_back(text((i == 0 ? ": " : "; ") + e->publishers[i]));
            items.items.push_back(std::move(publishers));
            items.items.push_back(reason_list(context, "Reasons for", e->reasons_for));
            items.items.push_back(reason_list(context, "Reasons against", e->reasons_against));
            doc.blocks.push_back(std::move(items));

            claims.rows.push_back({{cell(claim.id),
                                    group.topic == none ? empty_cell() : cell(corpus.topics[group.topic].id),
                                    cell(static_cast<int>(e->supporting.size())),
                                    cell(static_cast<int>(e->opposing.size())),
                                    cell(static_cast<int>(e->qualifying.size())),
                                    cell(expert_ids(corpus, e->supporting)), cell(expert_ids(corpus, e->opposing)),
                                    cell(expert_ids(corpus, e->qualifying)), cell(source_ids), cell(e->publishers),
                                    cell(from_claims(corpus, e->reasons_for)),
                                    cell(from_claims(corpus, e->reasons_against))}});
        }
    }

    doc.blocks.push_back(Heading{2, {text("Unsourced stances")}, "unsourced"});
    Table unsourced{.name = "unsourced"};
    unsourced.columns = {{"expert", "Expert"}, {"stance", "Stance"}, {"claim", "Claim"}, {"where", "Where"}};
    Table unsourced_data = unsourced;
    for (Index s = 0; s < corpus.stances.size(); ++s) {
        const auto& stance = corpus.stances[s];
        if (stance.source != none) continue;
        unsourced.rows.push_back({{cell(Inline{context.expert_link(stance.expert)}), cell(verb(stance.value)),
                                   cell(Inline{context.claim_link(stance.claim)}), cell(context.where(stance.where))}});
        unsourced_data.rows.push_back({{cell(corpus.experts[stance.expert].id), cell(stance.value),
                                        cell(corpus.claims[stance.claim].id), cell(context.where(stance.where))}});
    }
    if (unsourced.rows.empty()) doc.blocks.push_back(Paragraph{{text("Every stance names its source.")}});
    else doc.blocks.push_back(std::move(unsourced));

    doc.blocks.push_back(Heading{2, {text("Quotes not found")}, "quotes"});
    Table quotes{.name = "quotes"};
    quotes.columns = {{"kind", "Kind"},     {"expert", "Expert"},   {"claim", "Claim"},
                      {"source", "Source"}, {.key = "message", .header = "Message", .wrap = 60}, {"where", "Where"}};
    for (const auto& f : analysis.findings) {
        if (!is_quote_finding(f.kind)) continue;
        quotes.rows.push_back({{cell(std::string(check::finding_name(f.kind))),
                                f.expert == none ? empty_cell() : cell(corpus.experts[f.expert].id),
                                f.claim == none ? empty_cell() : cell(corpus.claims[f.claim].id),
                                f.source == none ? empty_cell() : cell(corpus.sources[f.source].id), cell(f.message),
                                cell(context.where(f.where))}});
    }
    if (quotes.rows.empty())
        doc.blocks.push_back(Paragraph{{text("Every quote that could be checked was found in its source's text.")}});
    else doc.blocks.push_back(quotes);

    doc.data.push_back(std::move(claims));
    doc.data.push_back(std::move(unsourced_data));
    doc.data.push_back(std::move(quotes));
    append_references(doc, corpus, context.take_cited());
    return doc;
}

}  // namespace stance::report
