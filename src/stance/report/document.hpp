#pragma once
// The report document: what a report says, independent of any format. Human blocks (headings,
// paragraphs, lists, tables of typed cells, links between reports) for text, Markdown, HTML and
// LaTeX, and data tables (flat records of typed fields) for CSV and JSON. Reports send them in
// order to a Sink: a writer (writers.hpp) writes each as it comes, and a Recorder keeps them as
// one Document. Strings here are always plain, never escaped: escaping lives in the writers only.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace stance::report {

// A place in the set of reports: a page ("matrix", "experts/cornell") and an anchor on it; or,
// with `url`, an address outside them (a source's url), linked whether or not pages are.
struct Target {
    std::string page = {};
    std::string anchor = {};
    std::string url = {};
};

enum class Style { plain, strong, emphasis, muted };

// A run of inline text. A span with `line_break` set is a forced line break (its text is empty).
struct Span {
    std::string text = {};
    Style style = Style::plain;
    // Shared and immutable: a report holds up to millions of spans and most link nowhere, so the
    // link costs a pointer (16 bytes) rather than an optional Target (72).
    std::shared_ptr<const Target> link = {};
    bool line_break = false;
    bool navigation = false;  // only a way to another page: left out where links are not written
};
using Inline = std::vector<Span>;

Span text(std::string value);
Span strong(std::string value);
Span emphasis(std::string value);
Span muted(std::string value);
Span link(std::string value, Target target);
Span line_break();
// Appends " label" as a navigation link (see Span::navigation).
void append_navigation(Inline& content, std::string label, Target target);
// The concatenated text of the spans but navigation, line breaks as "\n".
std::string plain(const Inline& content);

// A matrix cell: the five-point scale as `++ + ~ - --`, a derived commitment in parentheses.
struct Mark {
    int value = 0;
    bool derived = false;
};
std::string mark_text(const Mark& mark);  // "++", "(+)", "~", ...

struct Real {
    double value = 0;
    int precision = 2;  // digits after the point in text, Markdown, HTML and LaTeX
};

// One typed cell. CSV and JSON keep the type (numbers stay numbers, lists become arrays).
struct Cell {
    std::variant<std::monostate, Inline, long long, Real, Mark, bool, std::vector<std::string>> value = {};
    Inline tip = {};  // detail shown on hover and keyboard focus (HTML: quotes and sources of a matrix cell)
    std::vector<std::string> cites = {};  // BibTeX keys of the sources behind it: LaTeX cites them
};
Cell cell(Inline content);
Cell cell(std::string content);
Cell cell(const char* content);  // not bool: a literal is text
Cell cell(long long number);
Cell cell(int number);
Cell cell(Real number);
Cell cell(Mark mark, Inline tip = {});
Cell cell(bool flag);
Cell cell(std::vector<std::string> items);

// The text of a cell in the human formats (text, Markdown, HTML, LaTeX): numbers, reals at their
// precision, marks, yes/no, lists joined by "; ". `render` writes Inline content and `escape`
// escapes plain text, each for the format.
std::string cell_text(const Cell& cell, const std::function<std::string(const Inline&)>& render,
                      const std::function<std::string(const std::string&)>& escape);
Cell empty_cell();

enum class Align { left, right, center };

struct Column {
    std::string key = {};  // stable snake_case key: the CSV header and the JSON field name
    std::string header = {};  // what readers see
    Align align = Align::left;
    std::optional<Target> link = {};  // the header links here (an expert's page)
    std::string title = {};      // shown on hovering the header (an expert's id under the name)
    std::size_t wrap = 0;        // text format: wrap the column at this display width (0: never)
    bool group_start = false;    // a new group of columns starts here (a camp of experts)
    bool marks = false;          // the column holds matrix cells: a heat-map table colours them
};

struct Row {
    std::vector<Cell> cells = {};
    std::optional<Inline> group = {};  // a group heading spanning the table (then `cells` is empty)
    std::string anchor = {};      // HTML id of the row (a claim in the matrix)
};

struct Table {
    std::string name = {};  // HTML id of the table; the JSON key of a data table
    std::vector<Column> columns = {};
    std::vector<Row> rows = {};
    bool heatmap = false;  // Mark cells coloured on a diverging scale (the stance matrix)
    bool json = true;      // data tables only: also written to JSON
};

struct Heading {
    int level = 2;  // 1 is the document title
    Inline content = {};
    std::string anchor = {};
};

