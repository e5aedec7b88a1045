// The text writer: a report for the terminal. Tables are aligned by display width (UTF-8 wide
// and combining characters counted as the terminal shows them) and wrapped where a column asks
// for it; ANSI colour only when the caller asks (a terminal without NO_COLOR).
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <utf8proc.h>

#include "stance/report/writers.hpp"
#include "stance/util/control_chars.hpp"

namespace stance::report {

namespace {

// Whether the 8 bytes of `word` are all printable ASCII (0x20..0x7e): one column each.
bool printable_ascii(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    const std::uint64_t below_space = (word - 0x20 * ones) & ~word & highs;  // a byte < 0x20
    const std::uint64_t del = word ^ (0x7f * ones);
    const std::uint64_t is_del = (del - ones) & ~del & highs;  // a byte == 0x7f
    return ((word & highs) | below_space | is_del) == 0;
}

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        if (std::uint64_t word = 0; left >= 8 && (std::memcpy(&word, bytes, 8), printable_ascii(word))) {
            width += 8;
            bytes += 8;
            left -= 8;
            continue;
        }
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
        // Most text has no control character (nor the lead byte 0xc2 of a C1 control) to escape.
        bool escapes = false;
        for (char& c : text) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x20 && byte != 0x7f && byte != 0xc2) continue;
            if (c == '\n' || c == '\r' || c == '\t') c = ' ';
            else escapes = true;
        }
        return escapes ? util::escape_controls(text) : text;
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

    // A line of a cell with its display width, measured once.
    struct Line {
        std::string text;
        std::size_t width = 0;
    };

    // Words joined by single spaces up to `width` columns a line (0: never wrapped).
    static void wrap(std::string line, std::size_t width, std::vector<Line>& lines) {
        // A line of no more bytes than `width` fits (a character takes at most a column a byte):
        // it is measured once, not word by word.
        if (width == 0 || line.size() <= width) {
            const std::size_t whole = display_width(line);
            lines.push_back({std::move(line), whole});
            return;
        }
        // The width of a line is the sum of its words' and its spaces': words are measured once.
        const std::size_t first = lines.size();
        std::size_t whole = 0;
        Line current;
        std::size_t start = 0;
        while (start <= line.size()) {
            std::size_t end = line.find(' ', start);
            if (end == std::string::npos) end = line.size();
            const std::string_view word = std::string_view(line).substr(start, end - start);
            const std::size_t word_width = display_width(word);
            if (!current.text.empty() && current.width + 1 + word_width > width) {
                lines.push_back(std::move(current));
                current = {};
            }
            if (!current.text.empty()) {
                current.text += ' ';
                current.width += 1;
            }
            current.text += word;
            current.width += word_width;
            whole += word_width + (end < line.size());
            start = end + 1;
        }
        if (whole <= width) {  // it fits after all (characters of several bytes)
            lines.resize(first);
            lines.push_back({std::move(line), whole});
            return;
        }
        if (!current.text.empty()) lines.push_back(std::move(current));
    }

    static std::string cell_text(const Cell& c) {
        return report::cell_text(c, plain, [](const std::string& s) { return s; });
    }

    // A cell's lines: its text (plain() of its content) split at each newline, each flattened
    // and wrapped. Content is split as it is read, not joined into one text first.
    static std::vector<Line> cell_lines(const Cell& c, std::size_t width) {
        std::vector<Line> lines;
        std::string line;
        auto add = [&](std::string_view text) {
            for (std::size_t end; (end = text.find('\n')) != std::string_view::npos; text.remove_prefix(end + 1)) {
                line.append(text.substr(0, end));
                wrap(flatten(std::move(line)), width, lines);
                line.clear();
            }
            line.append(text);
        };
        if (const auto* content = std::get_if<Inline>(&c.value)) {
            for (const auto& span : *content)
                if (!span.navigation) add(span.line_break ? std::string_view("\n") : std::string_view(span.text));
        } else {
            add(cell_text(c));
        }
        wrap(flatten(std::move(line)), width, lines);
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

    // The line padded to `width`, added to `out`.
    static void append_padded(std::string& out, const Line& line, std::size_t width, Align align) {
        std::size_t space = width > line.width ? width - line.width : 0;
        switch (align) {
        case Align::left: out.append(line.text).append(space, ' '); return;
        case Align::right: out.append(space, ' ').append(line.text); return;
        case Align::center: out.append(space / 2, ' ').append(line.text).append(space - space / 2, ' '); return;
        }
        out += line.text;
    }

    void write(const Table& table) {
        separate();
        const std::size_t n = table.columns.size();
        // Lines of every cell, then column widths.
        std::vector<std::vector<std::vector<Line>>> rows;
        std::vector<std::size_t> width(n, 0);
        std::vector<Line> headers;
        for (std::size_t c = 0; c < n; ++c) {
            std::string header = flatten(table.columns[c].header);
            const std::size_t header_width = display_width(header);
            headers.push_back({std::move(header), header_width});
            width[c] = header_width;
        }
        rows.reserve(table.rows.size());
        for (const auto& row : table.rows) {
            std::vector<std::vector<Line>> lines;
            if (!row.group) {
                for (std::size_t c = 0; c < n && c < row.cells.size(); ++c) {
                    lines.push_back(cell_lines(row.cells[c], table.columns[c].wrap));
                    for (const auto& line : lines.back()) width[c] = std::max(width[c], line.width);
                }
            }
            rows.push_back(std::move(lines));
        }

        const Line blank;
        std::string line;
        auto emit = [&](auto&& cell_line, const std::vector<const Mark*>& marks) {
            line.clear();
            for (std::size_t c = 0; c < n; ++c) {
                if (c > 0) line += "  ";
                if (c < marks.size() && marks[c] != nullptr && m_colour) {
                    std::string padded;
                    append_padded(padded, cell_line(c), width[c], table.columns[c].align);
                    line += paint(padded, mark_colour(*marks[c]));
                } else {
                    append_padded(line, cell_line(c), width[c], table.columns[c].align);
                }
            }
            while (!line.empty() && line.back() == ' ') line.pop_back();
            line += '\n';
            m_out.write(line.data(), static_cast<std::streamsize>(line.size()));
        };

        std::vector<Line> rules;
        for (std::size_t c = 0; c < n; ++c) rules.push_back({std::string(width[c], '-'), width[c]});
        emit([&](std::size_t c) -> const Line& { return headers[c]; }, {});
        emit([&](std::size_t c) -> const Line& { return rules[c]; }, {});
        std::vector<const Mark*> marks;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const Row& row = table.rows[r];
            if (row.group) {
                m_out << paint(flatten(plain(*row.group)), "1") << '\n';
                continue;
            }
            marks.clear();
            std::size_t height = 1;
            for (std::size_t c = 0; c < rows[r].size(); ++c) {
                marks.push_back(std::get_if<Mark>(&row.cells[c].value));
                height = std::max(height, rows[r][c].size());
            }
            for (std::size_t l = 0; l < height; ++l)
                emit([&](std::size_t c) -> const Line& {
                    return c < rows[r].size() && l < rows[r][c].size() ? rows[r][c][l] : blank;
                }, marks);
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
