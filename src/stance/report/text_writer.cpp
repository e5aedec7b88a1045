// The text writer: a report for the terminal. Tables are aligned by display width (UTF-8 wide
// and combining characters counted as the terminal shows them) and wrapped where a column asks
// for it; ANSI colour only when the caller asks (a terminal without NO_COLOR).
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <utf8proc.h>

#include "stance/report/writers.hpp"
#include "stance/util/control_chars.hpp"

namespace stance::report {

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        if (*bytes < 0x80) {  // ASCII needs no decoding: printable one column, controls none
            width += *bytes >= 0x20 && *bytes < 0x7f;
            ++bytes;
            --left;
            continue;
        }
        utf8proc_int32_t code = 0;
        utf8proc_ssize_t used = utf8proc_iterate(bytes, left, &code);
        if (used <= 0) {  // invalid byte: one column, as terminals show a replacement
            ++width;
            ++bytes;
            --left;
            continue;
        }
        width += static_cast<std::size_t>(std::max(0, utf8proc_charwidth(code)));
        bytes += used;
        left -= used;
    }
    return width;
}

namespace {

constexpr const char* reset = "\x1b[0m";

class TextWriter final : public Sink {
public:
    TextWriter(std::ostream& out, const WriteOptions& options) : m_out(out), m_colour(options.colour) {}

    void begin(const Document&) override {}
    void block(const Block& block) override { std::visit([this](const auto& b) { this->write(b); }, block); }
    void begin_data(const Table&) override {}  // data tables are for CSV and JSON
    void row(const Row&) override {}
    void end_data() override {}
    void end() override {}

private:
    std::string paint(const std::string& text, const char* code) const {
        if (!m_colour || text.empty()) return text;
        return fmt::format("\x1b[{}m{}{}", code, text, reset);
    }

    // Inline text on one line per forced break; styles become colour when it is on.
    std::string render(const Inline& content) const {
        std::string out;
        for (const auto& span : content) {
            if (span.navigation) continue;
            if (span.line_break) {
                out += '\n';
                continue;
            }
            std::string text = flatten(span.text);
            switch (span.style) {
            case Style::strong: out += paint(text, "1"); break;
            case Style::emphasis: out += paint(text, "3"); break;
            case Style::muted: out += paint(text, "2"); break;
            case Style::plain: out += text; break;
            }
        }
        return out;
    }

    // User text may hold line breaks (`\n` in a string): inside a line they become spaces.
    // Other control characters are shown escaped: a terminal would obey them.
    static std::string flatten(std::string text) {
        std::replace(text.begin(), text.end(), '\n', ' ');
        std::replace(text.begin(), text.end(), '\r', ' ');
        std::replace(text.begin(), text.end(), '\t', ' ');
        return util::escape_controls(text);
    }

    void separate() {
        if (m_started) m_out << '\n';
        m_started = true;
    }

    void write(const Heading& h) {
        separate();
        std::string plain_text = flatten(plain(h.content));
        if (h.level <= 2) {
            m_out << paint(plain_text, "1") << '\n'
                  << std::string(display_width(plain_text), h.level == 1 ? '=' : '-') << '\n';
        } else {
            m_out << paint(plain_text, "1") << '\n';
        }
    }

    void write(const Figure&) {}  // a drawing: the tables say the same in words

    void write(const Paragraph& p) {
        separate();
        m_out << render(p.content) << '\n';
    }

    void write(const List& list) {
        separate();
        for (std::size_t i = 0; i < list.items.size(); ++i) {
            std::string bullet = list.ordered ? fmt::format("{}. ", i + 1) : std::string("- ");
            std::string indent(bullet.size(), ' ');
            std::string item = render(list.items[i]);
            std::size_t start = 0;
            bool first = true;
            while (true) {
                std::size_t end = item.find('\n', start);
                m_out << (first ? bullet : indent) << item.substr(start, end - start) << '\n';
                first = false;
                if (end == std::string::npos) break;
                start = end + 1;
            }
        }
    }

    static std::vector<std::string> wrap(const std::string& line, std::size_t width) {
        if (width == 0 || display_width(line) <= width) return {line};
        std::vector<std::string> lines;
        std::string current;
        std::size_t start = 0;
        while (start <= line.size()) {
            std::size_t end = line.find(' ', start);
            if (end == std::string::npos) end = line.size();
            std::string word = line.substr(start, end - start);
            if (!current.empty() && display_width(current) + 1 + display_width(word) > width) {
                lines.push_back(current);
                current.clear();
            }
            current += (current.empty() ? "" : " ") + word;
            start = end + 1;
        }
        if (!current.empty()) lines.push_back(current);
        return lines;
    }

