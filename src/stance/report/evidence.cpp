// The evidence report: per claim, who supports and opposes it from which sources and
// publishers, and the reasons declared for and against it; then the stances without a source
// and the quotes that were not found in their source's text.
#include <algorithm>
#include <cstdint>
#include <span>
#include <utility>

#include <fmt/format.h>

#include "stance/report/citation.hpp"
#include "stance/report/context.hpp"
#include "stance/report/reports.hpp"

namespace stance::report {

namespace {

// A side's stances expert by expert, each expert once however many stances they take on it
// (by date within the expert, experts in the order of their first stance): expert g's stances
// are stances[begin[g], begin[g + 1]).
struct Side {
    std::vector<Index> stances;
    std::vector<std::size_t> begin = {0};

    std::size_t experts() const { return begin.size() - 1; }
    std::span<const Index> of(std::size_t g) const {
        return std::span<const Index>(stances).subspan(begin[g], begin[g + 1] - begin[g]);
    }
};

// Groups a side's stances by expert through a slot by expert, not by search: thousands of
// experts may share one side.
class ByExpert {
public:
    explicit ByExpert(const model::Corpus& corpus) : m_corpus(corpus), m_group(corpus.experts.size(), none) {}

    Side operator()(const std::vector<Index>& stances) {
        Side side;
        m_experts.clear();
        for (Index s : stances) {
            Index& group = m_group[m_corpus.stances[s].expert];
            if (group == none) {
                group = static_cast<Index>(m_experts.size());
                m_experts.push_back(m_corpus.stances[s].expert);
                side.begin.push_back(0);
            }
            ++side.begin[group + 1];
        }
        for (std::size_t g = 1; g < side.begin.size(); ++g) side.begin[g] += side.begin[g - 1];
        m_place.assign(side.begin.begin(), side.begin.end() - 1);
        side.stances.resize(stances.size());
        for (Index s : stances) side.stances[m_place[m_group[m_corpus.stances[s].expert]]++] = s;
        for (Index expert : m_experts) m_group[expert] = none;  // ready for the next side
        for (std::size_t g = 0; g < side.experts(); ++g) {
            if (side.begin[g + 1] - side.begin[g] < 2) continue;
            std::stable_sort(side.stances.begin() + static_cast<std::ptrdiff_t>(side.begin[g]),
                             side.stances.begin() + static_cast<std::ptrdiff_t>(side.begin[g + 1]), [&](Index a, Index b) {
                                 return m_corpus.stance_date(m_corpus.stances[a]) <
                                        m_corpus.stance_date(m_corpus.stances[b]);
                             });
        }
        return side;
    }

private:
    const model::Corpus& m_corpus;
    std::vector<Index> m_group;  // by expert: its group in the side being grouped (none: not yet)
    std::vector<Index> m_experts;       // the side's experts, by group
    std::vector<std::size_t> m_place;   // by group: where its next stance goes
};

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

std::vector<std::string> expert_ids(const model::Corpus& corpus, const Side& side) {
    std::vector<std::string> ids;
    ids.reserve(side.experts());
    for (std::size_t g = 0; g < side.experts(); ++g) ids.push_back(corpus.experts[corpus.stances[side.of(g).front()].expert].id);
    return ids;
}

std::vector<std::string> from_claims(const model::Corpus& corpus, const std::vector<Index>& relations) {
    std::vector<std::string> ids;
    for (Index r : relations) ids.push_back(corpus.claims[corpus.relations[r].from].id);
    return ids;
}

// A stance as a record of the `stances` data table.
Row stance_record(const Context& context, const char* side, Index stance) {
    const auto& corpus = context.corpus();
    const auto& s = corpus.stances[stance];
    return {{cell(corpus.claims[s.claim].id), cell(side), cell(corpus.experts[s.expert].id), cell(s.value),
             s.source == none ? empty_cell() : cell(corpus.sources[s.source].id),
             cell(corpus.stance_date(s).to_string()), s.at.empty() ? empty_cell() : cell(s.at),
             cell(context.quotes(stance)), cell(context.words(stance))}};
}

bool is_quote_finding(check::FindingKind kind) {
    return kind == check::FindingKind::quote_not_found || kind == check::FindingKind::text_not_found;
}

// The experts of each side of a claim (supporting, opposing, qualifying), each once per side.
struct Sides {
    Side experts[3];
};

// A stance of a claim's side: 0 supporting, 1 opposing, 2 qualifying (as in Sides).
struct SidedStance {
    Index stance = none;
    std::uint8_t side = 0;
};

Sides sides_of(ByExpert& by_expert, const check::ClaimEvidence& e) {
    return {{by_expert(e.supporting), by_expert(e.opposing), by_expert(e.qualifying)}};
}

// The claim's section: its heading, a table of the sides (each expert once per side with every
// stance's quotes and source), and the sources, publishers and reasons that there are.
void send_claim(const Context& context, Sink& out, Index c, const check::ClaimEvidence& e, const Sides& sides) {
    const auto& corpus = context.corpus();
    const auto& claim = corpus.claims[c];
    out.block(Heading{2, {context.claim_link(c), text(": " + claim.text)}, claim.id});
    Table sides_table{.name = "sides-" + claim.id};
    sides_table.columns = {{"expert", "Expert"}, {.key = "stances", .header = "Stances", .wrap = 64}};
    static constexpr const char* side_names[] = {"Supporting", "Opposing", "Qualifying"};
    for (const Side& side : sides.experts) context.prefetch_quotes(side.stances);
    for (std::size_t k = 0; k < 3; ++k) {
        const Side& side = sides.experts[k];
        if (side.experts() == 0) continue;
        sides_table.rows.push_back({.group = Inline{strong(fmt::format(
                                        "{} ({})", side_names[k], count(side.experts(), "expert", "experts")))}});
        for (std::size_t g = 0; g < side.experts(); ++g) {
            const std::span<const Index> stances = side.of(g);
            Inline detail;
            for (Index s : stances) {
                if (!detail.empty()) detail.insert(detail.end(), {line_break(), line_break()});
                context.append_stance_detail(detail, s, false);
            }
            // Cells pushed one by one: a braced list would copy every stance's detail.
            Row row;
            row.cells.reserve(2);
            row.cells.push_back(cell(Inline{context.expert_link(corpus.stances[stances.front()].expert)}));
            row.cells.push_back(cell(std::move(detail)));
            sides_table.rows.push_back(std::move(row));
        }
    }
    if (sides_table.rows.empty()) out.block(Paragraph{{text("No expert takes a stance on it.")}});
    else out.block(std::move(sides_table));

    // An empty list says nothing.
    List items;
    if (!e.sources.empty()) {
        Inline sources{strong(fmt::format("Sources ({})", e.sources.size()))};
        for (std::size_t i = 0; i < e.sources.size(); ++i) {
            const std::string& label = context.source_label(e.sources[i]);
            std::string item;
            item.reserve(2 + label.size());
            item.append(i == 0 ? ": " : "; ").append(label);
            sources.push_back(text(std::move(item)));
        }
        items.items.push_back(std::move(sources));
    }
    if (!e.publishers.empty()) {
        Inline publishers{strong(fmt::format("Publishers ({})", e.publishers.size()))};
        for (std::size_t i = 0; i < e.publishers.size(); ++i)
            publishers.push_back(text((i == 0 ? ": " : "; ") + e.publishers[i]));
        items.items.push_back(std::move(publishers));
    }
    if (!e.reasons_for.empty()) items.items.push_back(reason_list(context, "Reasons for", e.reasons_for));
    if (!e.reasons_against.empty()) items.items.push_back(reason_list(context, "Reasons against", e.reasons_against));
    if (!items.items.empty()) out.block(std::move(items));
}

// The sources that send_claim cites, in its order: noted first, so that the references are the
// same whichever parts are built (citing again when the blocks are built adds nothing).
void cite_claim(const Context& context, const check::ClaimEvidence& e, const Sides& sides) {
    const auto& corpus = context.corpus();
    for (const auto& side : sides.experts)
        for (Index s : side.stances)
            if (Index source = corpus.stances[s].source; source != none) context.note_cited(source);
    for (Index source : e.sources) context.note_cited(source);
}

Row claim_record(const Context& context, Index c, Index topic, const check::ClaimEvidence& e, const Sides& sides) {
    const auto& corpus = context.corpus();
    std::vector<std::string> source_ids;
    for (Index source : e.sources) source_ids.push_back(corpus.sources[source].id);
    return {{cell(corpus.claims[c].id), topic == none ? empty_cell() : cell(corpus.topics[topic].id),
             cell(static_cast<int>(sides.experts[0].experts())), cell(static_cast<int>(sides.experts[1].experts())),
             cell(static_cast<int>(sides.experts[2].experts())), cell(expert_ids(corpus, sides.experts[0])),
             cell(expert_ids(corpus, sides.experts[1])), cell(expert_ids(corpus, sides.experts[2])),
             cell(std::move(source_ids)), cell(e.publishers), cell(from_claims(corpus, e.reasons_for)),
             cell(from_claims(corpus, e.reasons_against))}};
}

}  // namespace

Document evidence_report(const model::Corpus& corpus, const check::Analysis& analysis) {
    Document doc;
    Recorder to(doc);
    evidence_report(corpus, analysis, to, Parts{});
    return doc;
}

void evidence_report(const model::Corpus& corpus, const check::Analysis& analysis, Sink& out, const Parts& parts) {
    Context context(corpus, analysis);
    const Document header{.report = "evidence", .page = "evidence", .title = report_title("Evidence", analysis)};
    out.begin(header);
    out.block(Heading{1, {text(header.title)}});
    out.block(Paragraph{{text(
        "For every claim: the experts who support, oppose or qualify it, each once per side with every stance's "
        "quotes and source; the distinct sources and publishers; and the claims declared as reasons for it "
        "(supports) or against it (undermines).")}});

    const bool data = parts.csv || parts.json;
    Table claims{.name = "claims"};
    claims.columns = {{"claim", "Claim"},           {"topic", "Topic"},
                      {"supporting", "Supporting"}, {"opposing", "Opposing"},
                      {"qualifying", "Qualifying"}, {"supporters", "Supporters"},
                      {"opponents", "Opponents"},   {"qualifiers", "Qualifiers"},
                      {"sources", "Sources"},       {"publishers", "Publishers"},
                      {"reasons_for", "Reasons for"}, {"reasons_against", "Reasons against"}};
    out.begin_data(claims);  // its rows come claim by claim, between the claims' blocks
    ByExpert by_expert(corpus);
    // The `stances` data table (JSON) lists every claim's sides in this order, after the other
    // tables: the order is kept, a stance and its side each, rather than worked out again.
    std::vector<SidedStance> stance_order;
    if (parts.json) stance_order.reserve(corpus.stances.size());
    for (const auto& group : context.claims_by_topic())
        for (Index c : group.claims) {
            const check::ClaimEvidence* e = context.evidence(c);
            if (e == nullptr) continue;
            const Sides sides = sides_of(by_expert, *e);
            cite_claim(context, *e, sides);
            if (parts.blocks) send_claim(context, out, c, *e, sides);
            if (data) out.row(claim_record(context, c, group.topic, *e, sides));
            if (parts.json)
                for (std::uint8_t k = 0; k < 3; ++k)
                    for (Index s : sides.experts[k].stances) stance_order.push_back({s, k});
        }
    out.end_data();

    out.block(Heading{2, {text("Unsourced stances")}, "unsourced"});
    Table unsourced{.name = "unsourced"};
    unsourced.columns = {{"expert", "Expert"}, {"stance", "Stance"}, {"claim", "Claim"}, {"where", "Where"}};
    out.begin_data(unsourced);  // the same columns, ids for links
    std::size_t unsourced_stances = 0;
    for (const auto& stance : corpus.stances) {
        if (stance.source != none) continue;
        ++unsourced_stances;
        if (parts.blocks)
            unsourced.rows.push_back({{cell(Inline{context.expert_link(stance.expert)}), cell(verb(stance.value)),
                                       cell(Inline{context.claim_link(stance.claim)}), cell(context.where(stance.where))}});
        if (data)
            out.row({{cell(corpus.experts[stance.expert].id), cell(stance.value), cell(corpus.claims[stance.claim].id),
                      cell(context.where(stance.where))}});
    }
    out.end_data();
    if (unsourced_stances == 0) out.block(Paragraph{{text("Every stance names its source.")}});
    else if (parts.blocks) out.block(std::move(unsourced));

    out.block(Heading{2, {text("Quotes not found")}, "quotes"});
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
        out.block(Paragraph{{text("Every quote that could be checked was found in its source's text.")}});
    else out.block(quotes);
    send_data(out, quotes);

    // Every stance once, with its side and quotes (JSON), in the order of the claims' sections.
    Table stance_data{.name = "stances"};
    stance_data.columns = {{"claim", "Claim"}, {"side", "Side"},     {"expert", "Expert"}, {"value", "Value"},
                           {"source", "Source"}, {"date", "Date"},   {"at", "At"},         {"quotes", "Quotes"},
                           {"words", "Words"}};
    static constexpr const char* side_keys[] = {"supporting", "opposing", "qualifying"};
    out.begin_data(stance_data);
    for (const SidedStance& s : stance_order) out.row(stance_record(context, side_keys[s.side], s.stance));
    out.end_data();
    append_references(out, corpus, context.take_cited());
    out.end();
}

}  // namespace stance::report
