// The JSON writer: {"report": ..., "title": ..., and per data table an array of records}.
// Keys keep the order of the columns; numbers stay numbers (reals rounded to 4 places), lists
// become arrays, an empty cell is null, a matrix cell is {"value": n, "derived": bool}.
#include <cmath>

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
    Json root;
    root["report"] = document.report;
    root["title"] = document.title;
    for (const auto& table : document.data) {
        if (!table.json) continue;
        Json records = Json::array();
        for (const auto& row : table.rows) {
            Json record = Json::object();
            for (std::size_t c = 0; c < row.cells.size() && c < table.columns.size(); ++c)
                record[table.columns[c].key] = value(row.cells[c]);
            records.push_back(std::move(record));
        }
        root[table.name] = std::move(records);
    }
    out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace stance::report
