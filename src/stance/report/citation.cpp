#include "stance/report/citation.hpp"

#include <algorithm>
#include <array>

#include "stance/report/writers.hpp"

namespace stance::report {

namespace {

constexpr std::array<std::string_view, 12> month_names{"January", "February", "March",     "April",
                                                       "May",     "June",     "July",      "August",
                                                       "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> month_macros{"jan", "feb", "mar", "apr", "may", "jun",
                                                        "jul", "aug", "sep", "oct", "nov", "dec"};

// BibTeX entry types for the source kinds of the language (biblatex reads them all).
std::string_view entry_type(const model::Source& source) {
    if (source.kind == "article") return "article";
    if (source.kind == "book") return "book";
    if (source.kind == "report") return "report";
    if (source.kind == "dataset") return "dataset";
    return source.url.empty() ? "misc" : "online";
}

// A name that BibTeX would split or turn round (an institution with "and" or a comma) is braced.
std::string bibtex_name(const std::string& name) {
    bool needs_braces = name.find(',') != std::string::npos || name.find(" and ") != std::string::npos;
    std::string escaped = tex_escape(name);
    return needs_braces ? "{" + escaped + "}" : escaped;
}

void field(std::string& out, std::string_view name, const std::string& latex) {
    out += "  ";
    out += name;
    out += " = {";
    out += latex;
    out += "},\n";
}

// A title in double quotation marks, the double marks it holds made single, as a quotation
// within a quotation is: “The CSTO’s ‘bankruptcy’”, not “The CSTO’s “bankruptcy””.
std::string quoted_title(std::string_view title) {
    constexpr std::string_view open = "\u201C", close = "\u201D";
    std::string out(open);
    while (!title.empty()) {
        if (title.starts_with(open)) {
            out += "\u2018";
            title.remove_prefix(open.size());
        } else if (title.starts_with(close)) {
            out += "\u2019";
            title.remove_prefix(close.size());
        } else {
            out += title.front();
            title.remove_prefix(1);
        }
    }
    return out += close;
}

}  // namespace

std::string authors_text(const std::vector<std::string>& authors) {
    std::vector<std::string> names = authors;
    bool others = !names.empty() && names.back() == "others";
    if (others) names.pop_back();
    if (names.empty()) return {};
    if (others || names.size() > 3) return names.front() + " et al.";
    std::string out = names.front();
    for (std::size_t i = 1; i < names.size(); ++i) out += (i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

Inline citation(const model::Source& source, std::string_view at) {
    Inline out;
    std::string authors = authors_text(source.authors);
    if (!authors.empty()) out.push_back(text(authors + ", "));
    std::string title = source.title.empty() ? source.id : quoted_title(source.title);
    out.push_back(source.url.empty() ? text(std::move(title)) : link(std::move(title), Target{.url = source.url}));
    std::string rest;
    for (const std::string& part : {source.publisher, source.date.to_string()})
        if (!part.empty()) rest += ", " + part;
    if (!rest.empty()) out.push_back(text(std::move(rest)));
    add_locator(out, source, at);
    return out;
}

// The locator joins the plain span of the publisher and date; after the title it starts its own.
bool locator_joins(const model::Source& source) { return !source.publisher.empty() || !source.date.empty(); }

void add_locator(Inline& spans, const model::Source& source, std::string_view at) {
    if (at.empty()) return;
    if (locator_joins(source)) {
        spans.back().text.append(", ").append(at);
        return;
    }
    std::string rest;
    rest.reserve(2 + at.size());
    rest.append(", ").append(at);
    spans.push_back(text(std::move(rest)));
}

void append_references(Sink& out, const model::Corpus& corpus, const std::vector<model::Index>& sources) {
    out.block(Heading{2, {text("References")}, "references"});
    Table data{.name = "references"};
    data.columns = {{"source", "Source"}, {"cite", "Cite"},   {"authors", "Authors"}, {"title", "Title"},
                    {"publisher", "Publisher"}, {"date", "Date"}, {"url", "URL"}};
    List list;
    for (model::Index s : sources) {
        const auto& source = corpus.sources[s];
        list.items.push_back(citation(source));
        data.rows.push_back({{cell(source.id), cell(source.cite), cell(source.authors), cell(source.title),
                              cell(source.publisher), cell(source.date.to_string()), cell(source.url)}});
    }
    if (list.items.empty()) list.items.push_back({text("No sources are cited.")});
    out.block(std::move(list));
    send_data(out, data);
}

void append_references(Document& doc, const model::Corpus& corpus, const std::vector<model::Index>& sources) {
    Recorder to(doc);
    append_references(to, corpus, sources);
}

const std::string& bibtex_key(const model::Source& source) { return source.cite.empty() ? source.id : source.cite; }

std::string bibtex_entry(const model::Source& source) {
    std::string out = "@";
    if (!source.bib.empty()) {
        out += source.bib.type + "{" + bibtex_key(source) + ",\n";
        for (const auto& f : source.bib.fields) {
            auto month = std::find(month_names.begin(), month_names.end(), f.value);
            if (f.name == "month" && month != month_names.end()) {
                out += "  month = " + std::string(month_macros[static_cast<std::size_t>(month - month_names.begin())]) + ",\n";
                continue;
            }
            field(out, f.name, f.latex);
        }
        out += "}\n\n";
        return out;
    }
    out += std::string(entry_type(source)) + "{" + bibtex_key(source) + ",\n";
    if (!source.authors.empty()) {
        std::string names;
        for (const auto& name : source.authors) names += (names.empty() ? "" : " and ") + bibtex_name(name);
        field(out, "author", names);
    }
    if (!source.title.empty()) field(out, "title", tex_escape(source.title));
    if (!source.publisher.empty())
        field(out, source.kind == "article" ? "journal" : "publisher", tex_escape(source.publisher));
    if (!source.date.empty()) {
        field(out, "year", std::to_string(source.date.year));
        if (source.date.month > 0)
            out += "  month = " + std::string(month_macros[static_cast<std::size_t>(source.date.month - 1)]) + ",\n";
        field(out, "date", source.date.to_string());
    }
    if (!source.url.empty()) field(out, "url", source.url);
    if (!source.note.empty()) field(out, "note", tex_escape(source.note));
    out += "}\n\n";
    return out;
}

void write_bibtex(std::ostream& out, const model::Corpus& corpus) {
    for (const auto& source : corpus.sources) out << bibtex_entry(source);
}

}  // namespace stance::report
