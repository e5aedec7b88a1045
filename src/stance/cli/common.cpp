#include "stance/cli/common.hpp"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include <unistd.h>

#include "stance/check/findings.hpp"
#include "stance/store/store.hpp"
#include "stance/util/atomic_file.hpp"
#include "stance/util/progress.hpp"

namespace stance::cli {

const CLI::Validator non_empty_path(
    [](const std::string& path) { return path.empty() ? std::string("an empty path names no file") : std::string(); },
    "", "non-empty path");

void add_input_options(CLI::App& command, InputOptions& options) {
    command.add_option("paths", options.paths, "claims files, or folders of them")
        ->type_name("PATH")
        ->check(non_empty_path)
        ->capture_default_str();
    // One folder per --texts, so that a following PATH is not taken for another folder.
    command.add_option("--texts", options.texts, "a folder where source texts are looked up by file name")
        ->type_name("DIR")
        ->check(non_empty_path)
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command
        .add_option("--allow-read", options.allow_read,
                    "also read files below this folder (includes and source texts are otherwise confined to the "
                    "PATH folders and the --texts folders)")
        ->type_name("DIR")
        ->check(non_empty_path)
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command.add_option("--bib", options.bibs, "a BibTeX file where sources' `cite` keys are looked up")
        ->type_name("FILE")
        ->check(non_empty_path)
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void add_slice_options(CLI::App& command, SliceOptions& options) {
    const auto repeatable = [&](const char* name, std::vector<std::string>& ids, const char* help) {
        command.add_option(name, ids, help)->type_name("ID")->expected(1)->multi_option_policy(
            CLI::MultiOptionPolicy::TakeAll);
    };
    repeatable("--topic", options.slice.topics, "only claims of this topic or its subtopics (repeatable)");
    repeatable("--expert", options.slice.experts, "only this expert's stances (repeatable)");
    repeatable("--source", options.slice.sources, "only stances from this source (repeatable)");
    repeatable("--claim", options.slice.claims, "only this claim (repeatable)");
    const CLI::Validator date(
        [](std::string& text) {
            return model::parse_date_bound(text) ? std::string() : "expected a date YYYY, YYYY-MM or YYYY-MM-DD";
        },
        "DATE");
    command.add_option("--since", options.since, "only stances dated from DATE on (the stance's date, else its source's)")
        ->check(date);
    command.add_option("--until", options.until, "only stances dated up to DATE (inclusive: 2022-05 keeps all of May)")
        ->check(date);
}

std::optional<std::string> slice_corpus(model::Corpus& corpus, const SliceOptions& options, std::ostream& err) {
    model::Slice slice = options.slice;
    if (!options.since.empty()) slice.since = *model::parse_date_bound(options.since);
    if (!options.until.empty()) slice.until = *model::parse_date_bound(options.until);
    if (slice.empty()) return std::string();
    model::Sliced sliced = model::apply_slice(corpus, slice);
    for (const auto& error : sliced.errors) err << "stance: error: " << error << '\n';
    if (!sliced.errors.empty()) return std::nullopt;
    corpus = std::move(sliced.corpus);
    return slice.describe();
}

void add_direct_only_option(CLI::App& command, bool& direct_only) {
    command.add_flag("--direct-only", direct_only,
                     "matrix, consensus and agreement count only stances that rest on the expert's own words "
                     "(at least one `quote`)");
}

diag::RenderOptions stderr_render_options() {
    diag::RenderOptions options;
    const char* no_colour = std::getenv("NO_COLOR");
    options.colour = ::isatty(STDERR_FILENO) && !(no_colour && *no_colour);
    return options;
}

model::LoadOptions load_options(const InputOptions& options) {
    model::LoadOptions load;
    load.paths.assign(options.paths.begin(), options.paths.end());
    load.text_dirs.assign(options.texts.begin(), options.texts.end());
    load.allow_read.assign(options.allow_read.begin(), options.allow_read.end());
    load.bib_files.assign(options.bibs.begin(), options.bibs.end());
    return load;
}

model::Loaded load_corpus(const InputOptions& options, std::ostream& err, const diag::RenderOptions& render) {
    return load_corpus(load_options(options), err, render);
}

model::Loaded load_corpus(const model::LoadOptions& options, std::ostream& err, const diag::RenderOptions& render) {
    model::Loaded loaded = model::load(options);
    util::ProgressLine::hide();
    diag::render_all(err, loaded.diagnostics, loaded.files, render);
    return loaded;
}

namespace {

// From a store: the corpus, and the quote findings the build stored (the quote checks need the
// texts, which a store does not keep), with the items they name by id so that they survive
// slicing.
struct Stored {
    model::Corpus corpus;
    struct Quote {
        check::Finding finding;
        std::string expert, claim, source;
    };
    std::vector<Quote> quotes;
};

bool is_quote(const check::Finding& f) {
    return f.kind == check::FindingKind::quote_not_found || f.kind == check::FindingKind::text_not_found;
}

Stored from_store(const std::string& db) {
    store::Stored stored = store::read_store(db);
    Stored result{std::move(stored.corpus), {}};
    const auto& c = result.corpus;
    auto id = [](const auto& items, model::Index i) { return i < items.size() ? items[i].id : std::string(); };
    for (auto& finding : stored.findings)
        if (is_quote(finding))
            result.quotes.push_back({finding, id(c.experts, finding.expert), id(c.claims, finding.claim),
                                     id(c.sources, finding.source)});
    return result;
}

// The checks on a stored corpus (perhaps sliced since), quote findings taken from the store.
check::Analysis analyse_stored(const model::Corpus& corpus, const std::vector<Stored::Quote>& quotes,
                               check::AnalyseOptions measure) {
    measure.check_quotes = false;
    check::Analysis analysis = check::analyse(corpus, measure);
    std::erase_if(analysis.findings, is_quote);
    for (const auto& quote : quotes) {
        check::Finding finding = quote.finding;
        finding.expert = corpus.find_expert(quote.expert);
        finding.claim = corpus.find_claim(quote.claim);
        finding.source = corpus.find_source(quote.source);
        // A quote of a stance that the slice left out is not part of the slice.
        if (!quote.expert.empty() && (finding.expert == model::none || finding.claim == model::none)) continue;
        analysis.findings.push_back(std::move(finding));
    }
    return analysis;
}

}  // namespace

std::optional<Inputs> read_inputs(const InputOptions& options, const std::string& db, check::AnalyseOptions measure,
                                  const std::string& output, const SliceOptions& slice, const Focus& focus) {
    Inputs inputs;
    std::vector<Stored::Quote> stored_quotes;
    if (!db.empty()) {
        util::progress_stage("reading the store");
        Stored stored = from_store(db);
        inputs.corpus = std::move(stored.corpus);
        stored_quotes = std::move(stored.quotes);
    } else {
        model::Loaded loaded = load_corpus(options, std::cerr, stderr_render_options());
        if (loaded.diagnostics.has_errors()) {
            std::cerr << "stance: error: the claims have errors; no " << output << " written\n";
            return std::nullopt;
        }
        inputs.corpus = std::move(loaded.corpus);
    }
    util::ProgressLine::hide();  // slicing may write an error
    std::optional<std::string> described = slice_corpus(inputs.corpus, slice, std::cerr);
    if (!described) return std::nullopt;
    if (focus && !focus(inputs.corpus, measure)) return std::nullopt;
    util::progress_stage("checking");
    inputs.slice = std::move(*described);
    inputs.analysis = db.empty() ? check::analyse(inputs.corpus, measure)
                                 : analyse_stored(inputs.corpus, stored_quotes, measure);
    return inputs;
}

void Tally::count(diag::Severity severity) {
    switch (severity) {
    case diag::Severity::error: ++errors; break;
    case diag::Severity::warning: ++warnings; break;
    case diag::Severity::note: ++notes; break;
    }
}

void Tally::count(const diag::Sink& sink) {
    for (const auto& d : sink.diagnostics()) count(d.severity);
}

namespace {

std::string counted(std::size_t n, const char* singular, const char* plural) {
    return std::to_string(n) + ' ' + (n == 1 ? singular : plural);
}

}  // namespace

void add_strictness_options(CLI::App& command, Strictness& options, const std::string& strict_help) {
    command.add_flag("--strict", options.strict, strict_help);
    command.add_flag("--no-texts", options.no_texts,
                     "the source texts are absent on purpose: under --strict, quotes that cannot be checked "
                     "do not fail");
}

namespace {

// The sources that some stance quotes: their quotes go unchecked when their text is not found.
std::vector<bool> quoted_sources(const model::Corpus& corpus) {
    std::vector<bool> quoted(corpus.sources.size(), false);
    for (const auto& stance : corpus.stances)
        if (stance.source < quoted.size() && !stance.quotes.empty()) quoted[stance.source] = true;
    return quoted;
}

}  // namespace

diag::Severity shown_severity(check::FindingKind kind, diag::Severity severity, bool quoted_source,
                              const Strictness& strictness) {
    if (!strictness.strict) return severity;
    if (kind == check::FindingKind::quote_not_found) return diag::Severity::error;
    if (kind == check::FindingKind::text_not_found && quoted_source && !strictness.no_texts)
        return diag::Severity::error;
    return severity;
}

void render_findings(const std::vector<check::Finding>& findings, const model::Corpus& corpus,
                     const util::SourceManager& files, const Strictness& strictness, std::ostream& err,
                     const diag::RenderOptions& render, Tally& tally) {
    std::vector<bool> quoted;
    if (strictness.strict) quoted = quoted_sources(corpus);
    util::ProgressLine::hide();
    for (const auto& finding : findings) {
        diag::Diagnostic d = check::finding_diagnostic(finding, files);
        bool quoted_source = finding.source < quoted.size() && quoted[finding.source];
        d.severity = shown_severity(finding.kind, d.severity, quoted_source, strictness);
        if (finding.kind == check::FindingKind::text_not_found && d.severity == diag::Severity::error)
            d.message += " (under --strict an unchecked quote fails; give the folder of the texts with --texts "
                         "DIR, or --no-texts if they are absent on purpose)";
        diag::render(err, d, files, render);
        tally.count(d.severity);
    }
}

std::string summary(const model::Corpus& corpus, const Tally& tally) {
    return summary(corpus.files.size(), corpus.claims.size(), corpus.stances.size(), tally);
}

std::string summary(std::size_t files, std::size_t claims, std::size_t stances, const Tally& tally) {
    return counted(files, "file", "files") + ", " + counted(claims, "claim", "claims") + ", " +
           counted(stances, "stance", "stances") + ": " +
           counted(tally.errors, "error", "errors") + ", " + counted(tally.warnings, "warning", "warnings") + ", " +
           counted(tally.notes, "note", "notes");
}

std::string write_output(const std::string& path, const Inputs& inputs, const std::string& db,
                         const std::function<void(std::ostream&)>& write) {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::path target = path;
    if (fs::is_symlink(target, error)) target = fs::weakly_canonical(fs::absolute(target));
    if (fs::is_directory(target, error)) return "'" + path + "' is a folder; -o names the file to write";
    if (target.extension() == ".claims")
        return "'" + path + "' is a claims file: a report or export is never written over what you wrote";
    auto is = [&](const std::string& input) { return fs::equivalent(target, input, error); };
    if (!db.empty() && is(db)) return "'" + path + "' is the store the corpus is read from";
    for (const auto& file : inputs.corpus.files)
        if (is(file.path)) return "'" + path + "' is the claims file " + file.path;
    for (const auto& source : inputs.corpus.sources)
        if (!source.text_path.empty() && is(source.text_path))
            return "'" + path + "' is the text of source " + source.id;

    auto write_into = [&](const fs::path& file) {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        if (out) write(out);
        out.close();
        if (!out) throw std::system_error(errno ? errno : EIO, std::generic_category(), "cannot write " + path);
    };
    // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to, never replaced.
    if (fs::exists(target, error) && !fs::is_regular_file(target, error)) {
        write_into(target);
        return {};
    }
    util::TemporaryFile temporary(target);
    write_into(temporary.path());
    util::sync_file(temporary.path());
    fs::rename(temporary.path(), target);
    temporary.keep();
    util::sync_folder(target.has_parent_path() ? target.parent_path() : fs::path("."));
    return {};
}

}  // namespace stance::cli