    static std::string cell_text(const Cell& c) {
        return report::cell_text(c, plain, [](const std::string& s) { return s; });
    }

    static std::vector<std::string> cell_lines(const Cell& c, std::size_t width) {
        std::string all = cell_text(c);
        std::vector<std::string> lines;
        std::size_t start = 0;
        while (true) {
            std::size_t end = all.find('\n', start);
            for (auto& line : wrap(flatten(all.substr(start, end - start)), width)) lines.push_back(std::move(line));
            if (end == std::string::npos) break;
            start = end + 1;
        }
        return lines;
    }

    const char* mark_colour(const Mark& m) const {
        if (m.derived) return m.value > 0 ? "2;34" : "2;31";
        switch (m.value) {
        case 2: return "1;34";
        case 1: return "34";
        case -1: return "31";
        case -2: return "1;31";
        default: return "33";
        }
    }

    static std::string pad(const std::string& text, std::size_t width, Align align) {
        std::size_t w = display_width(text);
        std::size_t space = width > w ? width - w : 0;
        switch (align) {
        case Align::left: return text + std::string(space, ' ');
        case Align::right: return std::string(space, ' ') + text;
        case Align::center: return std::string(space / 2, ' ') + text + std::string(space - space / 2, ' ');
        }
        return text;
    }

    void write(const Table& table) {
        separate();
        const std::size_t n = table.columns.size();
        // Lines of every cell, then column widths.
        std::vector<std::vector<std::vector<std::string>>> rows;
        std::vector<std::size_t> width(n, 0);
        std::vector<std::string> headers;
        for (std::size_t c = 0; c < n; ++c) {
            headers.push_back(flatten(table.columns[c].header));
            width[c] = display_width(headers.back());
        }
        for (const auto& row : table.rows) {
            std::vector<std::vector<std::string>> lines;
            if (!row.group) {
                for (std::size_t c = 0; c < n && c < row.cells.size(); ++c) {
                    lines.push_back(cell_lines(row.cells[c], table.columns[c].wrap));
                    for (const auto& line : lines.back()) width[c] = std::max(width[c], display_width(line));
                }
            }
            rows.push_back(std::move(lines));
        }

        auto emit = [&](const std::vector<std::string>& cells, const std::vector<const Mark*>& marks) {
            std::string line;
            for (std::size_t c = 0; c < n; ++c) {
                std::string padded = pad(c < cells.size() ? cells[c] : std::string(), width[c], table.columns[c].align);
                if (c < marks.size() && marks[c] != nullptr && m_colour) padded = paint(padded, mark_colour(*marks[c]));
                line += (c == 0 ? "" : "  ") + padded;
            }
            while (!line.empty() && line.back() == ' ') line.pop_back();
            m_out << line << '\n';
        };

        std::vector<std::string> rules;
        for (std::size_t c = 0; c < n; ++c) {
            rules.push_back(std::string(width[c], '-'));
        }
        emit(headers, {});
        emit(rules, {});
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const Row& row = table.rows[r];
            if (row.group) {
                m_out << paint(flatten(plain(*row.group)), "1") << '\n';
                continue;
            }
            std::vector<const Mark*> marks;
            std::size_t height = 1;
            for (std::size_t c = 0; c < rows[r].size(); ++c) {
                marks.push_back(std::get_if<Mark>(&row.cells[c].value));
                height = std::max(height, rows[r][c].size());
            }
            for (std::size_t l = 0; l < height; ++l) {
                std::vector<std::string> cells;
                for (const auto& lines : rows[r]) cells.push_back(l < lines.size() ? lines[l] : std::string());
                emit(cells, marks);
            }
            // Rows of more than one line are set apart so that they read as one.
            if (height > 1 && r + 1 < table.rows.size()) m_out << '\n';
        }
    }

    std::ostream& m_out;
    bool m_colour;
    bool m_started = false;
};

}  // namespace

std::unique_ptr<Sink> text_writer(std::ostream& out, const WriteOptions& options) {
    return std::make_unique<TextWriter>(out, options);
}

}  // namespace stance::report
