// The LaTeX writer: the stance matrix as a booktabs tabular for papers (needs
// \usepackage{booktabs}). Every character that LaTeX treats as markup is escaped, and `--`
// cannot become a dash ligature.

#include "stance/report/writers.hpp"

namespace stance::report {

namespace {

std::string escape(std::string_view text) {
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

std::string cell_text(const Cell& c) {
    return report::cell_text(
        c, [](const Inline& content) { return escape(plain(content)); },
        [](const std::string& s) { return escape(s); });
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

void write_tex(std::ostream& out, const Document& document) {
    const Table* table = nullptr;
    for (const auto& block : document.blocks)
        if (const auto* t = std::get_if<Table>(&block); t && t->heatmap && table == nullptr) table = t;
    if (table == nullptr) return;
    const std::size_t n = table->columns.size();
    out << "% " << escape(document.title) << " (stance); needs \\usepackage{booktabs}\n";
    out << "% ++ strongly asserts, + asserts, ~ qualifies, - denies, -- strongly denies; (+) (-) derived\n";
    out << "\\begin{tabular}{";
    for (const auto& column : table->columns) out << align_letter(column.align);
    out << "}\n\\toprule\n";
    for (std::size_t c = 0; c < n; ++c) out << (c == 0 ? "" : " & ") << escape(table->columns[c].header);
    out << " \\\\\n";
    bool rule_pending = true;  // \midrule after the header, and before each group
    for (const auto& row : table->rows) {
        if (row.group) {
            out << "\\midrule\n\\multicolumn{" << n << "}{l}{\\textit{" << escape(plain(*row.group)) << "}} \\\\\n";
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
    out << "\\bottomrule\n\\end{tabular}\n";
}

}  // namespace stance::report
