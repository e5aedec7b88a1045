// The Markdown writer (GitHub Flavoured Markdown). User text is escaped so that it can never
// become markup: emphasis, links, HTML, table pipes, math (`$`), strikethrough, and the marks
// that start a heading, a list or a quote at the beginning of a block.
#include <algorithm>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "stance/report/writers.hpp"

namespace stance::report {

namespace {

// A link destination, added to `out`: the characters that would end it or break the link,
// percent-encoded.
void append_destination(std::string& out, std::string_view href) {
    for (char c : href) {
        switch (c) {
        case ' ': out += "%20"; break;
        case '(': out += "%28"; break;
        case ')': out += "%29"; break;
        case '<': out += "%3C"; break;
        case '>': out += "%3E"; break;
        default: out += c;
        }
    }
}

// The bytes escape() changes wherever they stand.
struct MarkdownChanges {
    bool changes[256] = {};
    constexpr MarkdownChanges() {
        for (unsigned char c : {'\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#', '$', '&', '\n', '\r'})
            changes[c] = true;
    }
};
constexpr MarkdownChanges markdown_changes;

// `text` escaped, added to `out`.
void append_escaped(std::string& out, std::string_view text, bool block_start) {
    out.reserve(out.size() + text.size());
    std::size_t i = 0;
    if (block_start && !text.empty()) {
        const char c = text[0];
        if (c == '-' || c == '+' || c == '=') {
            out += '\\';
            out += c;
            i = 1;
        } else if (c >= '0' && c <= '9') {
            // "1." or "1)" at the start of a block would begin an ordered list.
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
            out.append(text.substr(0, i));
            if (i < text.size() && (text[i] == '.' || text[i] == ')')) {
                out += '\\';
                out += text[i];
                ++i;
            }
        }
    }
    while (i < text.size()) {
        // Most of a text is copied as it is, a run at a time.
        std::size_t run = i;
        while (run < text.size() && !markdown_changes.changes[static_cast<unsigned char>(text[run])]) ++run;
        out.append(text.data() + i, run - i);
        if (run == text.size()) break;
        const char c = text[run];
        if (c == '&') out += "&amp;";
        else if (c == '\n' || c == '\r') out += ' ';
        else {
            out += '\\';
            out += c;
        }
        i = run + 1;
    }
}

std::string escape(std::string_view text, bool block_start) {
    std::string out;
    append_escaped(out, text, block_start);
    return out;
}

class MarkdownWriter final : public Sink {
public:
    MarkdownWriter(std::ostream& out, const WriteOptions& options) : m_out(out), m_options(options) {}

    void begin(const Document& header) override { m_page = header.page; }
    void block(const Block& block) override {
        if (std::holds_alternative<Figure>(block)) return;  // drawings are for HTML
        if (!std::exchange(m_first, false)) m_out << '\n';
        std::visit([this](const auto& b) { this->write(b); }, block);
    }
    void begin_data(const Table&) override {}  // data tables are for CSV and JSON
    void row(const Row&) override {}
    void end_data() override {}
    void end() override {}

private:
    // `line_break` is what a forced break becomes in this context (a table cell cannot hold a
    // newline).
    // `block_start`: the content begins a paragraph or a list item (not a table cell), where a
    // leading `#`, `-`, `+`, `=` or `1.` would be read as markup.
    std::string render(const Inline& content, std::string_view line_break_markup, bool block_start = true) const {
        std::string out;
        append_rendered(out, content, line_break_markup, block_start);
        return out;
    }

    // The same added to `out` (a table's row is made as one line).
    void append_rendered(std::string& out, const Inline& content, std::string_view line_break_markup,
                         bool block_start) const {
        bool start = block_start;
        for (const auto& span : content) {
            if (span.line_break) {
                out += line_break_markup;
                start = block_start;
                continue;
            }
            if (span.text.empty()) continue;
            if (span.navigation && !m_options.links) continue;
            bool linked = span.link && (m_options.links || !span.link->url.empty());
            bool marked_up = span.style == Style::strong || span.style == Style::emphasis || linked;
            const std::size_t begin = out.size();
            if (linked) out += '[';
            append_escaped(out, span.text, start && !marked_up);
            start = false;
            if (linked) {
                out += "](";
                append_destination(out, relative_href(m_page, *span.link, "md"));
                out += ')';
            }
            const std::string_view marker = span.style == Style::strong ? "**" : span.style == Style::emphasis ? "*" : "";
            if (marker.empty()) continue;
            // Emphasis cannot open before or close after a space: keep the spaces outside.
            const std::size_t first = out.find_first_not_of(' ', begin);
            if (first == std::string::npos) continue;
            out.insert(out.find_last_not_of(' ') + 1, marker);
            out.insert(first, marker);
        }
    }

    void write(const Heading& h) {
        m_out << std::string(static_cast<std::size_t>(std::clamp(h.level, 1, 6)), '#') << ' '
              << render(h.content, " ") << '\n';
    }
    void write(const Paragraph& p) { m_out << render(p.content, "\\\n") << '\n'; }
    void write(const Figure&) {}
    void write(const List& list) {
        for (std::size_t i = 0; i < list.items.size(); ++i) {
            std::string bullet = list.ordered ? fmt::format("{}. ", i + 1) : std::string("- ");
            m_out << bullet << render(list.items[i], "\\\n" + std::string(bullet.size(), ' ')) << '\n';
        }
    }

    // A cell's text added to `line`.
    void append_cell(std::string& line, const Cell& c) const {
        if (const auto* content = std::get_if<Inline>(&c.value)) return append_rendered(line, *content, "<br>", false);
        line += report::cell_text(
            c, [this](const Inline& content) { return render(content, "<br>", false); },
            [](const std::string& s) { return escape(s, false); });
    }

    void write(const Table& table) {
        // Each row is made as one line and written at once.
        std::string& line = m_line;
        auto row_line = [&](std::size_t cells, auto&& append) {
            line.assign(1, '|');
            for (std::size_t c = 0; c < cells; ++c) {
                line += ' ';
                append(c);
                line += " |";
            }
            line += '\n';
            m_out.write(line.data(), static_cast<std::streamsize>(line.size()));
        };
        const std::size_t n = table.columns.size();
        row_line(n, [&](std::size_t c) {
            const Column& column = table.columns[c];
            Inline header{text(column.header)};
            if (column.link) header.front().link = std::make_shared<const Target>(*column.link);
            append_rendered(line, header, " ", false);
        });
        row_line(n, [&](std::size_t c) {
            switch (table.columns[c].align) {
            case Align::left: line += "---"; break;
            case Align::right: line += "---:"; break;
            case Align::center: line += ":---:"; break;
            }
        });
        for (const auto& row : table.rows) {
            if (row.group) {
                // The label in the first cell, the others empty.
                Inline label = *row.group;
                for (auto& span : label) span.style = Style::plain;
                row_line(n, [&](std::size_t c) {
                    if (c > 0) return;
                    line += "**";
                    append_rendered(line, label, " ", false);
                    line += "**";
                });
            } else {
                row_line(row.cells.size(), [&](std::size_t c) { append_cell(line, row.cells[c]); });
            }
        }
    }

    std::ostream& m_out;
    WriteOptions m_options;
    std::string m_page;
    bool m_first = true;
    std::string m_line;  // a table's row being made, its room kept from row to row
};

}  // namespace

std::unique_ptr<Sink> markdown_writer(std::ostream& out, const WriteOptions& options) {
    return std::make_unique<MarkdownWriter>(out, options);
}

}  // namespace stance::report
