// The HTML writer: one self-contained page (inline CSS and JS, a Content-Security-Policy that
// forbids every network request), light and dark mode through prefers-color-scheme. Tables
// sort by any column (a small inline script; buttons, so the keyboard works too). A heat-map
// table (the stance matrix) colours its cells on a red..blue diverging scale, derived cells
// paler, and shows each cell's quotes and source on hover and on keyboard focus. Every string
// from the corpus goes through util::markup_escape(): text and attribute values alike.
#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "stance/report/writers.hpp"
#include "stance/util/markup_escape.hpp"

namespace stance::report {

namespace {

constexpr const char* style_sheet = R"css(
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #656d76; --line: #d0d7de;
  --head: #f6f8fa; --link: #0969da; --tip-bg: #ffffff; --tip-fg: #1f2328;
  --p2: #2166ac; --p2-fg: #ffffff; --p1: #92c5de; --p1-fg: #0b2540; --z0: #ececec; --z0-fg: #1f2328;
  --n1: #f4a582; --n1-fg: #3d0c06; --n2: #b2182b; --n2-fg: #ffffff;
  --dp: #dceaf3; --dp-fg: #3a5a78; --dn: #fbe3d6; --dn-fg: #7a3b30; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0; --line: #30363d; --head: #161b22; --link: #4493f8;
    --tip-bg: #1c2128; --tip-fg: #e6edf3;
    --p2: #4393c3; --p2-fg: #ffffff; --p1: #2b5d86; --p1-fg: #e6edf3; --z0: #3b3f45; --z0-fg: #e6edf3;
    --n1: #9c4a3a; --n1-fg: #fbe9e4; --n2: #d6604d; --n2-fg: #ffffff;
    --dp: #1d2e3d; --dp-fg: #8fb4d3; --dn: #3a2422; --dn-fg: #d9a197; } }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { padding: 1rem 1.5rem 3rem; max-width: 90rem; }
nav { padding: .5rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--head); }
nav a { margin-right: 1rem; }
a { color: var(--link); }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
.muted { color: var(--muted); font-size: .9em; }
.scroll { overflow-x: auto; padding-bottom: 12rem; margin-bottom: -11rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); position: sticky; top: 0; z-index: 2; white-space: nowrap; }
th.right, td.right { text-align: right; } th.center, td.center { text-align: center; }
th.camp, td.camp { border-left: 3px solid var(--muted); }
tr.group th { background: var(--head); font-weight: normal; }
table.sorted tr.group { display: none; }
button.sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0;
  cursor: pointer; }
button.sort::after { content: " \2195"; color: var(--muted); }
th[aria-sort="ascending"] button.sort::after { content: " \2191"; }
th[aria-sort="descending"] button.sort::after { content: " \2193"; }
figure { margin: 1rem 0; }
.drawing { overflow: auto; max-height: 85vh; background: #ffffff; border: 1px solid var(--line); border-radius: 6px;
  padding: .5rem; }
.drawing svg { display: block; margin: 0 auto; max-width: none; }
figcaption { color: var(--muted); margin-top: .4rem; }
table.heatmap td.m { text-align: center; vertical-align: middle; min-width: 2.2rem; font-weight: 600;
  position: relative; }
table.heatmap td:first-child { white-space: nowrap; }
table.heatmap td.wrap { white-space: normal; min-width: 16rem; }
td.m:focus { outline: 2px solid var(--link); outline-offset: -2px; }
td.p2 { background: var(--p2); color: var(--p2-fg); } td.p1 { background: var(--p1); color: var(--p1-fg); }
td.z0 { background: var(--z0); color: var(--z0-fg); }
td.n1 { background: var(--n1); color: var(--n1-fg); } td.n2 { background: var(--n2); color: var(--n2-fg); }
td.d.p1, td.d.p2 { background: var(--dp); color: var(--dp-fg); font-weight: normal; }
td.d.n1, td.d.n2 { background: var(--dn); color: var(--dn-fg); font-weight: normal; }
.tip { display: none; position: absolute; z-index: 5; top: 100%; left: 0; width: max-content; max-width: 28rem;
  padding: .5rem .7rem; text-align: left; font-weight: normal; white-space: normal;
  background: var(--tip-bg); color: var(--tip-fg); border: 1px solid var(--line); border-radius: 6px;
  box-shadow: 0 4px 14px rgba(0, 0, 0, .25); }
