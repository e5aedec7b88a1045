#include "stance/model/slice.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "stance/util/suggest.hpp"

namespace stance::model {

namespace {

// -1, 0, 1 comparing on the parts (year, month, day) that both dates have.
int compare_common(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year ? -1 : 1;
    if (a.month == 0 || b.month == 0) return 0;
    if (a.month != b.month) return a.month < b.month ? -1 : 1;
    if (a.day == 0 || b.day == 0) return 0;
    if (a.day != b.day) return a.day < b.day ? -1 : 1;
    return 0;
}

template <class Items>
std::vector<bool> chosen(const Items& items, const std::vector<std::string>& ids, Index (Corpus::*find)(std::string_view) const,
                         const Corpus& corpus, const char* what, std::vector<std::string>& errors) {
    std::vector<bool> keep(items.size(), ids.empty());
    for (const auto& id : ids) {
        Index found = (corpus.*find)(id);
        if (found != none) {
            keep[found] = true;
            continue;
        }
        util::Nearest nearest(id);
        for (const auto& item : items) nearest.consider(item.id);
        std::string message = std::string("no ") + what + " '" + id + "' in the corpus";
        if (!nearest.best().empty()) message += "; did you mean '" + nearest.best() + "'?";
        errors.push_back(std::move(message));
    }
    return keep;
}

void append(std::string& out, const char* label, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    if (!out.empty()) out += "; ";
    out += label;
    out += ' ';
    for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? ", " : "") + ids[i];
}

}  // namespace

bool Slice::empty() const {
    return topics.empty() && experts.empty() && sources.empty() && claims.empty() && since.empty() && until.empty();
}

std::string Slice::describe() const {
    std::string out;
    append(out, topics.size() == 1 ? "topic" : "topics", topics);
    append(out, experts.size() == 1 ? "expert" : "experts", experts);
    append(out, sources.size() == 1 ? "source" : "sources", sources);
    append(out, claims.size() == 1 ? "claim" : "claims", claims);
    if (!since.empty()) out += (out.empty() ? "" : "; ") + std::string("since ") + since.to_string();
    if (!until.empty()) out += (out.empty() ? "" : "; ") + std::string("until ") + until.to_string();
    return out;
}

std::optional<Date> parse_date_bound(const std::string& text) {
    Date date;
    int* parts[] = {&date.year, &date.month, &date.day};
    const std::size_t widths[] = {4, 2, 2};
    const char* p = text.data();
    const char* end = text.data() + text.size();
    for (int i = 0; i < 3 && p < end; ++i) {
        if (i > 0 && *p++ != '-') return std::nullopt;
        if (static_cast<std::size_t>(end - p) < widths[i]) return std::nullopt;
        auto [next, error] = std::from_chars(p, p + widths[i], *parts[i]);
        if (error != std::errc{} || next != p + widths[i]) return std::nullopt;
        p = next;
    }
    if (p != end || date.year == 0 || date.month > 12 || date.day > 31) return std::nullopt;
    if (text.size() > 4 && date.month == 0) return std::nullopt;
    if (text.size() > 7 && date.day == 0) return std::nullopt;
    return date;
}

bool in_range(const Date& date, const Date& since, const Date& until) {
    if (since.empty() && until.empty()) return true;
    if (date.empty()) return false;
    if (!since.empty() && compare_common(date, since) < 0) return false;
    if (!until.empty() && compare_common(date, until) > 0) return false;
    return true;
}

