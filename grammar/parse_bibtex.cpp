#include "grammar/parse_bibtex.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <unordered_map>

#include <utf8proc.h>

#include "grammar/bibtex.hpp"
#include "grammar/latex.hpp"
#include "stance/util/suggest.hpp"

namespace stance::grammar {

namespace {

namespace ab = ast::bibtex;

// Past this many errors a file is not worth reading on (not BibTeX at all).
constexpr std::size_t max_errors = 1000;
// No field of a reference manager's export comes near this; @string macros that concatenate
// one another would otherwise double a value at each step until memory runs out.
constexpr std::size_t max_value_bytes = 1 << 20;

// The month macros every BibTeX style defines.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> month_macros{{
    {"jan", "January"}, {"feb", "February"}, {"mar", "March"},     {"apr", "April"},
    {"may", "May"},     {"jun", "June"},     {"jul", "July"},      {"aug", "August"},
    {"sep", "September"}, {"oct", "October"}, {"nov", "November"}, {"dec", "December"},
}};

bool valid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t code = 0;
        utf8proc_ssize_t used = utf8proc_iterate(bytes, left, &code);
        if (used <= 0) return false;
        bytes += used;
        left -= used;
    }
    return true;
}

// Folds runs of white space (as the LaTeX rules leave single spaces) and trims.
std::string folded(std::string text) {
    auto both_spaces = [](char a, char b) { return a == ' ' && b == ' '; };
    text.erase(std::unique(text.begin(), text.end(), both_spaces), text.end());
    if (!text.empty() && text.front() == ' ') text.erase(0, 1);
    if (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

std::string trimmed(std::string_view text) {
    auto b = text.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    auto e = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(b, e - b + 1));
}

// Fields that hold addresses, not text: biblatex reads them verbatim (`~` and `_` are
// themselves in a URL).
bool verbatim(std::string_view name) {
    return name == "url" || name == "doi" || name == "eprint" || name == "file" || name.starts_with("bdsk-url");
}

// Reads the items of one file in order, keeping the @string macros defined so far.
class Reader {
public:
    Reader(const util::SourceFile& file, diag::Sink& sink) : m_state(file, sink) {
        for (auto [name, value] : month_macros) m_macros.emplace(name, value);
    }

    ab::File run() {
        ab::File result;
        const char* it = m_state.begin();
        const char* end = m_state.end();
        auto const parser = x3::with<bibtex_state_tag>(m_state)[bibtex_item()];
        auto const junk = *(x3::char_ - '@');
        auto const to_next_item = *(x3::char_ - (x3::eol >> *x3::blank >> '@'));
        while (true) {
            x3::parse(it, end, junk);
            if (it == end) break;
            if (m_state.error_count() >= max_errors) {
                m_state.error(diag::Code::bibtex_syntax, it, it, "too many errors in this file: the rest of it is not read");
                break;
            }
            const char* start = it;
            std::size_t errors = m_state.error_count();
            m_state.start_item();
            ab::RawItem item;
            if (x3::phrase_parse(it, end, parser, x3::ascii::space, item)) {
                item.span = m_state.span(start, it);
                accept(std::move(item), result);
                continue;
            }
            if (m_state.error_count() == errors) m_state.expected(start + 1, "an entry type");
            it = start + 1;
            x3::parse(it, end, to_next_item);
        }
        return result;
    }

private:
    void accept(ab::RawItem&& item, ab::File& result) {
        if (item.kind == ab::RawItem::Kind::string) {
            m_macros.insert_or_assign(item.key, expand(item.fields.front().value));
            return;
        }
        if (item.kind != ab::RawItem::Kind::entry) return;
        ab::Entry entry;
        entry.type = std::move(item.type);
        entry.key = std::move(item.key);
        entry.span = item.span;
        entry.key_span = item.key_span;
        for (auto& raw : item.fields) {
            ab::Field field;
            field.name = std::move(raw.name);
            field.span = raw.span;
            field.latex = expand(raw.value);
            if (!valid_utf8(field.latex)) {
                error_at(field.span, "the value of '" + field.name + "' is not valid UTF-8 (export the file as UTF-8)");
                continue;
            }
            field.text = verbatim(field.name) ? trimmed(field.latex) : latex_to_text(field.latex);
            if (field.name == "crossref") {
                const char* at = m_state.begin() + field.span.begin;
                m_state.note(diag::Code::bibtex_crossref, at, m_state.begin() + field.span.end,
                             "crossref is not followed: '" + entry.key + "' does not inherit the fields of '" +
                                 field.text + "'");
            }
            entry.fields.push_back(std::move(field));
        }
        std::string folded_key = bibtex::lower(entry.key);
        auto [first, inserted] = m_keys.try_emplace(folded_key, entry.key_span);
        if (!inserted) {
            diag::Diagnostic d{diag::Severity::error, diag::Code::duplicate_declaration,
                               m_state.location(entry.key_span), "citation key '" + entry.key + "' is already used",
                               {}, {}};
            d.notes.push_back({m_state.location(first->second), "first used here"});
            m_state.report(std::move(d));
            return;
        }
        result.entries.push_back(std::move(entry));
    }

    std::string expand(const std::vector<ab::Piece>& pieces) {
        std::string latex;
        for (const auto& piece : pieces) {
            const std::string* text = &piece.text;
            if (piece.kind == ab::Piece::Kind::macro) {
                auto it = m_macros.find(piece.text);
                text = it == m_macros.end() ? nullptr : &it->second;
            }
            if (text && latex.size() + text->size() > max_value_bytes) {
                error_at(piece.span, "the value grows past " + std::to_string(max_value_bytes >> 20) +
                                         " MiB here once its @string macros are expanded; it is left empty");
                return {};
            }
            if (text) {
                latex += *text;
                continue;
            }
            util::Nearest best(piece.text);
            for (const auto& [name, value] : m_macros) best.consider(name);
            const char* at = m_state.begin() + piece.span.begin;
            m_state.error(diag::Code::bibtex_syntax, at, m_state.begin() + piece.span.end,
                          "undefined @string macro '" + piece.text + "'", best.best());
        }
        return latex;
    }

    void error_at(ast::Span span, std::string message) {
        m_state.error(diag::Code::bibtex_syntax, m_state.begin() + span.begin, m_state.begin() + span.end,
                      std::move(message));
    }

    BibtexState m_state;
    std::unordered_map<std::string, std::string> m_macros;    // by lower-case name: the value as LaTeX
    std::unordered_map<std::string, ast::Span> m_keys;        // by lower-case key: where first used
};

}  // namespace

