#include "stance/model/cite.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

#include "grammar/parse_bibtex.hpp"
#include "stance/util/suggest.hpp"

namespace stance::model {
namespace {

constexpr std::array<std::string_view, 12> month_names{"january", "february", "march",     "april",
                                                       "may",     "june",     "july",      "august",
                                                       "september", "october", "november", "december"};

// The number at the start of `text` ("2022", "2022-10-03"), with `digits` digits exactly.
int number_at(std::string_view text, std::size_t at, std::size_t digits) {
    if (text.size() < at + digits) return 0;
    int value = 0;
    auto [end, ec] = std::from_chars(text.data() + at, text.data() + at + digits, value);
    if (ec != std::errc() || end != text.data() + at + digits) return 0;
    if (text.size() > at + digits && std::isdigit(static_cast<unsigned char>(text[at + digits]))) return 0;
    return value;
}

int month_of(std::string_view text) {
    if (text.empty()) return 0;
    int number = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec == std::errc() && end == text.data() + text.size()) return number >= 1 && number <= 12 ? number : 0;
    std::string lower;
    for (char c : text)
        if (c != '.') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t m = 0; m < month_names.size(); ++m)
        if (lower.size() >= 3 && month_names[m].substr(0, lower.size()) == lower) return static_cast<int>(m) + 1;
    return 0;
}

Date checked(Date date) {
    if (date.year < 1 || date.year > 9999) return {};
    if (date.month < 0 || date.month > 12) date.month = date.day = 0;
    if (date.month == 0 || date.day < 0 || date.day > 31) date.day = 0;
    return date;
}

const std::string* value_of(const BibEntry& entry, std::initializer_list<std::string_view> names) {
    for (auto name : names)
        if (const BibField* f = entry.field(name); f && !f->value.empty()) return &f->value;
    return nullptr;
}

}  // namespace

Bibliographies::Bibliographies(const std::vector<Bibliography>& bibliographies, diag::Sink& sink)
    : m_given(!bibliographies.empty()) {
    std::unordered_map<std::string, diag::Location> first;
    for (const auto& bibliography : bibliographies) {
        for (const auto& entry : bibliography.bib.entries) {
            diag::Location where{bibliography.file, entry.key_span.begin, entry.key_span.end};
            auto [it, inserted] = m_entries.try_emplace(entry.key, &entry);
            if (inserted) {
                first.emplace(entry.key, where);
                continue;
            }
            diag::Diagnostic d{diag::Severity::error, diag::Code::duplicate_declaration, where,
                               "citation key '" + entry.key + "' is already used", {}, {}};
            d.notes.push_back({first.at(entry.key), "first used here"});
            sink.report(std::move(d));
        }
    }
}

const ast::bibtex::Entry* Bibliographies::find(std::string_view key) const {
    auto it = m_entries.find(std::string(key));
    return it == m_entries.end() ? nullptr : it->second;
}

std::string Bibliographies::nearest(std::string_view key) const {
    util::Nearest best(key);
    for (const auto& [candidate, entry] : m_entries) best.consider(candidate);
    return best.best();
}

Date entry_date(const BibEntry& entry) {
    if (const std::string* date = value_of(entry, {"date"})) {
        Date d{number_at(*date, 0, 4), 0, 0};
        if (date->size() >= 7 && (*date)[4] == '-') d.month = number_at(*date, 5, 2);
        if (d.month && date->size() >= 10 && (*date)[7] == '-') d.day = number_at(*date, 8, 2);
        if (d.year) return checked(d);
    }
    const std::string* year = value_of(entry, {"year"});
    if (!year) return {};
    Date d{number_at(*year, 0, 4), 0, 0};
    if (const std::string* month = value_of(entry, {"month"})) d.month = month_of(*month);
    if (const std::string* day = value_of(entry, {"day"}); day && d.month) d.day = number_at(*day, 0, day->size());
    return checked(d);
}

void cite_entry(Source& source, const ast::bibtex::Entry& entry) {
    source.bib.type = entry.type;
    source.bib.fields.clear();
    for (const auto& f : entry.fields) source.bib.fields.push_back({f.name, f.text, f.latex});
    const BibEntry& bib = source.bib;
    if (source.title.empty())
        if (const std::string* title = value_of(bib, {"title"})) source.title = *title;
    if (source.authors.empty()) {
        for (auto name : {"author", "editor"}) {
            if (const BibField* f = bib.field(name); f && !f->latex.empty()) {
                source.authors = grammar::bibtex_names(f->latex);
                break;
            }
        }
    }
    if (source.publisher.empty())
        if (const std::string* publisher = value_of(bib, {"publisher", "journal", "journaltitle", "organization",
                                                          "institution", "school"}))
            source.publisher = *publisher;
    if (source.date.empty()) source.date = entry_date(bib);
    if (source.url.empty()) {
        if (const std::string* url = value_of(bib, {"url"})) source.url = *url;
        else if (const std::string* doi = value_of(bib, {"doi"})) source.url = "https://doi.org/" + *doi;
        else if (const std::string* how = value_of(bib, {"howpublished"}); how && how->starts_with("http"))
            source.url = *how;
    }
}

}  // namespace stance::model
