// The CSV writer (RFC 4180): one data table of the report (the first, or the one asked for by
// name), written row by row as it comes: a header row of stable keys, CRLF line
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

class CsvWriter final : public Sink {
public:
    CsvWriter(std::ostream& out, const WriteOptions& options) : m_out(out), m_table(options.csv_table) {}

    void begin(const Document&) override {}
    void block(const Block&) override {}  // human blocks are for the other formats
    void begin_data(const Table& table) override {
        m_writing = !m_written && (m_table.empty() || table.name == m_table);
        if (!m_writing) return;
        m_written = true;
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            m_out << (c == 0 ? "" : ",") << util::csv_field(table.columns[c].key);
        m_out << "\r\n";
    }
    void row(const Row& row) override {
        if (!m_writing) return;
        // A line at a time: a wide matrix row holds thousands of fields, most of them empty.
        m_line.clear();
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            if (c > 0) m_line += ',';
            m_line += value(row.cells[c]);
        }
        m_line += "\r\n";
        m_out << m_line;
    }
    void end_data() override { m_writing = false; }
    void end() override {}

private:
    std::ostream& m_out;
    std::string m_table;
    bool m_writing = false;
    bool m_written = false;
    std::string m_line;
};

}  // namespace

std::unique_ptr<Sink> csv_writer(std::ostream& out, const WriteOptions& options) {
    return std::make_unique<CsvWriter>(out, options);
}

}  // namespace stance::report
