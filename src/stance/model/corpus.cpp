#include "stance/model/corpus.hpp"

#include <algorithm>
#include <cstdio>

namespace stance::model {

std::size_t Date::write(char* out) const {
    if (empty()) return 0;
    if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
        // Not a date the claims files can hold: as printf writes it, cut to the room there is.
        int n = month == 0 ? std::snprintf(out, max_text, "%04d", year)
                : day == 0 ? std::snprintf(out, max_text, "%04d-%02d", year, month)
                           : std::snprintf(out, max_text, "%04d-%02d-%02d", year, month, day);
        return std::min(static_cast<std::size_t>(std::max(n, 0)), max_text - 1);
    }
    char* end = out;
    auto two = [&end](int value) {
        *end++ = static_cast<char>('0' + value / 10);
        *end++ = static_cast<char>('0' + value % 10);
    };
    two(year / 100);
    two(year % 100);
    if (month != 0) {
        *end++ = '-';
        two(month);
        if (day != 0) {
            *end++ = '-';
            two(day);
        }
    }
    return static_cast<std::size_t>(end - out);
}

std::string Date::to_string() const {
    char text[max_text];
    return std::string(text, write(text));
}

const BibField* BibEntry::field(std::string_view name) const {
    for (const auto& f : fields)
        if (f.name == name) return &f;
    return nullptr;
}

std::string_view relation_name(RelationKind kind) {
    switch (kind) {
    case RelationKind::implies: return "implies";
    case RelationKind::contradicts: return "contradicts";
    case RelationKind::equivalent: return "equivalent";
    case RelationKind::supports: return "supports";
    case RelationKind::undermines: return "undermines";
    }
    return "implies";
}

std::string_view stance_verb(int value) {
    switch (value) {
    case 2: return "strongly asserts";
    case 1: return "asserts";
    case 0: return "qualifies";
    case -1: return "denies";
    case -2: return "strongly denies";
    }
    return "qualifies";
}

std::string_view words_name(Words words) { return words == Words::own ? "own" : "reported"; }

bool rests_on_own_words(const Stance& stance) {
    return std::any_of(stance.quotes.begin(), stance.quotes.end(), [](const Quote& q) { return q.words == Words::own; });
}

namespace {
Index find(const std::unordered_map<std::string, Index>& map, std::string_view id) {
    auto it = map.find(std::string(id));
    return it == map.end() ? none : it->second;
}
template <class Items>
void index_ids(const Items& items, std::unordered_map<std::string, Index>& map) {
    map.clear();
    map.reserve(items.size());
    for (Index i = 0; i < items.size(); ++i) map.emplace(items[i].id, i);
}
}  // namespace

Index Corpus::find_source(std::string_view id) const { return find(source_index, id); }
Index Corpus::find_expert(std::string_view id) const { return find(expert_index, id); }
Index Corpus::find_topic(std::string_view id) const { return find(topic_index, id); }
Index Corpus::find_claim(std::string_view id) const { return find(claim_index, id); }

Date Corpus::stance_date(const Stance& stance) const {
    if (!stance.date.empty()) return stance.date;
    if (stance.source != none) return sources[stance.source].date;
    return {};
}

std::string Corpus::where(const Position& position) const {
    if (position.file == none || position.file >= files.size()) return {};
    return files[position.file].path + ':' + std::to_string(position.line);
}

void Corpus::reindex() {
    index_ids(sources, source_index);
    index_ids(experts, expert_index);
    index_ids(topics, topic_index);
    index_ids(claims, claim_index);
}

}  // namespace stance::model
