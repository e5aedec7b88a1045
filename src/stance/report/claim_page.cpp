// The claim page: everything known about one claim.
#include <algorithm>

#include <fmt/format.h>

#include "stance/report/citation.hpp"
#include "stance/report/context.hpp"
#include "stance/report/page_index.hpp"
#include "stance/report/reports.hpp"

namespace stance::report {

Document claim_report(const model::Corpus& corpus, const check::Analysis& analysis, Index claim) {
    return claim_report(Context(corpus, analysis), PageIndex(corpus, analysis), claim);
}

Document claim_report(const Context& context, const PageIndex& index, Index claim) {
    const model::Corpus& corpus = context.corpus();
    const check::Analysis& analysis = context.analysis();
    const auto& c = corpus.claims[claim];
    Document doc{.report = "claim", .page = claim_page(corpus, claim).page, .title = report_title("Claim: " + c.id, analysis)};
    doc.blocks.push_back(Heading{1, {text(doc.title)}});
    doc.blocks.push_back(Paragraph{{strong(c.text)}});

    List facts;
    if (c.topic != none) {
        const auto& topic = corpus.topics[c.topic];
        Inline item{strong("Topic: "), text(topic.id)};
        if (!topic.question.empty()) item.push_back(text(" (" + topic.question + ")"));
        facts.items.push_back(std::move(item));
    }
    if (!c.tags.empty()) {
        std::string tags;
        for (const auto& tag : c.tags) tags += (tags.empty() ? "" : ", ") + tag;
        facts.items.push_back({strong("Tags: "), text(tags)});
    }
    if (!c.date.empty()) facts.items.push_back({strong("Date: "), text(c.date.to_string())});
    if (!c.note.empty()) facts.items.push_back({strong("Note: "), text(c.note)});
    if (const check::Consensus* consensus = context.consensus(claim)) {
        facts.items.push_back({strong("Consensus: "),
                               text(fmt::format("{} (mean {}): {} for, {} against, {} qualifying",
                                                consensus_phrase(*consensus), fixed(consensus->mean, 2),
                                                consensus->asserting, consensus->denying,
                                                consensus->qualifying))});
        append_navigation(facts.items.back(), "(row in the stance matrix)", {"matrix", c.id});
    }
    for ([[maybe_unused]] auto d : index.direct_by_claim.of(claim)) {
        facts.items.push_back({strong("Contested: "), text("experts take opposite sides")});
        append_navigation(facts.items.back(), "(see the disagreements)", {"disagreements", c.id});
    }
    facts.items.push_back({strong("Declared: "), muted(context.where(c.where))});
    doc.blocks.push_back(std::move(facts));

    doc.blocks.push_back(Heading{2, {text("Stances")}, "stances"});
    Table stances{.name = "stances"};
    stances.columns = {{"expert", "Expert"}, {.key = "stance", .header = "Stance", .wrap = 64}};
    Table stance_data{.name = "stances"};
    stance_data.columns = {{"expert", "Expert"}, {"value", "Value"}, {"source", "Source"}, {"date", "Date"},
                           {"quotes", "Quotes"}, {"words", "Words"}, {"at", "At"}, {"where", "Where"}};
    // By date (undated first), then file order.
    std::vector<Index> on(index.stances_by_claim.of(claim).begin(), index.stances_by_claim.of(claim).end());
    std::stable_sort(on.begin(), on.end(), [&](Index a, Index b) {
        return corpus.stance_date(corpus.stances[a]) < corpus.stance_date(corpus.stances[b]);
    });
    for (Index s : on) {
        const auto& stance = corpus.stances[s];
        stances.rows.push_back({{cell(Inline{context.expert_link(stance.expert)}), cell(context.stance_detail(s, false))}});
        stance_data.rows.push_back({{cell(corpus.experts[stance.expert].id), cell(stance.value),
                                     stance.source == none ? empty_cell() : cell(corpus.sources[stance.source].id),
                                     cell(corpus.stance_date(stance).to_string()), cell(context.quotes(s)),
                                     cell(context.words(s)), cell(stance.at), cell(context.where(stance.where))}});
    }
    if (stances.rows.empty()) doc.blocks.push_back(Paragraph{{text("No expert takes a stance on this claim.")}});
    else doc.blocks.push_back(std::move(stances));

    doc.blocks.push_back(Heading{2, {text("Derived commitments")}, "derived"});
    List derived;
    for (auto i : index.cells_by_claim.of(claim)) {
        const check::Cell& cell_ = analysis.cells[i];
        if (!cell_.derived) continue;
        derived.items.push_back({context.expert_link(cell_.expert), text(" " + mark_text({cell_.value, true}) + " "),
                                 text(cell_.reason)});
    }
    if (derived.items.empty()) doc.blocks.push_back(Paragraph{{text("No expert is committed to it by other stances.")}});
    else doc.blocks.push_back(std::move(derived));

    doc.blocks.push_back(Heading{2, {text("Relations")}, "relations"});
    Table relations{.name = "relations"};
    relations.columns = {{"from", "From"}, {"relation", "Relation"}, {"to", "To"}, {"where", "Where"}};
    Table relation_data = relations;
    for (auto i : index.relations_by_claim.of(claim)) {
        const auto& r = corpus.relations[i];
        std::string kind(model::relation_name(r.kind));
        relations.rows.push_back({{cell(Inline{context.claim_link(r.from)}), cell(kind),
                                   cell(Inline{context.claim_link(r.to)}), cell(context.where(r.where))}});
        relation_data.rows.push_back({{cell(corpus.claims[r.from].id), cell(kind), cell(corpus.claims[r.to].id),
                                       cell(context.where(r.where))}});
    }
    if (relations.rows.empty()) doc.blocks.push_back(Paragraph{{text("No relations.")}});
    else doc.blocks.push_back(std::move(relations));

    doc.blocks.push_back(Heading{2, {text("Evidence")}, "evidence"});
    const check::ClaimEvidence* e = context.evidence(claim);
    if (e == nullptr || e->sources.empty()) {
        doc.blocks.push_back(Paragraph{{text("No sources.")}});
    } else {
        // The sources themselves are under References, cited in full once.
        std::size_t unpublished = static_cast<std::size_t>(std::count_if(
            e->sources.begin(), e->sources.end(), [&](Index s) { return corpus.sources[s].publisher.empty(); }));
        std::string publishers;
        for (const auto& name : e->publishers) publishers += (publishers.empty() ? ": " : "; ") + name;
        std::string summary =
            fmt::format("{} (under References), from {}{}", count(e->sources.size(), "distinct source", "distinct sources"),
                        count(e->publishers.size(), "publisher", "publishers"), publishers);
        if (unpublished > 0) summary += fmt::format("; {} no publisher", count(unpublished, "names", "name"));
        doc.blocks.push_back(Paragraph{{text(summary + ".")}});
    }

    doc.data.push_back(std::move(stance_data));
    doc.data.push_back(std::move(relation_data));
    append_references(doc, corpus, context.take_cited());
    return doc;
}

}  // namespace stance::report
