#include "stance/report/all.hpp"

#include <fstream>
#include <set>
#include <system_error>

#include <fmt/format.h>

#include "stance/report/context.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"

namespace stance::report {

namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& path, const Document& document, Format format) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw std::system_error(errno, std::generic_category(), "cannot write " + path.string());
    write(out, document, format, WriteOptions{.colour = false, .links = true});
    out.close();
    if (!out) throw std::system_error(errno, std::generic_category(), "cannot write " + path.string());
}

// The index: the reports, then a page per expert and per claim.
Document index_document(const model::Corpus& corpus, const check::Analysis& analysis) {
    Context context(corpus, analysis);
    Document doc{.report = "index", .page = "index", .title = report_title("Reports", analysis)};
    doc.blocks.push_back(Heading{1, {text(doc.title)}});
    doc.blocks.push_back(Paragraph{{text(fmt::format("{} experts, {} claims, {} stances from {} sources.",
                                                     corpus.experts.size(), corpus.claims.size(),
                                                     corpus.stances.size(), corpus.sources.size()))}});
    const std::pair<const char*, const char*> reports[] = {
        {"matrix", "Stance matrix: claims by topic, experts by camp"},
        {"disagreements", "Disagreements: the most contested claims, side by side"},
        {"agreement", "Agreement between experts, and their camps"},
        {"contradictions", "Contradictions: inconsistent experts and position shifts"},
        {"evidence", "Evidence: support, opposition, sources and reasons per claim"},
    };
    List list;
    for (const auto& [page, label] : reports) {
        list.items.push_back({link(label, {page, {}}),
                              muted(fmt::format(" (also {0}.txt, {0}.csv, {0}.json{1})", page,
                                                std::string_view(page) == "matrix" ? ", matrix-long.csv, matrix.tex" : ""))});
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

// Removes pages of a folder that this run did not write (experts or claims since deleted).
void remove_stale(const fs::path& folder, const std::set<fs::path>& written) {
    for (const auto& entry : fs::directory_iterator(folder)) {
        auto extension = entry.path().extension();
        if (!entry.is_regular_file() || (extension != ".md" && extension != ".html")) continue;
        if (!written.contains(entry.path().filename())) fs::remove(entry.path());
    }
}

}  // namespace

void write_all(const fs::path& folder, const model::Corpus& corpus, const check::Analysis& analysis,
               const std::string& slice) {
    fs::create_directories(folder / "experts");
    fs::create_directories(folder / "claims");
    const Format every[] = {Format::text, Format::md, Format::csv, Format::json, Format::html, Format::tex};
    Document reports[] = {matrix_report(corpus, analysis), disagreements_report(corpus, analysis),
                          agreement_report(corpus, analysis), contradictions_report(corpus, analysis),
                          evidence_report(corpus, analysis)};
    for (auto& document : reports) mark_slice(document, slice);
    for (const auto& document : reports)
        for (Format format : every)
            if (supports(document, format))
                write_file(folder / (document.page + "." + std::string(format_extension(format))), document, format);
    // The matrix's tidy long form beside the wide one.
    Document& matrix = reports[0];
    const std::size_t wide = matrix.csv;
    if (select_csv(matrix, "long")) write_file(folder / "matrix-long.csv", matrix, Format::csv);
    matrix.csv = wide;

    std::set<fs::path> expert_pages, claim_pages;
    for (Index e = 0; e < corpus.experts.size(); ++e) {
        Document page = expert_report(corpus, analysis, e);
        mark_slice(page, slice);
        for (Format format : {Format::md, Format::html}) {
            fs::path name = corpus.experts[e].id + "." + std::string(format_extension(format));
            write_file(folder / "experts" / name, page, format);
            expert_pages.insert(name);
        }
    }
    for (Index c = 0; c < corpus.claims.size(); ++c) {
        Document page = claim_report(corpus, analysis, c);
        mark_slice(page, slice);
        for (Format format : {Format::md, Format::html}) {
            fs::path name = corpus.claims[c].id + "." + std::string(format_extension(format));
            write_file(folder / "claims" / name, page, format);
            claim_pages.insert(name);
        }
    }
    remove_stale(folder / "experts", expert_pages);
    remove_stale(folder / "claims", claim_pages);

    Document index = index_document(corpus, analysis);
    mark_slice(index, slice);
    write_file(folder / "index.html", index, Format::html);
    // README.md: GitHub shows it when the folder is opened. Its links are to the .md pages.
    Document readme = index;
    readme.page = "README";
    write_file(folder / "README.md", readme, Format::md);
}

}  // namespace stance::report
