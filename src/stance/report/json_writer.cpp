// The JSON writer: {"report": ..., "title": ..., and per data table an array of records}.
// Keys keep the order of the columns; numbers stay numbers (reals rounded to 4 places), lists
// become arrays, an empty cell is null, a matrix cell is {"value": n, "derived": bool}.
#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stance/report/writers.hpp"

namespace stance::report {

namespace {

using Json = nlohmann::ordered_json;

Json value(const Cell& c) {
    struct Visitor {
        Json operator()(std::monostate) const { return nullptr; }
        Json operator()(const Inline& content) const { return plain(content); }
        Json operator()(long long n) const { return n; }
        Json operator()(const Real& r) const { return std::round(r.value * 10000.0) / 10000.0; }
        Json operator()(const Mark& m) const { return Json{{"value", m.value}, {"derived", m.derived}}; }
        Json operator()(bool b) const { return b; }
        Json operator()(const std::vector<std::string>& items) const { return items; }
    };
    return std::visit(Visitor{}, c.value);
}

std::string dump(const Json& json) { return json.dump(2, ' ', false, Json::error_handler_t::replace); }

// Written field by field and record by record as they come, as Json::dump(2) would write the
// whole object: a matrix holds a record per cell, and a tree of them all would cost several times
// the output.
class JsonWriter final : public Sink {
public:
    explicit JsonWriter(std::ostream& out) : m_out(out) {}

    void begin(const Document& header) override {
        m_out << "{\n  \"report\": " << dump(Json(header.report)) << ",\n  \"title\": " << dump(Json(header.title));
    }
    void block(const Block&) override {}  // human blocks are for the other formats
    void begin_data(const Table& table) override {
        m_writing = table.json;
        if (!m_writing) return;
        m_columns = table.columns;
        m_rows = 0;
        m_out << ",\n  " << dump(Json(table.name)) << ": ";
    }
    void row(const Row& row) override {
        if (!m_writing) return;
        Json record = Json::object();
        for (std::size_t c = 0; c < row.cells.size() && c < m_columns.size(); ++c)
            record[m_columns[c].key] = value(row.cells[c]);
        std::string text = dump(record);
        for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1))
            text.insert(at + 1, "    ");  // nested two levels deep (strings hold no raw newline)
        m_out << (m_rows++ == 0 ? "[\n    " : ",\n    ") << text;
    }
    void end_data() override {
        if (m_writing) m_out << (m_rows == 0 ? "[]" : "\n  ]");
        m_writing = false;
    }
    void end() override { m_out << "\n}\n"; }

private:
    std::ostream& m_out;
    bool m_writing = false;  // inside a data table that JSON writes
    std::vector<Column> m_columns;
    std::size_t m_rows = 0;
};

}  // namespace

std::unique_ptr<Sink> json_writer(std::ostream& out) { return std::make_unique<JsonWriter>(out); }

}  // namespace stance::report
