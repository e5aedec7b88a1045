#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <unistd.h>

#include <fmt/format.h>

#include "stance/check/analysis.hpp"
#include "stance/check/normalise.hpp"
#include "stance/cli/commands.hpp"
#include "stance/cli/common.hpp"
#include "stance/util/progress.hpp"
#include "stance/report/all.hpp"
#include "stance/report/output_folder.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writer_thread.hpp"
#include "stance/report/writers.hpp"
#include "stance/util/suggest.hpp"

namespace stance::cli {
namespace {

enum class ReportKind { matrix, disagreements, agreement, contradictions, evidence, sources, expert, claim, all };

struct ReportOptions {
    ReportKind kind = ReportKind::matrix;
    InputOptions input;
    std::string db;
    std::optional<report::Format> format;
    std::string out;
    check::AnalyseOptions measure;  // --min-shared, --with-derived
    SliceOptions slice;             // --topic, --expert, --source, --claim, --since, --until
    std::string window, step;       // time windows: "6m", "1y"
    bool long_form = false;         // the CSV matrix in long form
    bool camps_csv = false;         // the agreement CSV: the camps instead of the pairs
    std::optional<report::RowLabels> labels;  // the matrix's rows: claim ids or text
    bool force = false;
};

// A report on the whole (sliced) corpus, sent to `out` with only what `format` writes. The matrix,
// the disagreements, the agreement and the evidence go out as they are built (a million stances
// make hundreds of megabytes of them); the small contradictions and sources reports are built
// whole, then sent. The expert and claim pages and `all` are not reports of this kind.
void send_report(ReportKind kind, const model::Corpus& corpus, const check::Analysis& analysis, report::Sink& out,
                 report::Format format, report::RowLabels labels) {
    const report::Parts parts = report::parts_for(format);
    switch (kind) {
    case ReportKind::matrix: return report::matrix_report(corpus, analysis, out, parts, labels);
    case ReportKind::disagreements: return report::disagreements_report(corpus, analysis, out, parts);
    case ReportKind::agreement: return report::agreement_report(corpus, analysis, out, parts);
    case ReportKind::evidence: return report::evidence_report(corpus, analysis, out, parts);
    case ReportKind::contradictions: return report::replay(report::contradictions_report(corpus, analysis), out);
    case ReportKind::sources: return report::replay(report::sources_report(corpus, analysis), out);
    default: throw std::logic_error("send_report: not a report of the whole corpus");
    }
}

// Whether the report reads the agreement between experts or their camps: the matrix orders its
// columns by camp, the agreement report and the pages of `all` show them. The analysis for the
// others leaves them out (AnalyseOptions::Pairs::skip): they are its costly, quadratic part.
bool reads_agreement(ReportKind kind) {
    switch (kind) {
    case ReportKind::disagreements:
    case ReportKind::contradictions:
    case ReportKind::evidence:
    case ReportKind::sources: return false;
    default: return true;
    }
}

// The same kept whole, for joining the reports of time windows.
report::Document build_report(ReportKind kind, const model::Corpus& corpus, const check::Analysis& analysis,
                              report::Format format, report::RowLabels labels) {
    report::Document document;
    report::Recorder to(document);
    send_report(kind, corpus, analysis, to, format, labels);
    return document;
}

// The report once per time window: each window is a slice by date of the (sliced) corpus.
report::Document windowed_report(const ReportOptions& options, const model::Corpus& corpus, report::Format format) {
    const int months = *model::parse_months(options.window);
    const int step = options.step.empty() ? months : *model::parse_months(options.step);
    std::vector<std::pair<std::string, report::Document>> windows;
    for (const model::Window& window : model::time_windows(corpus, months, step)) {
        model::Sliced sliced = model::apply_slice(corpus, {.since = window.since, .until = window.until});
        check::AnalyseOptions measure = options.measure;
        measure.check_quotes = false;  // the quotes are the whole corpus's business, not a window's
        const check::Analysis analysis = check::analyse(sliced.corpus, measure);
        windows.emplace_back(window.label(), build_report(options.kind, sliced.corpus, analysis, format,
                                                                 options.labels.value_or(report::RowLabels::ids)));
    }
    const std::string title = fmt::format("{} by time window ({} every {})",
                                          options.kind == ReportKind::matrix ? "Stance matrix" : "Agreement between experts",
                                          options.window, options.step.empty() ? options.window : options.step);
    return report::by_window(title, windows);
}

// The experts that `word` names, ignoring case: by id, whole name, `aka`, or one word of the
// name (a surname); the exact id alone when it is one.
std::vector<model::Index> experts_named(const model::Corpus& corpus, const std::string& word) {
    if (model::Index exact = corpus.find_expert(word); exact != model::none) return {exact};
    const std::string key = check::name_key(word);
    std::vector<model::Index> found;
    for (model::Index e = 0; e < corpus.experts.size(); ++e) {
        const model::Expert& expert = corpus.experts[e];
        std::vector<std::string> names{expert.id, expert.name};
        names.insert(names.end(), expert.aka.begin(), expert.aka.end());
        for (std::size_t space = 0, at = 0; at <= expert.name.size(); at = space + 1) {
            space = std::min(expert.name.find(' ', at), expert.name.size());
            names.push_back(expert.name.substr(at, space - at));
        }
        if (std::ranges::any_of(names, [&](const std::string& name) { return check::name_key(name) == key; }))
            found.push_back(e);
    }
    return found;
}

// The claims that `word` names: the exact id, else the ids equal to it ignoring case.
std::vector<model::Index> claims_named(const model::Corpus& corpus, const std::string& word) {
    if (model::Index exact = corpus.find_claim(word); exact != model::none) return {exact};
    const std::string key = check::name_key(word);
    std::vector<model::Index> found;
    for (model::Index c = 0; c < corpus.claims.size(); ++c)
        if (check::name_key(corpus.claims[c].id) == key) found.push_back(c);
    return found;
}

// The expert or claim that a word of the command line names; none, with a message naming the
// nearest id (or the several it could mean), when it names none or more than one.
model::Index find_id(const model::Corpus& corpus, ReportKind kind, const std::string& word) {
    const bool expert = kind == ReportKind::expert;
    const std::vector<model::Index> found = expert ? experts_named(corpus, word) : claims_named(corpus, word);
    if (found.size() == 1) return found.front();
    const char* what = expert ? "expert" : "claim";
    if (found.size() > 1) {
        std::cerr << "stance: error: '" << word << "' names " << found.size() << " " << what << "s:";
        for (model::Index i : found)
            std::cerr << ' ' << (expert ? corpus.experts[i].id + " (" + corpus.experts[i].name + ")" : corpus.claims[i].id)
                      << (i == found.back() ? ';' : ',');
        std::cerr << " give its id\n";
        return model::none;
    }
    util::Nearest nearest(word);
    if (expert)
        for (const auto& e : corpus.experts) nearest.consider(e.id);
    else
        for (const auto& c : corpus.claims) nearest.consider(c.id);
    std::cerr << "stance: error: no " << what << " '" << word << "' in the corpus";
    if (!nearest.best().empty()) std::cerr << "; did you mean '" << nearest.best() << "'?";
    std::cerr << '\n';
    return model::none;
}

int usage_error(const std::string& message) {
    std::cerr << "stance: error: " << message << '\n';
    return 2;
}

int run_report(ReportOptions options, bool paths_given) {
    bool needs_id = options.kind == ReportKind::expert || options.kind == ReportKind::claim;
    std::string id;
    if (needs_id) {
        if (!paths_given || options.input.paths.empty())
            return usage_error(std::string("report ") + (options.kind == ReportKind::expert ? "expert" : "claim") +
                               " needs an ID: stance report " +
                               (options.kind == ReportKind::expert ? "expert" : "claim") + " ID [PATH...]");
        id = options.input.paths.front();
        options.input.paths.erase(options.input.paths.begin());
        paths_given = !options.input.paths.empty();
        if (!paths_given) options.input.paths = {"claims"};
    }
    if (!options.db.empty() && paths_given) return usage_error("give claims PATHs or --db FILE, not both");
    if (options.kind == ReportKind::all) {
        if (options.out.empty()) return usage_error("report all writes a folder: give it with -o DIR");
        if (options.format) return usage_error("report all writes every format; --format does not apply");
    }
    report::Format format = options.format.value_or(report::Format::text);
    if (format == report::Format::tex && options.kind != ReportKind::matrix && options.kind != ReportKind::all)
        return usage_error("only the matrix report has a tex form");
    if (!options.step.empty() && options.window.empty()) return usage_error("--step needs --window");
    if (!options.window.empty() && options.kind != ReportKind::matrix && options.kind != ReportKind::agreement)
        return usage_error("only the matrix and agreement reports take --window");
    if (!options.window.empty() && format == report::Format::tex)
        return usage_error("the tex matrix has no time windows; use md, html, csv or json");
    if (options.long_form && (options.kind != ReportKind::matrix || format != report::Format::csv))
        return usage_error("--long is the matrix's CSV in long form: report matrix --format csv --long");
    if (format == report::Format::bib && options.kind != ReportKind::sources)
        return usage_error("only the sources report has a bib form");
    if (options.labels && options.kind != ReportKind::matrix && options.kind != ReportKind::all)
        return usage_error("--labels chooses what labels the stance matrix's rows: report matrix (or all) --labels text");
    if (options.camps_csv && (options.kind != ReportKind::agreement || format != report::Format::csv))
        return usage_error("--camps is the agreement report's CSV of camps: report agreement --format csv --camps");

    if (!reads_agreement(options.kind)) options.measure.pairs = check::AnalyseOptions::Pairs::skip;
    // A page names its expert or claim, found in the corpus once read, and measures only the
    // pairs it shows: an expert's own, or none for a claim (whose columns follow the camps).
    model::Index page_of = model::none;
    const Focus page_focus = [&](const model::Corpus& corpus, check::AnalyseOptions& measure) {
        util::ProgressLine::hide();  // find_id may write an error
        page_of = find_id(corpus, options.kind, id);
        measure.pairs = options.kind == ReportKind::expert ? check::AnalyseOptions::Pairs::of_one_expert
                                                           : check::AnalyseOptions::Pairs::camps;
        measure.pairs_of = options.kind == ReportKind::expert ? page_of : model::none;
        return page_of != model::none;
    };
    std::optional<Inputs> inputs = read_inputs(options.input, options.db, options.measure, "report", options.slice,
                                               needs_id ? page_focus : Focus());
    if (!inputs) return 2;
    const auto& corpus = inputs->corpus;
    const auto& analysis = inputs->analysis;

    if (options.kind == ReportKind::all) {
        try {
            auto written = report::write_all(options.out, corpus, analysis, {.force = options.force,
                                                              .slice = inputs->slice,
                                                              .labels = options.labels.value_or(report::RowLabels::ids)});
            std::cerr << "wrote " << written.files << " files into " << options.out << " (start with "
                      << written.index.string() << ")\n";
        } catch (const report::FolderRefused& refused) {
            return usage_error(std::string(refused.what()) + "; nothing written");
        }
        return 0;
    }

    const report::RowLabels labels = options.labels.value_or(report::RowLabels::ids);
    // Time windows and the expert and claim pages are built whole; every other report goes to its
    // writer as it is made.
    const bool page = options.kind == ReportKind::expert || options.kind == ReportKind::claim;
    const bool streamed = options.window.empty() && !page;
    report::Document document;
    if (!streamed) {
        util::progress_stage("building the report");
        if (!options.window.empty()) {
            document = windowed_report(options, corpus, format);
        } else {
            document = options.kind == ReportKind::expert ? report::expert_report(corpus, analysis, page_of)
                                                          : report::claim_report(corpus, analysis, page_of);
        }
        report::mark_slice(document, inputs->slice);
        if (options.long_form) report::select_csv(document, "long");
        if (options.camps_csv) report::select_csv(document, "camps");
    }

    util::progress_stage("writing the report");
    auto write = [&](std::ostream& out, report::WriteOptions how) {
        if (!streamed) return report::write(out, document, format, how);
        if (options.long_form) how.csv_table = "long";
        if (options.camps_csv) how.csv_table = "camps";
        const std::unique_ptr<report::Sink> writer = report::make_writer(out, format, how);
        report::WriterThread writing(*writer);
        report::SliceMark marked(writing, inputs->slice);
        send_report(options.kind, corpus, analysis, marked, format, labels);
    };
    if (options.out.empty()) {
        const char* no_colour = std::getenv("NO_COLOR");
        write(std::cout, {.colour = format == report::Format::text && ::isatty(STDOUT_FILENO) && !(no_colour && *no_colour)});
        std::cout.flush();
        return 0;
    }
    const std::string refused = write_output(options.out, *inputs, options.db, [&](std::ostream& out) { write(out, {}); });
    return refused.empty() ? 0 : usage_error(refused + "; nothing written");
}

}  // namespace

void add_report_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ReportOptions>();
    auto* command = app.add_subcommand(
        "report",
        "write a report: matrix, disagreements, agreement, contradictions, evidence, sources, expert ID, claim ID, all");
    command->add_option("kind", options->kind, "which report (expert and claim take an ID next)")
        ->required()
        ->transform(one_of<ReportKind>({{"matrix", ReportKind::matrix},
                                        {"disagreements", ReportKind::disagreements},
                                        {"agreement", ReportKind::agreement},
                                        {"contradictions", ReportKind::contradictions},
                                        {"evidence", ReportKind::evidence},
                                        {"sources", ReportKind::sources},
                                        {"expert", ReportKind::expert},
                                        {"claim", ReportKind::claim},
                                        {"all", ReportKind::all}}))
        ->type_name("KIND");
    add_input_options(*command, options->input);
    add_slice_options(*command, options->slice);
    command->add_option("--db", options->db, "read the corpus from this claim store instead of claims files")
        ->type_name("FILE")
        ->check(non_empty_path);
    command
        ->add_option("--format", options->format,
                     "output format (default text; tex only for the matrix, bib only for sources)")
        ->transform(one_of<report::Format>({{"text", report::Format::text},
                                            {"md", report::Format::md},
                                            {"csv", report::Format::csv},
                                            {"json", report::Format::json},
                                            {"html", report::Format::html},
                                            {"tex", report::Format::tex},
                                            {"bib", report::Format::bib}}))
        ->type_name("FORMAT");
    command->add_option("--min-shared", options->measure.min_shared,
                        "pairs of experts sharing fewer claims are too few to judge and join no camp (default 2)")
        ->check(CLI::PositiveNumber)
        ->type_name("N");
    command->add_flag("--with-derived", options->measure.with_derived,
                      "agreement and camps count derived commitments too (marked as derived)");
    const CLI::Validator months(
        [](std::string& text) { return model::parse_months(text) ? std::string() : "expected months or years: 6m, 1y"; },
        "PERIOD");
    command->add_option("--window", options->window,
                        "matrix, agreement: one section per time window of this length (6m, 1y), by stance date")
        ->check(months);
    command->add_option("--step", options->step, "with --window: how far each window starts after the last (default: the window)")
        ->check(months);
    command->add_flag("--long", options->long_form,
                      "matrix --format csv: the tidy long form (expert, claim, value, derived, source, date)");
    command->add_option("--labels", options->labels,
                        "matrix: label the rows with claim ids (default) or claim text (the id then on hover in HTML)")
        ->transform(one_of<report::RowLabels>({{"ids", report::RowLabels::ids}, {"text", report::RowLabels::text}}));
    command->add_flag("--camps", options->camps_csv,
                      "agreement --format csv: each expert's declared and computed camp instead of the pairs");
    command->add_option("-o,--output", options->out, "write to this file (for all: this folder) instead of stdout")
        ->type_name("OUT")
        ->check(non_empty_path);
    add_direct_only_option(*command, options->measure.direct_only);
    command->add_flag("--force", options->force,
                      "report all: write into a non-empty folder that it did not write before (files of the same "
                      "names are replaced; nothing else is removed)");
    command->callback([options, command, &exit_code] {
        exit_code = run_report(*options, command->count("paths") > 0);
    });
}

}  // namespace stance::cli