ab::File parse_bibtex(const util::SourceFile& file, diag::Sink& sink) {
    return Reader(file, sink).run();
}

std::string latex_to_text(std::string_view latex) {
    std::string decoded;
    const char* it = latex.data();
    x3::parse(it, latex.data() + latex.size(), latex_text(), decoded);
    decoded.append(it, latex.data() + latex.size());  // unreachable for balanced values; kept, not lost
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> composed(
        utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(decoded.c_str())), &std::free);
    if (composed) decoded = reinterpret_cast<const char*>(composed.get());
    return folded(std::move(decoded));
}

std::vector<std::string> bibtex_names(std::string_view latex) {
    std::vector<std::string> written;
    const char* it = latex.data();
    x3::parse(it, latex.data() + latex.size(), latex_names(), written);
    std::vector<std::string> result;
    for (const auto& name : written) {
        std::vector<std::string> parts;
        const char* p = name.data();
        x3::parse(p, name.data() + name.size(), latex_name_parts(), parts);
        for (auto& part : parts) part = latex_to_text(trimmed(part));
        std::string display;
        if (parts.size() <= 1) display = parts.empty() ? std::string() : parts[0];
        else if (parts.size() == 2) display = folded(parts[1] + " " + parts[0]);
        else display = folded(parts[2] + " " + parts[0] + ", " + parts[1]);
        if (!display.empty()) result.push_back(std::move(display));
    }
    return result;
}

}  // namespace stance::grammar
