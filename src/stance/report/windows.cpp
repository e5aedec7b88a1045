// A report per time window, joined into one document (reports.hpp, by_window).
#include <fmt/format.h>

#include "stance/report/reports.hpp"

namespace stance::report {

namespace {

bool same_columns(const Table& a, const Table& b) {
    if (a.columns.size() != b.columns.size()) return false;
    for (std::size_t c = 0; c < a.columns.size(); ++c)
        if (a.columns[c].key != b.columns[c].key) return false;
    return true;
}

const Table* find_table(const Document& doc, const std::string& name) {
    for (const auto& table : doc.data)
        if (table.name == name) return &table;
    return nullptr;
}

}  // namespace

bool select_csv(Document& document, std::string_view name) {
    for (std::size_t i = 0; i < document.data.size(); ++i)
        if (document.data[i].name == name) return document.csv = i, true;
    return false;
}

Document by_window(const std::string& title, const std::vector<std::pair<std::string, Document>>& windows) {
    Document doc{.title = title};
    doc.blocks.push_back(Heading{1, {text(title)}});
    if (windows.empty()) {
        doc.blocks.push_back(Paragraph{{text("No stance is dated: there are no time windows.")}});
        doc.csv = doc.data.size();
        return doc;
    }
    doc.report = windows.front().second.report;
    doc.page = windows.front().second.page;
    for (std::size_t w = 0; w < windows.size(); ++w) {
        const auto& [label, window] = windows[w];
        const std::string suffix = fmt::format("-w{}", w + 1);  // keeps HTML ids apart between windows
        doc.blocks.push_back(Heading{2, {text(label)}, "window" + suffix});
        for (Block block : window.blocks) {
            if (auto* heading = std::get_if<Heading>(&block)) {
                if (heading->level == 1) continue;
                heading->level = std::min(heading->level + 1, 6);
                if (!heading->anchor.empty()) heading->anchor += suffix;
            } else if (auto* table = std::get_if<Table>(&block); table && !table->name.empty()) {
                table->name += suffix;
            }
            doc.blocks.push_back(std::move(block));
        }
    }

    // Data tables that every window has with the same columns, joined.
    const Document& first = windows.front().second;
    for (const Table& table : first.data) {
        bool shared = true;
        for (const auto& [label, window] : windows) {
            const Table* other = find_table(window, table.name);
            shared = shared && other != nullptr && same_columns(table, *other);
        }
        if (!shared) continue;
        Table joined{.name = table.name, .json = table.json};
        joined.columns.push_back({"window", "Window"});
        joined.columns.insert(joined.columns.end(), table.columns.begin(), table.columns.end());
        for (const auto& [label, window] : windows)
            for (const Row& row : find_table(window, table.name)->rows) {
                Row copy{.cells = {cell(label)}};
                copy.cells.insert(copy.cells.end(), row.cells.begin(), row.cells.end());
                joined.rows.push_back(std::move(copy));
            }
        doc.data.push_back(std::move(joined));
    }
    doc.csv = doc.data.size();
    if (first.csv >= first.data.size() || !select_csv(doc, first.data[first.csv].name)) select_csv(doc, "long");
    return doc;
}

}  // namespace stance::report
