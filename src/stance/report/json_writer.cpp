// The JSON writer: {"report": ..., "title": ..., and per data table an array of records}.
// Keys keep the order of the columns; numbers stay numbers (reals rounded to 4 places), lists
// become arrays, an empty cell is null, a matrix cell is {"value": n, "derived": bool}.
#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
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

}  // namespace

void write_json(std::ostream& out, const Document& document) {
    // Written field by field and record by record, as Json::dump(2) would write the whole object:
    // a matrix holds a record per cell, and a tree of them all would cost several times the output.
    auto dump = [](const Json& json) { return json.dump(2, ' ', false, Json::error_handler_t::replace); };
    // The fields in order of first assignment, each with its last value (as root[key] = value).
    std::vector<std::pair<std::string, const Table*>> fields = {{"report", nullptr}, {"title", nullptr}};
    for (const auto& table : document.data) {
        if (!table.json) continue;
        auto same = [&](const auto& field) { return field.first == table.name; };
        if (auto found = std::find_if(fields.begin(), fields.end(), same); found != fields.end())
            found->second = &table;
        else
            fields.emplace_back(table.name, &table);
    }
    out << "{\n";
    for (std::size_t f = 0; f < fields.size(); ++f) {
        const auto& [key, table] = fields[f];
        out << "  " << dump(Json(key)) << ": ";
        if (table == nullptr) {
            out << dump(Json(key == "report" ? document.report : document.title));
        } else if (table->rows.empty()) {
            out << "[]";
        } else {
            out << "[\n";
            for (std::size_t r = 0; r < table->rows.size(); ++r) {
                const Row& row = table->rows[r];
                Json record = Json::object();
                for (std::size_t c = 0; c < row.cells.size() && c < table->columns.size(); ++c)
                    record[table->columns[c].key] = value(row.cells[c]);
                std::string text = dump(record);
                for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1))
                    text.insert(at + 1, "    ");  // nested two levels deep (strings hold no raw newline)
                out << "    " << text << (r + 1 < table->rows.size() ? ",\n" : "\n  ]");
            }
        }
        out << (f + 1 < fields.size() ? ",\n" : "\n");
    }
    out << "}\n";
}

}  // namespace stance::report