struct Paragraph {
    Inline content = {};
};

struct List {
    std::vector<Inline> items = {};
    bool ordered = false;
};

// A drawing (stance/figure): only HTML shows it; elsewhere the tables around it say the same in
// words. Without `svg` (too big to draw legibly) the caption stands alone, with the link to `file`.
struct Figure {
    std::string svg = {};       // an <svg> element, its links relative to this page
    Inline caption = {};
    Target file = {};           // an export of what the figure draws ("" page: none)
    std::string file_extension = {};  // its extension: "dot", "gexf"
};

using Block = std::variant<Heading, Paragraph, List, Table, Figure>;

// Which parts of a Document a report builds. Each writer reads only some of them (parts_for in
// writers.hpp), and the stance matrix of a large corpus is costly to build whole: its hover tips
// and its data tables hold several records per cell. Everything by default.
struct Parts {
    bool blocks = true;  // the human blocks: text, Markdown, HTML, LaTeX
    bool tips = true;    // the blocks' hover tips (Cell::tip): only HTML shows them
    bool csv = true;     // the data table that CSV writes
    bool json = true;    // the data tables that JSON writes
};

struct Document {
    std::string report = {};  // "matrix", "expert", ...: the JSON `report` field
    std::string page = {};    // where it lives in a set of reports: "matrix", "experts/cornell"
    std::string title = {};
    std::vector<Block> blocks = {};  // text, Markdown, HTML, LaTeX
    std::vector<Table> data = {};    // CSV writes data[csv]; JSON writes every table with `json` set
    std::size_t csv = 0;
};

// Where a report goes while it is built: its header (begin), then its human blocks and its data
// tables in the order the report makes them, a data table row by row. Blocks and the rows of a
// data table may come interleaved; data tables come one after the other. A writer writes each
// part as it arrives, so that a report of millions of rows is never held whole.
class Sink {
public:
    virtual ~Sink() = default;
    // The document's report, page and title (its blocks and data are not read).
    virtual void begin(const Document& header) = 0;
    virtual void block(const Block& block) = 0;
    // A block its sender no longer needs: a sink that keeps it (a queue, a recorder) takes it
    // without a copy; the others read it as above.
    virtual void block(Block&& block) { this->block(std::as_const(block)); }
    // A data table's name, columns and flags (its rows are not read): its rows follow.
    virtual void begin_data(const Table& table) = 0;
    virtual void row(const Row& row) = 0;
    virtual void end_data() = 0;
    virtual void end() = 0;
};

// Keeps what a report sends as a Document, for writing it in several formats (`report all`) or
// joining documents (time windows).
class Recorder final : public Sink {
public:
    explicit Recorder(Document& document) : m_doc(document) {}
    void begin(const Document& header) override;
    void block(const Block& block) override { m_doc.blocks.push_back(block); }
    void block(Block&& block) override { m_doc.blocks.push_back(std::move(block)); }
    void begin_data(const Table& table) override;
    void row(const Row& row) override { m_doc.data.back().rows.push_back(row); }
    void end_data() override {}
    void end() override {}

private:
    Document& m_doc;
};

// Passes every part on to `out`: a filter on the way to a writer overrides what it changes.
class Filter : public Sink {
public:
    explicit Filter(Sink& out) : m_out(out) {}
    void begin(const Document& header) override { m_out.begin(header); }
    void block(const Block& block) override { m_out.block(block); }
    void block(Block&& block) override { m_out.block(std::move(block)); }
    void begin_data(const Table& table) override { m_out.begin_data(table); }
    void row(const Row& row) override { m_out.row(row); }
    void end_data() override { m_out.end_data(); }
    void end() override { m_out.end(); }

protected:
    Sink& m_out;
};

// Sends every part to each of several sinks in turn: a report built once, written in several
// formats at once (`report all`).
class Tee final : public Sink {
public:
    explicit Tee(std::vector<Sink*> sinks) : m_sinks(std::move(sinks)) {}
    void begin(const Document& header) override;
    void block(const Block& block) override;
    void begin_data(const Table& table) override;
    void row(const Row& row) override;
    void end_data() override;
    void end() override;

private:
    std::vector<Sink*> m_sinks;
};

// Sends a whole document to `sink`: header, blocks, then each data table.
void replay(const Document& document, Sink& sink);
// A data table sent whole.
void send_data(Sink& sink, const Table& table);

}  // namespace stance::report
