#include "stance/report/all.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "stance/exports/exports.hpp"
#include "stance/figure/figures.hpp"
#include "stance/report/context.hpp"
#include "stance/report/output_folder.hpp"
#include "stance/report/page_index.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"
#include "stance/util/progress.hpp"

namespace stance::report {

namespace fs = std::filesystem;

namespace {

std::string rendered(const Document& document, Format format) {
    std::ostringstream out;
    write(out, document, format, WriteOptions{.colour = false, .links = true});
    return std::move(out).str();
}

std::string file_name(const std::string& page, Format format) {
    return page + "." + std::string(format_extension(format));
}

// Where the nodes of a figure on `page` link to: the pages of claims and experts.
figure::Links links_from(const std::string& page, const model::Corpus& corpus) {
    return {[page, &corpus](Index c) { return relative_href(page, claim_page(corpus, c), "html"); },
            [page, &corpus](Index e) { return relative_href(page, expert_page(corpus, e), "html"); }};
}

// A drawing with its caption and the export it draws; too big, the caption says so and links
// to the export alone.
Figure figure_block(const figure::Drawing& drawing, std::string caption, std::string too_big, Target file,
                    std::string extension) {
    return {drawing.svg, {text(drawing.too_big ? std::move(too_big) : std::move(caption))}, std::move(file),
            std::move(extension)};
}

Figure argument_map_figure(const exports::Graph& graph, const std::string& page) {
    figure::Drawing drawing = figure::argument_map(graph, links_from(page, graph.corpus()));
    return figure_block(drawing,
                        "The argument map: claims filled by where their experts stand (blue asserts, red "
                        "denies, grey between), outlined in bold when contested, dashed when nobody takes a position; "
                        "black arrows imply, dashed blue arrows support, dashed red bars undermine, red bars "
                        "contradict, double lines are equivalences. Also for Graphviz:",
                        fmt::format("{} claims are too many to draw legibly here; the argument map is in",
                                    drawing.items),
                        {"argument-map", {}}, "dot");
}

// The index: the reports, then a page per expert and per claim.
Document index_document(const model::Corpus& corpus, const check::Analysis& analysis, const exports::Graph& graph) {
    Context context(corpus, analysis);
    Document doc{.report = "index", .page = "index", .title = report_title("Reports", analysis)};
    doc.blocks.push_back(Heading{1, {text(doc.title)}});
    doc.blocks.push_back(Paragraph{{text(fmt::format("{} experts, {} claims, {} stances from {} sources.",
                                                     corpus.experts.size(), corpus.claims.size(),
                                                     corpus.stances.size(), corpus.sources.size()))}});
    if (!corpus.claims.empty()) doc.blocks.push_back(argument_map_figure(graph, doc.page));
    const std::pair<const char*, const char*> reports[] = {
        {"matrix", "Stance matrix: claims by topic, experts by camp"},
        {"disagreements", "Disagreements: the most contested claims, side by side"},
        {"agreement", "Agreement between experts, and their camps"},
        {"contradictions", "Contradictions: inconsistent experts and position shifts"},
        {"evidence", "Evidence: support, opposition, sources and reasons per claim"},
        {"sources", "Sources: every source as a reference"},
    };
    List list;
    for (const auto& [page, label] : reports) {
        const std::string_view more = std::string_view(page) == "matrix"      ? ", matrix-long.csv, matrix.tex"
                                      : std::string_view(page) == "agreement" ? ", agreement-camps.csv"
                                      : std::string_view(page) == "sources"   ? ", sources.bib"
                                                                              : "";
        list.items.push_back(
            {link(label, {page, {}}), muted(fmt::format(" (also {0}.txt, {0}.csv, {0}.json{1})", page, more))});
    }
    doc.blocks.push_back(std::move(list));
    doc.blocks.push_back(Heading{2, {text("Experts")}, "experts"});
    List experts;
    for (Index e = 0; e < corpus.experts.size(); ++e)
        experts.items.push_back({context.expert_link(e), text(" (" + corpus.experts[e].id + ")")});
    doc.blocks.push_back(std::move(experts));
    doc.blocks.push_back(Heading{2, {text("Claims")}, "claims"});
    List claims;
    for (const auto& group : context.claims_by_topic())
        for (Index c : group.claims) claims.items.push_back({context.claim_link(c), text(": " + corpus.claims[c].text)});
    doc.blocks.push_back(std::move(claims));
    return doc;
}

// The agreement page's figures: the heat map and the congruence network (`network_edges` edges;
// written beside the page when `network_written`).
std::vector<Block> agreement_figures(const exports::Graph& graph, std::size_t network_edges, bool network_written) {
    figure::Links links = links_from("agreement", graph.corpus());
    figure::Drawing heatmap = figure::agreement_heatmap(graph, links);
    figure::Drawing network = figure::congruence_network(graph, links);
    std::vector<Block> figures;
    if (!heatmap.svg.empty() || heatmap.too_big)
        figures.push_back(figure_block(
            heatmap,
            "Expert by expert, in camp order (camps framed): blue where two experts take the same side, red where "
            "they take opposite sides, the signed score of the pair; grey: too few shared claims for a score. Each "
            "cell tells its numbers on hover. The same as a table:",
            fmt::format("{} experts are too many for a legible heat map; the numbers are in", heatmap.items),
            {"agreement", {}}, "csv"));
    if (!network.svg.empty() || network.too_big) {
        const std::string drawn =
            "The congruence network: experts linked by the claims on which they take the same side (the thicker, "
            "the more claims), coloured by camp (white: in no camp).";
        const std::string undrawn = fmt::format("{} experts are too many to draw legibly here", network.items);
        if (network_written)
            figures.push_back(figure_block(network, drawn + " For Gephi:", undrawn + "; the congruence network is in",
                                           {"congruence", {}}, "gexf"));
        else
            figures.push_back(figure_block(
                network,
                fmt::format("{} Its {} edges are too many for Gephi, so it is not written beside this page: `stance "
                            "export gexf --network congruence` writes it.",
                            drawn, network_edges),
                fmt::format("{}, and the congruence network's {} edges too many for Gephi, so it is not written "
                            "beside this page: `stance export gexf --network congruence` writes it.",
                            undrawn, network_edges),
                {}, {}));
    }
    return figures;
}

// Sends `blocks` on to `out` before the heading anchored `anchor` (the agreement's figures
// before its pairs), and the rest as it comes.
class BlocksBefore final : public Filter {
public:
    BlocksBefore(Sink& out, std::string anchor, std::vector<Block> blocks)
        : Filter(out), m_anchor(std::move(anchor)), m_blocks(std::move(blocks)) {}
    void block(const Block& block) override {
        send_before(block);
        m_out.block(block);
    }
    void block(Block&& block) override {
        send_before(block);
        m_out.block(std::move(block));
    }

private:
    void send_before(const Block& block) {
        const auto* heading = std::get_if<Heading>(&block);
        if (heading && heading->anchor == m_anchor)
            for (Block& before : std::exchange(m_blocks, {})) m_out.block(std::move(before));
    }

