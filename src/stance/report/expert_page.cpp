// The expert page: everything known about one expert.
#include <algorithm>

#include <fmt/format.h>

#include "stance/report/citation.hpp"
#include "stance/report/context.hpp"
#include "stance/report/page_index.hpp"
#include "stance/report/reports.hpp"

namespace stance::report {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string result;
    for (const auto& item : items) result += (result.empty() ? "" : "; ") + item;
    return result;
}

}  // namespace

Document expert_report(const model::Corpus& corpus, const check::Analysis& analysis, Index expert) {
    return expert_report(Context(corpus, analysis), PageIndex(corpus, analysis), expert);
}

Document expert_report(const Context& context, const PageIndex& index, Index expert) {
    const model::Corpus& corpus = context.corpus();
    const check::Analysis& analysis = context.analysis();
    const auto& e = corpus.experts[expert];
    Document doc{.report = "expert", .page = expert_page(corpus, expert).page,
                 .title = report_title("Expert: " + (e.name.empty() ? e.id : e.name), analysis)};
    doc.blocks.push_back(Heading{1, {text(doc.title)}});

    List facts;
    facts.items.push_back({strong("Id: "), text(e.id)});
    if (!e.affiliations.empty()) facts.items.push_back({strong("Affiliation: "), text(joined(e.affiliations))});
    if (!e.role.empty()) facts.items.push_back({strong("Role: "), text(e.role)});
    if (!e.country.empty()) facts.items.push_back({strong("Country: "), text(e.country)});
    if (!e.aka.empty()) facts.items.push_back({strong("Also written: "), text(joined(e.aka))});
    if (!e.note.empty()) facts.items.push_back({strong("Note: "), text(e.note)});
    if (!e.camp.empty()) facts.items.push_back({strong("Declared camp: "), text(e.camp)});
    if (int camp = context.camp(expert); camp > 0) {
        Inline item{strong(fmt::format("Camp {}", camp)), text(" with: ")};
        bool first = true;
        for (Index other : analysis.camps[static_cast<std::size_t>(camp) - 1]) {
            if (other == expert) continue;
            if (!first) item.push_back(text(", "));
            item.push_back(context.expert_link(other));
            first = false;
        }
        if (first) item.push_back(text("no one else"));
        if (Inline label = context.camp_label(camp); !label.empty()) {
            item.push_back(text(" ("));
            item.insert(item.end(), label.begin(), label.end());
            item.push_back(text(")"));
        }
        facts.items.push_back(std::move(item));
    }
    facts.items.push_back({strong("Declared: "), muted(context.where(e.where))});
    doc.blocks.push_back(std::move(facts));

    // Stated stances, in the matrix's claim order.
    doc.blocks.push_back(Heading{2, {text("Stances")}, "stances"});
    Table stances{.name = "stances"};
    stances.columns = {{"claim", "Claim"}, {.key = "stance", .header = "Stance", .wrap = 64}};
    Table stance_data{.name = "stances"};
    stance_data.columns = {{"claim", "Claim"}, {"value", "Value"},   {"source", "Source"}, {"date", "Date"},
                           {"quotes", "Quotes"}, {"words", "Words"}, {"at", "At"},     {"because", "Because"},
                           {"where", "Where"}};
    std::vector<Index> own(index.stances_by_expert.of(expert).begin(), index.stances_by_expert.of(expert).end());
    std::vector<std::size_t> claim_rank(corpus.claims.size(), 0);
    std::size_t rank = 0;
    for (const auto& group : context.claims_by_topic())
        for (Index c : group.claims) claim_rank[c] = rank++;
    std::stable_sort(own.begin(), own.end(), [&](Index a, Index b) {
        return claim_rank[corpus.stances[a].claim] < claim_rank[corpus.stances[b].claim];
    });
    for (Index s : own) {
        const auto& stance = corpus.stances[s];
        Cell claim = cell(Inline{context.claim_link(stance.claim)});
        stances.rows.push_back({{std::move(claim), cell(context.stance_detail(s, false))}});
        std::vector<std::string> because;
        for (Index c : stance.because) because.push_back(corpus.claims[c].id);
        stance_data.rows.push_back({{cell(corpus.claims[stance.claim].id), cell(stance.value),
                                     stance.source == none ? empty_cell() : cell(corpus.sources[stance.source].id),
                                     cell(corpus.stance_date(stance).to_string()), cell(context.quotes(s)),
                                     cell(context.words(s)), cell(stance.at), cell(because), cell(context.where(stance.where))}});
    }
    if (own.empty()) doc.blocks.push_back(Paragraph{{text("No stances.")}});
    else doc.blocks.push_back(std::move(stances));

    doc.blocks.push_back(Heading{2, {text("Derived commitments")}, "derived"});
    Table derived{.name = "derived"};
    derived.columns = {{"claim", "Claim"}, {"commitment", "Commitment", Align::center},
                       {.key = "reason", .header = "Reason", .wrap = 60}};
    Table derived_data{.name = "derived"};
    derived_data.columns = {{"claim", "Claim"}, {"value", "Value"}, {"reason", "Reason"}};
    for (auto i : index.cells_by_expert.of(expert)) {
        const check::Cell& c = analysis.cells[i];
        if (!c.derived) continue;
        derived.rows.push_back({{cell(Inline{context.claim_link(c.claim)}), cell(Mark{c.value, true}), cell(c.reason)}});
        derived_data.rows.push_back({{cell(corpus.claims[c.claim].id), cell(c.value), cell(c.reason)}});
    }
    if (derived.rows.empty()) doc.blocks.push_back(Paragraph{{text("No derived commitments.")}});
    else doc.blocks.push_back(std::move(derived));

    doc.blocks.push_back(Heading{2, {text("Agreement with others")}, "agreement"});
    Table agreement{.name = "agreement"};
    agreement.columns = {{"expert", "Expert"}};
    for (auto& column : agreement_columns(analysis)) agreement.columns.push_back(std::move(column));
    Table agreement_data = agreement;
    ListedPairs listed = listed_pairs([&](auto visit) {
        for (auto i : index.agreement_by_expert.of(expert)) visit(analysis.agreement[i]);
    });
    std::vector<const check::Agreement*>& pairs = listed.pairs;
    std::stable_sort(pairs.begin(), pairs.end(), higher_score);
    for (const auto* a : pairs) {
        Index other = a->a == expert ? a->b : a->a;
        Row row{{cell(Inline{context.expert_link(other)})}};
        append_agreement(row.cells, *a, analysis, true);
        agreement.rows.push_back(std::move(row));
        Row record{{cell(corpus.experts[other].id)}};
        append_agreement(record.cells, *a, analysis, false);
        agreement_data.rows.push_back(std::move(record));
    }
    if (pairs.empty() && listed.left_out == 0)
        doc.blocks.push_back(Paragraph{{text("Shares no claim with another expert.")}});
    else if (!pairs.empty()) doc.blocks.push_back(std::move(agreement));
    if (listed.left_out > 0) doc.blocks.push_back(Paragraph{{text(unjudged_left_out(listed, analysis))}});

    doc.blocks.push_back(Heading{2, {text("Findings")}, "findings"});
    List findings;
    Table finding_data{.name = "findings"};
    finding_data.columns = {{"kind", "Kind"}, {"severity", "Severity"}, {"claim", "Claim"}, {"message", "Message"},
                            {"where", "Where"}};
    for (auto i : index.inconsistencies_by_expert.of(expert)) {
        const auto& inconsistency = analysis.inconsistencies[i];
        Inline item{strong("inconsistent"), text(": the stated stances cannot all hold:")};
        for (const auto& l : inconsistency.chain) {
            item.push_back(line_break());
            for (auto& span : located(l.text, context.where(l.where))) item.push_back(std::move(span));
        }
        findings.items.push_back(std::move(item));
    }
    for (auto i : index.findings_by_expert.of(expert)) {
        const auto& f = analysis.findings[i];
        // An inconsistency is shown above with its chain.
        if (f.kind == check::FindingKind::inconsistent) continue;
        Inline item{strong(std::string(check::finding_name(f.kind))), text(": ")};
        for (auto& span : located(f.message, context.where(f.where))) item.push_back(std::move(span));
        findings.items.push_back(std::move(item));
    }
    for (auto i : index.findings_by_expert.of(expert)) {
        const auto& f = analysis.findings[i];
        finding_data.rows.push_back({{cell(std::string(check::finding_name(f.kind))),
                                      cell(std::string(diag::severity_name(f.severity))),
                                      f.claim == none ? empty_cell() : cell(corpus.claims[f.claim].id), cell(f.message),
                                      cell(context.where(f.where))}});
    }
    if (findings.items.empty()) doc.blocks.push_back(Paragraph{{text("No findings.")}});
    else doc.blocks.push_back(std::move(findings));

    doc.data.push_back(std::move(stance_data));
    doc.data.push_back(std::move(derived_data));
    doc.data.push_back(std::move(agreement_data));
    doc.data.push_back(std::move(finding_data));
    append_references(doc, corpus, context.take_cited());
    return doc;
}

}  // namespace stance::report
