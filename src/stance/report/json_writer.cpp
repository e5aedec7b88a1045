// The JSON writer: {"report": ..., "title": ..., and per data table an array of records}.
// Keys keep the order of the columns; numbers stay numbers (reals rounded to 4 places), lists
// become arrays, an empty cell is null, a matrix cell is {"value": n, "derived": bool}.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stance/report/writers.hpp"

namespace stance::report {

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& json) { return json.dump(2, ' ', false, Json::error_handler_t::replace); }

// A cell's value as Json::dump(2) writes it as a field of a record nested two levels deep (six
// spaces before each of the record's fields): strings escaped by the library, reals rounded.
void append_value(std::string& out, const Cell& c) {
    struct Visitor {
        std::string& out;
        void operator()(std::monostate) const { out += "null"; }
        void operator()(const Inline& content) const { out += dump(Json(plain(content))); }
        void operator()(long long n) const { out += std::to_string(n); }
        void operator()(const Real& r) const { out += dump(Json(std::round(r.value * 10000.0) / 10000.0)); }
        void operator()(const Mark& m) const {
            out += "{\n        \"value\": ";
            out += std::to_string(m.value);
            out += ",\n        \"derived\": ";
            out += m.derived ? "true" : "false";
            out += "\n      }";
        }
        void operator()(bool b) const { out += b ? "true" : "false"; }
        void operator()(const std::vector<std::string>& items) const {
            if (items.empty()) {
                out += "[]";
                return;
            }
            out += '[';
            for (std::size_t i = 0; i < items.size(); ++i) {
                out += i == 0 ? "\n        " : ",\n        ";
                out += dump(Json(items[i]));
            }
            out += "\n      ]";
        }
    };
    std::visit(Visitor{out}, c.value);
}

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
        // A key met again keeps the place where it was first met and takes the later value (as
        // assigning to a JSON object would).
        m_fields.clear();
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const std::string& key = table.columns[c].key;
            auto same = [&](const Field& field) { return field.key == key; };
            if (auto found = std::find_if(m_fields.begin(), m_fields.end(), same); found != m_fields.end())
                found->columns.push_back(c);
            else
                m_fields.push_back({key, dump(Json(key)), {c}});
        }
        m_rows = 0;
        m_out << ",\n  " << dump(Json(table.name)) << ": ";
    }
    void row(const Row& row) override {
        if (!m_writing) return;
        m_record.assign(m_rows++ == 0 ? "[\n    {" : ",\n    {");
        bool any = false;
        for (const Field& field : m_fields) {
            if (field.columns.front() >= row.cells.size()) continue;  // the row stops before the field
            std::size_t last = field.columns.front();
            for (std::size_t c : field.columns)
                if (c < row.cells.size()) last = c;
            m_record += any ? ",\n      " : "\n      ";
            any = true;
            m_record += field.json_key;
            m_record += ": ";
            append_value(m_record, row.cells[last]);
        }
        m_record += any ? "\n    }" : "}";
        m_out << m_record;
    }
    void end_data() override {
        if (m_writing) m_out << (m_rows == 0 ? "[]" : "\n  ]");
        m_writing = false;
    }
    void end() override { m_out << "\n}\n"; }

private:
    std::ostream& m_out;
    struct Field {
        std::string key;
        std::string json_key;              // escaped and quoted
        std::vector<std::size_t> columns;  // the columns with that key, in order
    };
    bool m_writing = false;  // inside a data table that JSON writes
    std::vector<Field> m_fields;
    std::size_t m_rows = 0;
    std::string m_record;    // one record at a time
};

}  // namespace

std::unique_ptr<Sink> json_writer(std::ostream& out) { return std::make_unique<JsonWriter>(out); }

}  // namespace stance::report