Sliced apply_slice(const Corpus& corpus, const Slice& slice) {
    Sliced result;
    if (slice.empty()) {
        result.corpus = corpus;
        return result;
    }
    auto& errors = result.errors;
    const std::vector<bool> topic_chosen = chosen(corpus.topics, slice.topics, &Corpus::find_topic, corpus, "topic", errors);
    std::vector<bool> keep_claim = chosen(corpus.claims, slice.claims, &Corpus::find_claim, corpus, "claim", errors);
    std::vector<bool> keep_expert = chosen(corpus.experts, slice.experts, &Corpus::find_expert, corpus, "expert", errors);
    const std::vector<bool> keep_source = chosen(corpus.sources, slice.sources, &Corpus::find_source, corpus, "source", errors);
    if (!errors.empty()) return result;

    if (!slice.topics.empty()) {
        // A topic is in the slice when it or an ancestor was chosen (parents form a tree; the
        // walk is bounded by the number of topics in case of a cycle).
        std::vector<bool> in_topic(corpus.topics.size(), false);
        for (Index t = 0; t < corpus.topics.size(); ++t) {
            Index at = t;
            for (std::size_t steps = 0; at != none && steps <= corpus.topics.size(); ++steps, at = corpus.topics[at].parent)
                if (topic_chosen[at]) {
                    in_topic[t] = true;
                    break;
                }
        }
        for (Index c = 0; c < corpus.claims.size(); ++c) {
            Index topic = corpus.claims[c].topic;
            keep_claim[c] = keep_claim[c] && topic != none && in_topic[topic];
        }
    }

    std::vector<bool> keep_stance(corpus.stances.size(), false);
    std::vector<bool> has_stance(corpus.experts.size(), false);
    for (Index s = 0; s < corpus.stances.size(); ++s) {
        const Stance& stance = corpus.stances[s];
        const bool source_ok = slice.sources.empty() || (stance.source != none && keep_source[stance.source]);
        keep_stance[s] = keep_claim[stance.claim] && keep_expert[stance.expert] && source_ok &&
                         in_range(corpus.stance_date(stance), slice.since, slice.until);
        if (keep_stance[s]) has_stance[stance.expert] = true;
    }
    for (Index e = 0; e < corpus.experts.size(); ++e) keep_expert[e] = keep_expert[e] && has_stance[e];

    Corpus& out = result.corpus;
    out.files = corpus.files;
    out.sources = corpus.sources;
    out.topics = corpus.topics;
    std::vector<Index> claim_at(corpus.claims.size(), none), expert_at(corpus.experts.size(), none);
    for (Index c = 0; c < corpus.claims.size(); ++c)
        if (keep_claim[c]) claim_at[c] = static_cast<Index>(out.claims.size()), out.claims.push_back(corpus.claims[c]);
    for (Index e = 0; e < corpus.experts.size(); ++e)
        if (keep_expert[e]) expert_at[e] = static_cast<Index>(out.experts.size()), out.experts.push_back(corpus.experts[e]);
    for (const Relation& r : corpus.relations) {
        if (claim_at[r.from] == none || claim_at[r.to] == none) continue;
        Relation kept = r;
        kept.from = claim_at[r.from];
        kept.to = claim_at[r.to];
        out.relations.push_back(std::move(kept));
    }
    for (Index s = 0; s < corpus.stances.size(); ++s) {
        if (!keep_stance[s]) continue;
        Stance kept = corpus.stances[s];
        kept.expert = expert_at[kept.expert];
        kept.claim = claim_at[kept.claim];
        std::erase_if(kept.because, [&](Index c) { return claim_at[c] == none; });
        for (Index& c : kept.because) c = claim_at[c];
        out.stances.push_back(std::move(kept));
    }
    out.reindex();
    return result;
}

std::string Window::label() const { return since.to_string() + " to " + until.to_string(); }

std::optional<int> parse_months(const std::string& text) {
    if (text.size() < 2 || (text.back() != 'm' && text.back() != 'y')) return std::nullopt;
    int count = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size() - 1, count);
    if (error != std::errc{} || end != text.data() + text.size() - 1 || count <= 0 || count > 1200) return std::nullopt;
    return text.back() == 'y' ? count * 12 : count;
}

std::vector<Window> time_windows(const Corpus& corpus, int months, int step) {
    // Months counted from year 0: year * 12 + (month - 1).
    int first = INT32_MAX, last = INT32_MIN;
    for (const Stance& stance : corpus.stances) {
        const Date date = corpus.stance_date(stance);
        if (date.empty()) continue;
        const int month = date.year * 12 + (date.month == 0 ? 0 : date.month - 1);
        first = std::min(first, month);
        last = std::max(last, month);
    }
    std::vector<Window> windows;
    if (first > last || months <= 0 || step <= 0) return windows;
    const auto date_of = [](int month) { return Date{month / 12, month % 12 + 1, 0}; };
    for (int start = first; start <= last; start += step) windows.push_back({date_of(start), date_of(start + months - 1)});
    return windows;
}

}  // namespace stance::model
