#include "stance/report/context.hpp"

#include "stance/report/citation.hpp"
#include "stance/report/reports.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "stance/report/page_name.hpp"

namespace stance::report {

namespace {

// What a stance with no source (or one the corpus does not hold) cites.
const std::string no_source_label = "(no source)";

}  // namespace

Target expert_page(const model::Corpus& corpus, Index expert) {
    return {"experts/" + page_name(corpus.experts[expert].id), {}};
}
Target claim_page(const model::Corpus& corpus, Index claim) {
    return {"claims/" + page_name(corpus.claims[claim].id), {}};
}

std::string count(std::size_t n, std::string_view singular, std::string_view plural) {
    return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

Inline located(std::string value, const std::string& where) {
    if (where.empty()) return {text(std::move(value))};
    return {text(std::move(value) + " "), muted("(" + where + ")")};
}

std::string report_title(std::string title, const check::Analysis& analysis) {
    if (analysis.options.direct_only) title += " (own words only)";
    return title;
}

std::string fixed(double value, int precision) { return fmt::format("{:.{}f}", value, precision); }
std::string verb(int value) { return std::string(model::stance_verb(value)); }

void SliceMark::begin(const Document& header) {
    m_out.begin(Document{.report = header.report, .page = header.page, .title = header.title + m_suffix});
}

bool SliceMark::marks(const Block& block) {
    const auto* heading = std::get_if<Heading>(&block);
    if (m_suffix.empty() || m_marked || heading == nullptr || heading->level != 1) return false;
    m_marked = true;
    return true;
}

void SliceMark::block(const Block& block) {
    if (!marks(block)) return m_out.block(block);
    Heading marked = std::get<Heading>(block);
    marked.content.push_back(text(m_suffix));
    m_out.block(Block(std::move(marked)));
}

void SliceMark::block(Block&& block) {
    if (marks(block)) std::get<Heading>(block).content.push_back(text(m_suffix));
    m_out.block(std::move(block));
}

void mark_slice(Document& document, const std::string& slice) {
    if (slice.empty()) return;
    Document marked;
    Recorder to(marked);
    SliceMark mark(to, slice);
    replay(document, mark);
    marked.csv = document.csv;
    document = std::move(marked);
}

std::string consensus_phrase(const check::Consensus& c) {
    if (!c.consensus) return fmt::format("none: one voice ({})", count(static_cast<std::size_t>(c.n), "expert", "experts"));
    return fmt::format("{} over {}", fixed(*c.consensus, 2), count(static_cast<std::size_t>(c.n), "expert", "experts"));
}

Cell consensus_cell(const check::Consensus* c) {
    if (c == nullptr) return empty_cell();
    if (!c->consensus) return cell(Inline{muted("one voice")});
    return cell(Real{*c->consensus, 2});
}

Cell consensus_value(const check::Consensus* c) {
    return c && c->consensus ? cell(Real{*c->consensus, 2}) : empty_cell();
}

std::vector<Column> agreement_columns(const check::Analysis& analysis) {
    std::vector<Column> columns = {{"shared", "Shared", Align::right},
                                   {"congruence", "Congruence", Align::right},
                                   {"conflict", "Conflict", Align::right},
                                   {"qualified", "Qualified", Align::right}};
    if (analysis.options.with_derived) columns.push_back({"derived", "Derived", Align::right});
    columns.push_back({"score", "Score", Align::right});
    return columns;
}

void append_agreement(std::vector<Cell>& cells, const check::Agreement& pair, const check::Analysis& analysis,
                      bool human) {
    cells.push_back(cell(pair.shared));
    cells.push_back(cell(pair.congruence));
    cells.push_back(cell(pair.conflict));
    cells.push_back(cell(pair.qualified));
    if (analysis.options.with_derived) cells.push_back(cell(pair.derived));
    if (pair.score) cells.push_back(cell(Real{*pair.score, 2}));
    else cells.push_back(human ? cell(Inline{muted("too few to judge")}) : empty_cell());
}

bool higher_score(const check::Agreement* x, const check::Agreement* y) {
    if (x->score.has_value() != y->score.has_value()) return x->score.has_value();
    return x->score && *x->score > *y->score;
}

std::string agreement_explanation(const check::Analysis& analysis) {
    return fmt::format(
        "Shared: claims both experts take a {} position on. Congruence: shared claims on the same side (both "
        "assert or both deny); conflict: on opposite sides; qualified: one of the two qualifies (neither). "
        "Score: (congruence - conflict) / shared, from -1 (opposite on every shared claim) to 1 (same side on "
        "every one); pairs sharing fewer than {} are too few to judge.{}",
        analysis.options.with_derived ? "stated or derived" : "stated",
        count(static_cast<std::size_t>(analysis.options.min_shared), "claim", "claims"),
        analysis.options.with_derived ? " Derived: shared claims counted through a derived commitment." : "");
}

std::string unjudged_left_out(const ListedPairs& listed, const check::Analysis& analysis) {
    if (listed.left_out == 0) return {};
    return fmt::format("Not listed: {} that share fewer than {}, too few to judge (such pairs are listed only up "
                       "to {}). The store's expert_agreement view holds every pair.",
                       count(listed.left_out, "pair", "pairs"),
                       count(static_cast<std::size_t>(analysis.options.min_shared), "claim", "claims"),
                       max_unjudged_listed);
}

Context::Context(const model::Corpus& corpus, const check::Analysis& analysis)
    : m_corpus(corpus), m_analysis(analysis), m_consensus(corpus.claims.size(), nullptr),
      m_evidence(corpus.claims.size(), nullptr), m_camp(corpus.experts.size(), 0) {
    // Two stable counting sorts (by expert, then by claim) keep the first of equal cells first.
    {
        std::vector<std::size_t> start(corpus.experts.size() + 1, 0);
        for (const auto& c : analysis.cells)
            if (c.expert < corpus.experts.size() && c.claim < corpus.claims.size()) ++start[c.expert + 1];
        for (std::size_t e = 0; e < corpus.experts.size(); ++e) start[e + 1] += start[e];
        std::vector<const check::Cell*> by_expert(start.back());
        for (const auto& c : analysis.cells)
            if (c.expert < corpus.experts.size() && c.claim < corpus.claims.size()) by_expert[start[c.expert]++] = &c;
        m_claim_begin.assign(corpus.claims.size() + 1, 0);
        for (const auto* c : by_expert) ++m_claim_begin[c->claim + 1];
        for (std::size_t c = 0; c < corpus.claims.size(); ++c) m_claim_begin[c + 1] += m_claim_begin[c];
        std::vector<std::size_t> place(m_claim_begin.begin(), m_claim_begin.end() - 1);
        m_by_claim.resize(by_expert.size());
        for (const auto* c : by_expert) m_by_claim[place[c->claim]++] = c;
    }
    for (const auto& c : analysis.consensus)
        if (c.claim < m_consensus.size()) m_consensus[c.claim] = &c;
    for (const auto& e : analysis.evidence)
        if (e.claim < m_evidence.size()) m_evidence[e.claim] = &e;
    for (std::size_t camp = 0; camp < analysis.camps.size(); ++camp)
        for (Index expert : analysis.camps[camp])
            if (expert < m_camp.size()) m_camp[expert] = static_cast<int>(camp) + 1;

    if (!analysis.expert_order.empty()) {
        m_experts = analysis.expert_order;
    } else {
        std::vector<bool> has_cells(corpus.experts.size(), false);
        for (const auto& c : analysis.cells)
            if (c.expert < has_cells.size()) has_cells[c.expert] = true;
        for (Index e = 0; e < corpus.experts.size(); ++e)
            if (has_cells[e]) m_experts.push_back(e);
    }

    m_column.assign(corpus.experts.size(), std::string::npos);
    for (std::size_t column = 0; column < m_experts.size(); ++column)
        if (m_experts[column] < m_column.size()) m_column[m_experts[column]] = column;

    std::vector<TopicGroup> by_topic(corpus.topics.size());
    TopicGroup untopical;
    for (Index c = 0; c < corpus.claims.size(); ++c) {
        Index topic = corpus.claims[c].topic;
        if (topic < by_topic.size()) by_topic[topic].claims.push_back(c);
        else untopical.claims.push_back(c);
    }
    for (Index t = 0; t < by_topic.size(); ++t) {
        if (by_topic[t].claims.empty()) continue;
        by_topic[t].topic = t;
        m_groups.push_back(std::move(by_topic[t]));
    }
    if (!untopical.claims.empty()) m_groups.push_back(std::move(untopical));
}

const check::Cell* Context::cell(Index expert, Index claim) const {
    if (claim >= m_corpus.claims.size()) return nullptr;
    const auto first = m_by_claim.begin() + static_cast<std::ptrdiff_t>(m_claim_begin[claim]);
    const auto last = m_by_claim.begin() + static_cast<std::ptrdiff_t>(m_claim_begin[claim + 1]);
    const auto it = std::lower_bound(first, last, expert, [](const check::Cell* c, Index e) { return c->expert < e; });
    return it != last && (*it)->expert == expert ? *it : nullptr;
}
std::vector<const check::Cell*> Context::cells_of(Index claim) const {
    std::vector<const check::Cell*> cells;
    if (claim >= m_corpus.claims.size()) return cells;
    // By expert, the first of equal cells first: the one cell() finds.
    for (std::size_t i = m_claim_begin[claim]; i < m_claim_begin[claim + 1]; ++i) {
        const check::Cell* c = m_by_claim[i];
        const bool first = i == m_claim_begin[claim] || m_by_claim[i - 1]->expert != c->expert;
        if (first && m_column[c->expert] != std::string::npos) cells.push_back(c);
    }
    std::sort(cells.begin(), cells.end(),
              [&](const check::Cell* a, const check::Cell* b) { return m_column[a->expert] < m_column[b->expert]; });
    return cells;
}

const check::Consensus* Context::consensus(Index claim) const {
    return claim < m_consensus.size() ? m_consensus[claim] : nullptr;
}
const check::ClaimEvidence* Context::evidence(Index claim) const {
    return claim < m_evidence.size() ? m_evidence[claim] : nullptr;
}
int Context::camp(Index expert) const { return expert < m_camp.size() ? m_camp[expert] : 0; }

Inline Context::camp_label(int camp) const {
    Inline label;
    const auto& labels = m_analysis.camp_labels;
    if (camp < 1 || static_cast<std::size_t>(camp) > labels.size()) return label;
    for (const check::CampLabel& separator : labels[static_cast<std::size_t>(camp) - 1]) {
        label.push_back(text(std::string(label.empty() ? "" : "; ") + verb(separator.side) + " "));
        label.push_back(claim_link(separator.claim));
    }
    return label;
}

Span Context::expert_link(Index expert) const {
    const auto& e = m_corpus.experts[expert];
    if (m_expert_pages.empty()) m_expert_pages.resize(m_corpus.experts.size());
    auto& page = m_expert_pages[expert];
    if (!page) page = std::make_shared<const Target>(expert_page(m_corpus, expert));
    return Span{.text = e.name.empty() ? e.id : e.name, .link = page};
}
Span Context::claim_link(Index claim) const {
    if (m_claim_pages.empty()) m_claim_pages.resize(m_corpus.claims.size());
    auto& page = m_claim_pages[claim];
    if (!page) page = std::make_shared<const Target>(claim_page(m_corpus, claim));
    return Span{.text = m_corpus.claims[claim].id, .link = page};
}

const Context::MadeCitation& Context::made_citation(Index source) const {
    if (m_citations.empty()) m_citations.resize(m_corpus.sources.size());
    MadeCitation& made = m_citations[source];
    if (!made.made) {
        made.spans = citation(m_corpus.sources[source]);
        made.label = plain(made.spans);
        made.made = true;
    }
    return made;
}

void Context::append_cite(Inline& out, Index source, std::string_view at) const {
    if (source == none || source >= m_corpus.sources.size()) {
        out.push_back(text(no_source_label));
        return;
    }
    note_cited(source);
    const Inline& spans = made_citation(source).spans;
    out.insert(out.end(), spans.begin(), spans.end());
    add_locator(out, m_corpus.sources[source], at);
}

Inline Context::cite(Index source, std::string_view at) const {
    Inline out;
    append_cite(out, source, at);
    return out;
}

const std::string& Context::source_label(Index source) const {
    if (source == none || source >= m_corpus.sources.size()) return no_source_label;
    note_cited(source);
    return made_citation(source).label;
}

const std::string& Context::cite_key(Index source) const {
    note_cited(source);
    return bibtex_key(m_corpus.sources[source]);
}

std::vector<Index> Context::take_cited() const {
    m_is_cited.clear();
    return std::exchange(m_cited, {});
}

void Context::note_cited(Index source) const {
    if (m_is_cited.empty()) m_is_cited.assign(m_corpus.sources.size(), false);
    if (m_is_cited[source]) return;
    m_is_cited[source] = true;
    m_cited.push_back(source);
}

std::vector<std::string> Context::quotes(Index stance) const {
    std::vector<std::string> result;
    for (const auto& q : m_corpus.stances[stance].quotes) result.push_back(q.text);
    return result;
}

std::vector<std::string> Context::words(Index stance) const {
    std::vector<std::string> result;
    for (const auto& q : m_corpus.stances[stance].quotes) {
        std::string words(model::words_name(q.words));
        if (q.reported_by < m_corpus.experts.size()) words += " by " + m_corpus.experts[q.reported_by].id;
        result.push_back(std::move(words));
    }
    return result;
}

std::string Context::reported_label(const model::Stance& stance, const model::Quote& quote) const {
    if (quote.words == model::Words::own) return {};
    if (quote.reported_by < m_corpus.experts.size()) {
        const auto& reporter = m_corpus.experts[quote.reported_by];
        return "as reported by " + (reporter.name.empty() ? reporter.id : reporter.name);
    }
    const model::Source* source = stance.source < m_corpus.sources.size() ? &m_corpus.sources[stance.source] : nullptr;
    const std::string kind = source && !source->kind.empty() ? source->kind : "source";
    if (source && source->authors.empty()) return "in the words of the " + kind + "'s anonymous author";
    return "in the " + kind + "'s words";
}

Inline Context::stance_detail(Index stance, bool with_expert) const {
    const auto& s = m_corpus.stances[stance];
    Inline out;
    // Sized exactly: a matrix holds one of these per cell, and growth would leave spare spans.
    const bool cited = s.source != none && s.source < m_corpus.sources.size();
    const std::size_t source = !cited ? 1
                                      : made_citation(s.source).spans.size() +
                                            (!s.at.empty() && !locator_joins(m_corpus.sources[s.source]));
    const auto reported = static_cast<std::size_t>(
        std::count_if(s.quotes.begin(), s.quotes.end(), [](const model::Quote& q) { return q.words != model::Words::own; }));
    out.reserve((with_expert ? 2 : 0) + 1 + 2 * s.quotes.size() + reported + 2 + source +
                (s.because.empty() ? 0 : 2 * s.because.size() + 1) + 2);
    append_stance_detail(out, stance, with_expert);
    return out;
}

void Context::prefetch_quotes(std::span<const Index> stances) const {
    // A claim's stances lie all over the corpus, and telling one waits for its quotes, then for
    // their text, a miss at a time. Asked for a level at a time, the loads overlap instead.
    for (Index s : stances)
        if (const auto& quotes = m_corpus.stances[s].quotes; !quotes.empty()) __builtin_prefetch(quotes.data());
    for (Index s : stances)
        for (const auto& q : m_corpus.stances[s].quotes)
            for (std::size_t line = 0; line < q.text.size(); line += 64) __builtin_prefetch(q.text.data() + line);
}

void Context::append_stance_detail(Inline& out, Index stance, bool with_expert) const {
    const auto& s = m_corpus.stances[stance];
    if (with_expert) {
        Span name = expert_link(s.expert);
        name.style = Style::strong;
        out.push_back(std::move(name));
        out.push_back(text(" "));
    }
    std::string head(model::stance_verb(s.value));
    if (auto date = m_corpus.stance_date(s); !date.empty()) {
        char written[model::Date::max_text];
        const std::size_t length = date.write(written);
        head.reserve(head.size() + length + 3);
        head.append(" (").append(written, length).append(")");
    }
    out.push_back(text(std::move(head)));
    static constexpr std::string_view open = "\u201C", close = "\u201D";
    for (const auto& q : s.quotes) {
        out.push_back(line_break());
        std::string quoted;
        quoted.reserve(open.size() + q.text.size() + close.size());
        quoted.append(open).append(q.text).append(close);
        out.push_back(emphasis(std::move(quoted)));
        if (q.words != model::Words::own) out.push_back(muted(" (" + reported_label(s, q) + ")"));
    }
    out.push_back(line_break());
    out.push_back(text("\u2014 "));
    append_cite(out, s.source, s.at);
    if (!s.because.empty()) {
        out.push_back(line_break());
        out.push_back(text("because "));
        for (std::size_t i = 0; i < s.because.size(); ++i) {
            if (i > 0) out.push_back(text(", "));
            out.push_back(claim_link(s.because[i]));
        }
    }
    out.push_back(line_break());
    out.push_back(muted(where(s.where)));
}

Inline Context::cell_tip(const check::Cell& c) const {
    const auto& expert = m_corpus.experts[c.expert];
    std::string who = expert.name.empty() ? expert.id : expert.name;
    if (c.derived) {
        Inline out{strong(who), text(" is committed to " + std::string(c.value > 0 ? "asserting " : "denying ") +
                                     m_corpus.claims[c.claim].id)};
        if (!c.reason.empty()) {
            out.push_back(line_break());
            out.push_back(text("derived: " + c.reason));
        }
        return out;
    }
    if (c.stance == none || c.stance >= m_corpus.stances.size())
        return {strong(who), text(" " + verb(c.value) + " " + m_corpus.claims[c.claim].id)};
    return stance_detail(c.stance, true);
}

}  // namespace stance::report
