// The CSV writer (RFC 4180): the document's CSV table, a header row of stable keys, CRLF line
// ends, a field quoted when it holds a comma, a quote, CR or LF (quotes doubled). Numbers stay
// numbers; a derived matrix cell is written in parentheses, "(1)"; a list is joined with "; ";
// a flag is 1 or 0. A text field that a spreadsheet would run as a formula (starting with = + -
// or @, after any white space or control characters, which spreadsheets skip) gets a leading
// apostrophe.
#include <fmt/format.h>

#include "stance/report/writers.hpp"

namespace stance::report {

namespace {

bool formula_like(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && static_cast<unsigned char>(text[i]) <= ' ') ++i;
    return i < text.size() && (text[i] == '=' || text[i] == '+' || text[i] == '-' || text[i] == '@');
}

std::string field(std::string text, bool is_text) {
    if (is_text && formula_like(text)) text.insert(text.begin(), '\'');
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string value(const Cell& c) {
    struct Visitor {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const Inline& content) const { return field(plain(content), true); }
        std::string operator()(long long n) const { return std::to_string(n); }
        std::string operator()(const Real& r) const { return fmt::format("{:.4f}", r.value); }
        std::string operator()(const Mark& m) const {
            return m.derived ? fmt::format("({})", m.value) : std::to_string(m.value);
        }
        std::string operator()(bool b) const { return b ? "1" : "0"; }
        std::string operator()(const std::vector<std::string>& items) const {
            std::string out;
            for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
            return field(out, true);
        }
    };
    return std::visit(Visitor{}, c.value);
}

}  // namespace

void write_csv(std::ostream& out, const Document& document) {
    if (document.csv >= document.data.size()) return;
    const Table& table = document.data[document.csv];
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        out << (c == 0 ? "" : ",") << field(table.columns[c].key, false);
    out << "\r\n";
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.cells.size(); ++c) out << (c == 0 ? "" : ",") << value(row.cells[c]);
        out << "\r\n";
    }
}

}  // namespace stance::report
