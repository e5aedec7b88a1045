// The CSV writer (RFC 4180): the document's CSV table, a header row of stable keys, CRLF line
// ends, text fields as util::csv_field writes them (quoted when needed; a formula kept as text).
// Numbers stay numbers; a derived matrix cell is written in parentheses, "(1)"; a list is joined
// with "; "; a flag is 1 or 0.
#include <fmt/format.h>

#include "stance/report/writers.hpp"
#include "stance/util/markup_escape.hpp"

namespace stance::report {

namespace {

std::string value(const Cell& c) {
    struct Visitor {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const Inline& content) const { return util::csv_field(plain(content)); }
        std::string operator()(long long n) const { return std::to_string(n); }
        std::string operator()(const Real& r) const { return fmt::format("{:.4f}", r.value); }
        std::string operator()(const Mark& m) const {
            return m.derived ? fmt::format("({})", m.value) : std::to_string(m.value);
        }
        std::string operator()(bool b) const { return b ? "1" : "0"; }
        std::string operator()(const std::vector<std::string>& items) const {
            std::string out;
            for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
            return util::csv_field(out);
        }
    };
    return std::visit(Visitor{}, c.value);
}

}  // namespace

void write_csv(std::ostream& out, const Document& document) {
    if (document.csv >= document.data.size()) return;
    const Table& table = document.data[document.csv];
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        out << (c == 0 ? "" : ",") << util::csv_field(table.columns[c].key);
    out << "\r\n";
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.cells.size(); ++c) out << (c == 0 ? "" : ",") << value(row.cells[c]);
        out << "\r\n";
    }
}

}  // namespace stance::report