td.m:hover .tip, td.m:focus .tip, td.m:focus-within .tip { display: block; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  :root { --bg: #ffffff; --fg: #000000; --muted: #555555; --line: #999999; --head: #f0f0f0; --link: #000000;
    --p2: #2166ac; --p1: #92c5de; --z0: #ececec; --n1: #f4a582; --n2: #b2182b; --dp: #dceaf3; --dp-fg: #3a5a78;
    --dn: #fbe3d6; --dn-fg: #7a3b30; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 8.5pt; } main { padding: 0; max-width: none; }
  nav, .tip { display: none !important; }
  button.sort::after { content: none !important; }
  a { text-decoration: none; }
  .scroll { overflow: visible; padding: 0; margin: 0; }
  thead th { position: static; }
  thead { display: table-header-group; } tr { break-inside: avoid; }
  table.heatmap thead th.m { vertical-align: bottom; padding: .2rem 0; }
  table.heatmap thead th.m > span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
  table.heatmap td.m { min-width: 0; padding: .1rem .2rem; }
  table.heatmap td:first-child { white-space: normal; }
  td.p2, td.n2 { color: #ffffff; } td.p1, td.z0, td.n1 { color: #000000; }
}
)css";

constexpr const char* script = R"js(
(function () {
  // A cell's text as the report has it (plain, a line break as a newline), unless data-sort
  // gives its key (numbers, marks, lists, and text that differs from what the cell shows).
  function text(node) {
    var out = '';
    node.childNodes.forEach(function (child) {
      if (child.nodeType === 3) out += child.nodeValue;
      else if (child.nodeName === 'BR') out += '\n';
      else if (child.nodeType === 1) out += text(child);
    });
    return out;
  }
  function key(row, column) {
    var cell = row.cells[column];
    if (!cell) return '';
    return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : text(cell);
  }
  function compare(a, b) {
    if (a === b) return 0;
    if (a === '') return 1;
    if (b === '') return -1;
    var x = Number(a), y = Number(b);
    if (!isNaN(x) && !isNaN(y)) return x - y;
    return a.localeCompare(b);
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var body = table.tBodies[0];
    var original = Array.prototype.slice.call(body.rows);
    table.querySelectorAll('thead button.sort').forEach(function (button) {
      var header = button.closest('th');
      button.addEventListener('click', function () {
        var state = header.getAttribute('aria-sort');
        var next = state === 'ascending' ? 'descending' : state === 'descending' ? 'none' : 'ascending';
        table.querySelectorAll('thead th').forEach(function (th) { th.setAttribute('aria-sort', 'none'); });
        header.setAttribute('aria-sort', next);
        if (next === 'none') {
          table.classList.remove('sorted');
          original.forEach(function (row) { body.appendChild(row); });
          return;
        }
        var column = header.cellIndex;
        var rows = original.filter(function (row) { return !row.classList.contains('group'); });
        rows.sort(function (a, b) {
          var ka = key(a, column), kb = key(b, column);
          if (ka === '' || kb === '') return compare(ka, kb);
          return next === 'ascending' ? compare(ka, kb) : compare(kb, ka);
        });
        table.classList.add('sorted');
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
)js";

class HtmlWriter final : public Sink {
public:
    HtmlWriter(std::ostream& out, const WriteOptions& options)
        : m_out(out), m_options(options) {}

    void begin(const Document& header) override {
        m_page = header.page;
        m_out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                 "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
                 "<meta name=\"color-scheme\" content=\"light dark\">\n<title>"
              << util::markup_escape(header.title) << "</title>\n<style>" << style_sheet << "</style>\n</head>\n<body>\n";
        if (m_options.links) navigation();
        m_out << "<main>\n";
    }
    void block(const Block& block) override { std::visit([this](const auto& b) { this->write(b); }, block); }
    void begin_data(const Table&) override {}  // data tables are for CSV and JSON
    void row(const Row&) override {}
    void end_data() override {}
    void end() override {
        m_out << "</main>\n<script>" << script << "</script>\n</body>\n</html>\n";
    }

private:
    void navigation() {
        m_out << "<nav>";
        const std::pair<const char*, const char*> pages[] = {
            {"index", "Index"},         {"matrix", "Matrix"},                 {"disagreements", "Disagreements"},
            {"agreement", "Agreement"}, {"contradictions", "Contradictions"}, {"evidence", "Evidence"},
            {"sources", "Sources"}};
        for (const auto& [page, label] : pages)
            m_out << "<a href=\"" << util::markup_escape(relative_href(m_page, {page, {}}, "html")) << "\">" << label << "</a>";
        m_out << "</nav>\n";
    }

    std::string render(const Inline& content) const {
        std::string out;
        append_rendered(out, content);
        return out;
    }

    // The same added to `out` (a table's row is made as one string).
    void append_rendered(std::string& out, const Inline& content) const {
        for (const auto& span : content) {
            if (span.line_break) {
                out += "<br>";
                continue;
            }
            if (span.navigation && !m_options.links) continue;
            switch (span.style) {
            case Style::strong: out += "<strong>"; break;
            case Style::emphasis: out += "<em>"; break;
            case Style::muted: out += "<span class=\"muted\">"; break;
            case Style::plain: break;
            }
            const bool linked = span.link && (m_options.links || span.link->page == m_page || !span.link->url.empty());
            if (linked) out.append("<a href=\"").append(util::markup_escape(relative_href(m_page, *span.link, "html"))).append("\">");
            out += util::markup_escape(span.text);
            if (linked) out += "</a>";
            switch (span.style) {
            case Style::strong: out += "</strong>"; break;
            case Style::emphasis: out += "</em>"; break;
            case Style::muted: out += "</span>"; break;
            case Style::plain: break;
            }
        }
    }

    static std::string id_attribute(const std::string& anchor) {
        return anchor.empty() ? std::string() : " id=\"" + util::markup_escape(anchor) + "\"";
    }

    void write(const Heading& h) {
        int level = std::clamp(h.level, 1, 6);
        m_out << "<h" << level << id_attribute(h.anchor) << '>' << render(h.content) << "</h" << level << ">\n";
    }
    void write(const Paragraph& p) { m_out << "<p>" << render(p.content) << "</p>\n"; }
    void write(const List& list) {
        const char* tag = list.ordered ? "ol" : "ul";
        m_out << '<' << tag << ">\n";
        for (const auto& item : list.items) m_out << "<li>" << render(item) << "</li>\n";
        m_out << "</" << tag << ">\n";
    }

    void write(const Figure& f) {
        m_out << "<figure>";
        if (!f.svg.empty()) m_out << "<div class=\"drawing\">" << f.svg << "</div>";
        m_out << "<figcaption>" << render(f.caption);
        if (!f.file.page.empty()) {
            std::string href = relative_href(m_page, f.file, f.file_extension);
            m_out << " <a href=\"" << util::markup_escape(href) << "\">" << util::markup_escape(f.file.page + "." + f.file_extension) << "</a>";
        }
        m_out << "</figcaption></figure>\n";
    }

    static const char* align_class(Align align) {
        switch (align) {
        case Align::left: return "";
        case Align::right: return "right";
        case Align::center: return "center";
        }
        return "";
    }

    static std::string classes(std::initializer_list<std::string_view> names) {
        std::string joined;
        for (auto name : names)
            if (!name.empty()) joined += (joined.empty() ? "" : " ") + std::string(name);
        return joined.empty() ? std::string() : " class=\"" + joined + "\"";
    }

    static const char* mark_class(const Mark& m) {
        switch (m.value) {
        case 2: return "p2";
        case 1: return "p1";
        case -1: return "n1";
        case -2: return "n2";
        default: return "z0";
        }
    }

    // A cell's content added to `out`.
    void append_content(std::string& out, const Cell& c) const {
        if (const auto* content = std::get_if<Inline>(&c.value)) return append_rendered(out, *content);
        out += report::cell_text(
            c, [this](const Inline& content) { return render(content); },
            [](const std::string& s) { return util::markup_escape(s); });
    }

    // Whether the script's text of a cell (text nodes, <br> as a newline) is its sort key: an
    // empty cell, and text without the navigation links that plain() leaves out.
    static bool shows_its_sort_key(const decltype(Cell::value)& value) {
        if (std::holds_alternative<std::monostate>(value)) return true;
        const Inline* content = std::get_if<Inline>(&value);
        return content != nullptr &&
               std::none_of(content->begin(), content->end(), [](const Span& span) { return span.navigation; });
    }

    void cell(std::string& out, const Cell& c, const Column& column, bool heatmap) const {
        struct SortKey {
            std::string operator()(std::monostate) const { return {}; }
            std::string operator()(const Inline& content) const { return plain(content); }
            std::string operator()(long long n) const { return std::to_string(n); }
            std::string operator()(const Real& r) const { return fmt::format("{:.6f}", r.value); }
            std::string operator()(const Mark& m) const { return std::to_string(m.value); }
            std::string operator()(bool b) const { return b ? "1" : "0"; }
            std::string operator()(const std::vector<std::string>& items) const {
                std::string out;
                for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
                return out;
            }
        };
        const Mark* mark = std::get_if<Mark>(&c.value);
        bool heat = heatmap && column.marks;
        std::string cls = classes({heat ? "m" : align_class(column.align), mark && heat ? mark_class(*mark) : "",
                                   mark && heat && mark->derived ? "d" : "", column.group_start ? "camp" : "",
                                   heatmap && column.wrap > 0 ? "wrap" : ""});
        out.append("<td").append(cls);
        // The script sorts a text by what the cell shows: a sort key repeated beside it would
        // double the size of a page of quotes.
        if (!shows_its_sort_key(c.value))
            out.append(" data-sort=\"").append(util::markup_escape(std::visit(SortKey{}, c.value))).append("\"");
        if (heat && mark != nullptr && !c.tip.empty()) {
            out += " tabindex=\"0\">";
            append_content(out, c);
            out += "<div class=\"tip\" role=\"tooltip\">";
            append_rendered(out, c.tip);
            out += "</div></td>";
            return;
        }
        if (!c.tip.empty()) out.append(" title=\"").append(util::markup_escape(plain(c.tip))).append("\"");
        out += '>';
        append_content(out, c);
        out += "</td>";
    }

    void write(const Table& table) {
        m_out << "<div class=\"scroll\"><table" << id_attribute(table.name)
              << classes({"sortable", table.heatmap ? "heatmap" : ""}) << ">\n<thead><tr>";
        for (const auto& column : table.columns) {
            // A heat map's mark columns are narrow: printed, their heads stand on end (the span).
            const bool standing = table.heatmap && column.marks;
            m_out << "<th scope=\"col\" aria-sort=\"none\""
                  << classes({align_class(column.align), column.group_start ? "camp" : "", standing ? "m" : ""});
            if (!column.title.empty()) m_out << " title=\"" << util::markup_escape(column.title) << '"';
            m_out << '>' << (standing ? "<span>" : "");
            if (column.link) {
                Inline header{link(column.header, *column.link)};
                m_out << render(header) << " <button type=\"button\" class=\"sort\" aria-label=\"Sort by "
                      << util::markup_escape(column.header) << "\"></button>";
            } else {
                m_out << "<button type=\"button\" class=\"sort\">" << util::markup_escape(column.header) << "</button>";
            }
            m_out << (standing ? "</span>" : "") << "</th>";
        }
        m_out << "</tr></thead>\n<tbody>\n";
        for (const auto& row : table.rows) {
            if (row.group) {
                m_out << "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"" << table.columns.size() << "\">"
                      << render(*row.group) << "</th></tr>\n";
                continue;
            }
            // Each row is made as one string and written at once.
            std::string& line = m_line;
            line.assign("<tr").append(id_attribute(row.anchor)).append(">");
            for (std::size_t c = 0; c < row.cells.size() && c < table.columns.size(); ++c)
                cell(line, row.cells[c], table.columns[c], table.heatmap);
            line += "</tr>\n";
            m_out.write(line.data(), static_cast<std::streamsize>(line.size()));
        }
        m_out << "</tbody></table></div>\n";
    }

    std::ostream& m_out;
    WriteOptions m_options;
    std::string m_page;
    std::string m_line;  // a table's row being made, its room kept from row to row
};

}  // namespace

std::unique_ptr<Sink> html_writer(std::ostream& out, const WriteOptions& options) {
    return std::make_unique<HtmlWriter>(out, options);
}

}  // namespace stance::report
