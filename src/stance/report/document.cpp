#include "stance/report/document.hpp"

#include <utility>

#include <fmt/format.h>

namespace stance::report {

Span text(std::string value) { return Span{std::move(value)}; }
Span strong(std::string value) { return Span{std::move(value), Style::strong}; }
Span emphasis(std::string value) { return Span{std::move(value), Style::emphasis}; }
Span muted(std::string value) { return Span{std::move(value), Style::muted}; }
Span link(std::string value, Target target) { return Span{std::move(value), Style::plain, std::make_shared<const Target>(std::move(target))}; }
Span line_break() { return Span{{}, Style::plain, nullptr, true}; }

void append_navigation(Inline& content, std::string label, Target target) {
    Span space = text(" ");
    space.navigation = true;
    Span to = link(std::move(label), std::move(target));
    to.navigation = true;
    content.push_back(std::move(space));
    content.push_back(std::move(to));
}

std::string plain(const Inline& content) {
    std::string result;
    for (const auto& span : content)
        if (!span.navigation) result += span.line_break ? std::string("\n") : span.text;
    return result;
}

std::string mark_text(const Mark& mark) {
    const char* symbol = "~";
    switch (mark.value) {
    case 2: symbol = "++"; break;
    case 1: symbol = "+"; break;
    case -1: symbol = "-"; break;
    case -2: symbol = "--"; break;
    default: break;
    }
    return mark.derived ? std::string("(") + symbol + ")" : std::string(symbol);
}

Cell cell(Inline content) { return Cell{std::move(content), {}}; }
Cell cell(std::string content) { return Cell{Inline{text(std::move(content))}, {}}; }
Cell cell(const char* content) { return cell(std::string(content)); }
Cell cell(long long number) { return Cell{number, {}}; }
Cell cell(int number) { return Cell{static_cast<long long>(number), {}}; }
Cell cell(Real number) { return Cell{number, {}}; }
Cell cell(Mark mark, Inline tip) { return Cell{mark, std::move(tip)}; }
Cell cell(bool flag) { return Cell{flag, {}}; }
Cell cell(std::vector<std::string> items) { return Cell{std::move(items), {}}; }
Cell empty_cell() { return Cell{}; }

void Recorder::begin(const Document& header) {
    m_doc.report = header.report;
    m_doc.page = header.page;
    m_doc.title = header.title;
}

void Recorder::begin_data(const Table& table) {
    m_doc.data.push_back(Table{.name = table.name, .columns = table.columns, .heatmap = table.heatmap, .json = table.json});
}

void Tee::begin(const Document& header) {
    for (Sink* sink : m_sinks) sink->begin(header);
}
void Tee::block(const Block& block) {
    for (Sink* sink : m_sinks) sink->block(block);
}
void Tee::begin_data(const Table& table) {
    for (Sink* sink : m_sinks) sink->begin_data(table);
}
void Tee::row(const Row& row) {
    for (Sink* sink : m_sinks) sink->row(row);
}
void Tee::end_data() {
    for (Sink* sink : m_sinks) sink->end_data();
}
void Tee::end() {
    for (Sink* sink : m_sinks) sink->end();
}

void send_data(Sink& sink, const Table& table) {
    sink.begin_data(table);
    for (const Row& row : table.rows) sink.row(row);
    sink.end_data();
}

void replay(const Document& document, Sink& sink) {
    sink.begin(document);
    for (const Block& block : document.blocks) sink.block(block);
    for (const Table& table : document.data) send_data(sink, table);
    sink.end();
}

std::string cell_text(const Cell& cell, const std::function<std::string(const Inline&)>& render,
                      const std::function<std::string(const std::string&)>& escape) {
    struct Visitor {
        const std::function<std::string(const Inline&)>& render;
        const std::function<std::string(const std::string&)>& escape;
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const Inline& content) const { return render(content); }
        std::string operator()(long long n) const { return std::to_string(n); }
        std::string operator()(const Real& r) const { return fmt::format("{:.{}f}", r.value, r.precision); }
        std::string operator()(const Mark& m) const { return escape(mark_text(m)); }
        std::string operator()(bool b) const { return b ? "yes" : "no"; }
        std::string operator()(const std::vector<std::string>& items) const {
            std::string out;
            for (const auto& item : items) out += (out.empty() ? "" : "; ") + escape(item);
            return out;
        }
    };
    return std::visit(Visitor{render, escape}, cell.value);
}

}  // namespace stance::report