    std::string m_anchor;
    std::vector<Block> m_blocks;
};

// A report of the set: its page, the formats it is written in, the CSV files of its other data
// tables beside it, and what sends it to a Sink (with every part).
struct SetReport {
    std::string page;
    bool tex = false;  // only the matrix has a heat map for LaTeX
    bool bib = false;  // only the sources have BibTeX entries
    std::vector<std::pair<std::string, std::string>> more_csv = {};  // file, data table
    std::function<void(Sink&)> send;
};

std::vector<Format> formats_of(const SetReport& report) {
    std::vector<Format> formats = {Format::text, Format::md, Format::csv, Format::json, Format::html};
    if (report.tex) formats.push_back(Format::tex);
    if (report.bib) formats.push_back(Format::bib);
    return formats;
}

// Builds `report` once and writes it in every format as it is built, each file as it is made:
// no report is held whole.
void write_report(OutputFolder& folder, const SetReport& report, const std::string& slice) {
    std::vector<std::unique_ptr<OutputFile>> files;
    std::vector<std::unique_ptr<Sink>> writers;
    auto add = [&](const std::string& name, Format format, std::string csv_table) {
        files.push_back(folder.open(name));
        writers.push_back(make_writer(files.back()->stream(), format,
                                      {.colour = false, .links = true, .csv_table = std::move(csv_table)}));
    };
    for (Format format : formats_of(report)) add(file_name(report.page, format), format, {});
    for (const auto& [name, table] : report.more_csv) add(name, Format::csv, table);
    std::vector<Sink*> sinks;
    for (const auto& writer : writers) sinks.push_back(writer.get());
    Tee every(std::move(sinks));
    SliceMark marked(every, slice);
    report.send(marked);
    for (const auto& file : files) file->close();
}

// Writes the file `name` as `write_to` makes it.
void write_file(OutputFolder& folder, const std::string& name, const std::function<void(std::ostream&)>& write_to) {
    const std::unique_ptr<OutputFile> file = folder.open(name);
    write_to(file->stream());
    file->close();
}

}  // namespace

WrittenSet write_all(const fs::path& folder, const model::Corpus& corpus, const check::Analysis& analysis,
                     const AllOptions& options) {
    const std::string& slice = options.slice;
    exports::Graph graph(corpus, analysis);
    util::progress_stage("writing reports");
    // Every name is known before anything is written, so that a refusal leaves the folder as it was.
    const std::size_t network_edges = exports::network_edges(graph, exports::Network::congruence);
    const bool network_written = network_edges <= options.max_network_edges;
    const SetReport reports[] = {
        {.page = "matrix", .tex = true, .more_csv = {{"matrix-long.csv", "long"}},
         .send = [&](Sink& out) { matrix_report(corpus, analysis, out, Parts{}, options.labels); }},
        {.page = "disagreements", .send = [&](Sink& out) { disagreements_report(corpus, analysis, out, Parts{}); }},
        {.page = "agreement", .more_csv = {{"agreement-camps.csv", "camps"}},
         .send =
             [&](Sink& out) {
                 BlocksBefore figures(out, "pairs", agreement_figures(graph, network_edges, network_written));
                 agreement_report(corpus, analysis, figures, Parts{});
             }},
        {.page = "contradictions", .send = [&](Sink& out) { replay(contradictions_report(corpus, analysis), out); }},
        {.page = "evidence", .send = [&](Sink& out) { evidence_report(corpus, analysis, out, Parts{}); }},
        {.page = "sources", .bib = true, .send = [&](Sink& out) { replay(sources_report(corpus, analysis), out); }},
    };
    std::vector<std::string> planned = {"argument-map.dot", "index.html", "README.md"};
    if (network_written) planned.push_back("congruence.gexf");
    for (const auto& report : reports) {
        for (Format format : formats_of(report)) planned.push_back(file_name(report.page, format));
        for (const auto& [name, table] : report.more_csv) planned.push_back(name);
    }
    for (Index e = 0; e < corpus.experts.size(); ++e)
        for (Format format : {Format::md, Format::html}) planned.push_back(file_name(expert_page(corpus, e).page, format));
    for (Index c = 0; c < corpus.claims.size(); ++c)
        for (Format format : {Format::md, Format::html}) planned.push_back(file_name(claim_page(corpus, c).page, format));
    OutputFolder out(folder, planned, options.force);

    // The exports that the figures link to.
    write_file(out, "argument-map.dot", [&](std::ostream& to) { exports::write_dot(to, graph); });
    if (network_written)
        write_file(out, "congruence.gexf",
                   [&](std::ostream& to) { exports::write_gexf(to, graph, exports::Network::congruence); });
    for (const auto& report : reports) write_report(out, report, slice);

    const Context context(corpus, analysis);
    const PageIndex page_index(corpus, analysis);
    util::progress_stage("writing pages", corpus.experts.size() + corpus.claims.size(), "experts and claims");
    for (Index e = 0; e < corpus.experts.size(); ++e) {
        util::progress_advance();
        Document page = expert_report(context, page_index, e);
        mark_slice(page, slice);
        for (Format format : {Format::md, Format::html}) out.write(file_name(page.page, format), rendered(page, format));
    }
    for (Index c = 0; c < corpus.claims.size(); ++c) {
        util::progress_advance();
        Document page = claim_report(context, page_index, c);
        mark_slice(page, slice);
        figure::Drawing drawing = figure::claim_neighbourhood(graph, c, links_from(page.page, corpus));
        // After what the page says of the claim, before its first section (the stances).
        auto section = std::find_if(page.blocks.begin() + 1, page.blocks.end(), [](const Block& block) {
            return std::holds_alternative<Heading>(block);
        });
        if (!drawing.svg.empty() || drawing.too_big)
            page.blocks.insert(section,
                               figure_block(drawing,
                                            fmt::format("The claim, the claims related to it, and the experts who "
                                                        "take a position on it when there are at most {} (arrows "
                                                        "assert, bars deny, dashed: derived). Everything in",
                                                        figure::max_neighbourhood_experts),
                                            fmt::format("{} related claims are too many to draw legibly here; they "
                                                        "are all in",
                                                        drawing.items),
                                            {"argument-map", {}}, "dot"));
        for (Format format : {Format::md, Format::html}) out.write(file_name(page.page, format), rendered(page, format));
    }

    Document index = index_document(corpus, analysis, graph);
    mark_slice(index, slice);
    out.write("index.html", rendered(index, Format::html));
    // README.md: GitHub shows it when the folder is opened. Its links are to the .md pages.
    Document readme = index;
    readme.page = "README";
    out.write("README.md", rendered(readme, Format::md));
    return {out.finish(), folder / "index.html"};
}

}  // namespace stance::report
