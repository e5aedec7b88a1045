// The LaTeX writer: the stance matrix as a booktabs table float for papers (needs
// \usepackage{booktabs}), with a caption, a label, and every stated cell citing its source with
// \cite{KEY} (the keys of `report sources --format bib`). Every character that LaTeX treats as
// markup is escaped, and `--` cannot become a dash ligature.

#include <string_view>
#include <unordered_set>
#include <utility>

#include "stance/report/writers.hpp"

namespace stance::report {

namespace {

std::string cite(const std::vector<std::string>& keys) {
    std::string out = "\\cite{";
    for (std::size_t i = 0; i < keys.size(); ++i) out += (i == 0 ? "" : ",") + keys[i];
    return out + "}";
}

std::string cell_text(const Cell& c) {
    std::string text = report::cell_text(
        c, [](const Inline& content) { return tex_escape(plain(content)); },
        [](const std::string& s) { return tex_escape(s); });
    if (!c.cites.empty()) text += "\\," + cite(c.cites);
    return text;
}

// Every key the table's cells cite, first cited first: linear in the citations.
std::vector<std::string> cited_keys(const Table& table) {
    std::vector<std::string> keys;
    std::unordered_set<std::string_view> seen;  // views of the table's own keys
    for (const auto& row : table.rows)
        for (const auto& c : row.cells)
            for (const auto& key : c.cites)
                if (seen.insert(key).second) keys.push_back(key);
    return keys;
}

char align_letter(Align align) {
    switch (align) {
    case Align::left: return 'l';
    case Align::right: return 'r';
    case Align::center: return 'c';
    }
    return 'l';
}

}  // namespace

std::string tex_escape(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        switch (c) {
        case '\\': out += "\\textbackslash{}"; break;
        case '{': case '}': case '%': case '$': case '&': case '#': case '_':
            out += '\\';
            out += c;
            break;
        case '~': out += "\\textasciitilde{}"; break;
        case '^': out += "\\textasciicircum{}"; break;
        case '<': out += "\\textless{}"; break;
        case '>': out += "\\textgreater{}"; break;
        case '|': out += "\\textbar{}"; break;
        case '\n': case '\r': case '\t': out += ' '; break;
        case '-':
            out += '-';
            if (i + 1 < text.size() && text[i + 1] == '-') out += "{}";
            break;
        default: out += c;
        }
    }
    return out;
}

namespace {

// The heat map as a booktabs table float, captioned with the document's title.
void write_table(std::ostream& out, const Document& document, const Table& table) {
    const std::size_t n = table.columns.size();
    out << "% " << tex_escape(document.title) << " (stance); needs \\usepackage{booktabs}\n";
    out << "\\begin{table}\n\\centering\n\\caption{" << tex_escape(document.title)
        << ". ++ strongly asserts, + asserts, \\textasciitilde{} qualifies, - denies, -{}- strongly denies; "
           "(+) and (-) derived commitments.";
    if (auto keys = cited_keys(table); !keys.empty()) out << " Sources: " << cite(keys) << ".";
    out << "}\n\\label{tab:" << document.page << "}\n";
    out << "\\begin{tabular}{";
    for (const auto& column : table.columns) {
        // A column of sentences (claim text) wraps in a paragraph column of about that many characters.
        if (column.wrap > 0) out << "p{" << column.wrap / 2 << "em}";
        else out << align_letter(column.align);
    }
    out << "}\n\\toprule\n";
    for (std::size_t c = 0; c < n; ++c) out << (c == 0 ? "" : " & ") << tex_escape(table.columns[c].header);
    out << " \\\\\n";
    bool rule_pending = true;  // \midrule after the header, and before each group
    for (const auto& row : table.rows) {
        if (row.group) {
            out << "\\midrule\n\\multicolumn{" << n << "}{l}{\\textit{" << tex_escape(plain(*row.group)) << "}} \\\\\n";
            rule_pending = false;
            continue;
        }
        if (rule_pending) {
            out << "\\midrule\n";
            rule_pending = false;
        }
        for (std::size_t c = 0; c < n && c < row.cells.size(); ++c)
            out << (c == 0 ? "" : " & ") << cell_text(row.cells[c]);
        out << " \\\\\n";
    }
    out << "\\bottomrule\n\\end{tabular}\n\\end{table}\n";
}

// The document's first heat-map table, written when it arrives; nothing else is.
class TexWriter final : public Sink {
public:
    explicit TexWriter(std::ostream& out) : m_out(out) {}

    void begin(const Document& header) override {
        m_header = Document{.report = header.report, .page = header.page, .title = header.title};
    }
    void block(const Block& block) override {
        if (const auto* table = std::get_if<Table>(&block); table && table->heatmap && !std::exchange(m_written, true))
            write_table(m_out, m_header, *table);
    }
    void begin_data(const Table&) override {}
    void row(const Row&) override {}
    void end_data() override {}
    void end() override {
        if (!m_written) throw no_form(m_header.report, Format::tex);
    }

private:
    std::ostream& m_out;
    Document m_header;
    bool m_written = false;
};

}  // namespace

std::unique_ptr<Sink> tex_writer(std::ostream& out) { return std::make_unique<TexWriter>(out); }

}  // namespace stance::report
