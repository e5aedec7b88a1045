#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/cli/commands.hpp"
#include "stance/cli/common.hpp"
#include "stance/model/load.hpp"
#include "stance/store/store.hpp"
#include "stance/util/progress.hpp"

namespace stance::cli {
namespace {

struct BuildOptions {
    InputOptions input;
    std::string db = "claims.db";
    Strictness strictness;
    bool direct_only = false;
};

namespace fs = std::filesystem;

std::string joined(const std::vector<std::string>& items) {
    std::string all;
    for (const auto& item : items) all += (all.empty() ? "" : "\n") + item;
    return all;
}

// The running program, as its file: another build of stance (another version, a fix) may write
// another store from the same inputs. "" when it cannot be told.
std::string program_identity() {
    std::error_code ec;
    fs::path program = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    auto size = fs::file_size(program, ec);
    if (ec) return {};
    auto modified = fs::last_write_time(program, ec);
    if (ec) return {};
    return program.string() + " " + std::to_string(size) + " bytes, modified " +
           std::to_string(modified.time_since_epoch().count());
}

// What changes the store besides the claims files and texts, by name (docs/store.md,
// build_options), sorted as read_inputs returns them.
std::vector<std::pair<std::string, std::string>> store_options(const BuildOptions& options,
                                                               const std::string& program) {
    std::error_code ec;
    std::vector<std::pair<std::string, std::string>> named{
        {"allow_read", joined(options.input.allow_read)},
        {"bib", joined(options.input.bibs)},
        {"direct_only", options.direct_only ? "1" : "0"},
        {"paths", joined(options.input.paths)},
        {"program", program},
        {"texts", joined(options.input.texts)},
        {"working_folder", fs::current_path(ec).string()},
    };
    std::sort(named.begin(), named.end());
    return named;
}

// When the store records the same options, files and texts, it is what a build would write:
// says so and counts its findings as the build that wrote it showed them.
std::optional<int> up_to_date(const BuildOptions& options, const store::BuildRecord& record) {
    if (record.options.empty()) return std::nullopt;
    std::optional<store::StoredInputs> stored = store::read_inputs(options.db);
    if (!stored || stored->record.options != record.options) return std::nullopt;
    if (!model::same_inputs(load_options(options.input), stored->inputs)) return std::nullopt;
    store::remove_dead_temporaries(options.db);
    Tally tally;
    for (const auto& f : stored->findings) tally.count(shown_severity(f.kind, f.severity, f.quoted_source, options.strictness));
    std::cerr << options.db << " is up to date (nothing changed since it was built; nothing written): "
              << summary(stored->inputs.files.size(), stored->claims, stored->stances, tally)
              << (tally.errors + tally.warnings + tally.notes > 0 ? " (`stance check` shows them)" : "") << "\n";
    return options.strictness.strict && (tally.errors > 0 || tally.warnings > 0) ? 1 : 0;
}

int build(const BuildOptions& options) {
    auto started = std::chrono::steady_clock::now();
    auto render = stderr_render_options();
    store::BuildRecord record;
    if (std::string program = program_identity(); !program.empty()) record.options = store_options(options, program);
    if (auto status = up_to_date(options, record)) return *status;

    model::Loaded loaded = load_corpus(options.input, std::cerr, render);
    Tally tally;
    tally.count(loaded.diagnostics);
    if (loaded.diagnostics.has_errors()) {
        std::cerr << summary(loaded.corpus, tally) << "; " << options.db << " left as it was\n";
        return 2;
    }
    // Hashed before the checks read them: a text edited meanwhile is then a change next time.
    record.texts = model::hash_texts(loaded.corpus);

    // The checks run on a second thread, and write their tables apart, while the corpus goes
    // into the store: both only read it.
    check::Analysis analysis;
    std::optional<store::AnalysisTables> tables;
    std::exception_ptr failed_checks;
    std::optional<store::StoreWriter> writer;
    util::progress_stage("checking and writing the store");
    {
        std::jthread checks([&] {
            try {
                analysis = check::analyse_for_store(loaded.corpus, {.direct_only = options.direct_only});
                tables.emplace(options.db, loaded.corpus, analysis);
            } catch (...) {
                failed_checks = std::current_exception();
            }
        });
        writer.emplace(options.db, loaded.corpus, record);
    }
    if (failed_checks) std::rethrow_exception(failed_checks);
    render_findings(analysis.findings, loaded.corpus, loaded.files, options.strictness, std::cerr, render, tally);
    const std::string counts = summary(loaded.corpus, tally);
    // Nothing reads the corpus, its files or the analysis any more: they are freed on another
    // thread (millions of allocations: a few tenths of a second at 10^6 stances) while the
    // analysis's tables are copied in and the store is synced.
    std::jthread release([read = std::move(loaded), measured = std::move(analysis)]() mutable {
        model::Loaded freed = std::move(read);
        check::Analysis freed_too = std::move(measured);
    });
    util::progress_stage("writing the analysis to the store");
    writer->commit(std::move(*tables));
    util::ProgressLine::hide();

    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    char timing[32];
    std::snprintf(timing, sizeof timing, "%.2f s", seconds);
    std::cerr << "built " << options.db << " in " << timing << ": " << counts << "\n";
    if (options.strictness.strict && (tally.errors > 0 || tally.warnings > 0)) return 1;
    return 0;
}

}  // namespace

void add_build_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<BuildOptions>();
    auto* command = app.add_subcommand(
        "build", "write the claim store (SQLite; atomic: a failed build leaves the old store as it was; "
                 "nothing is written when nothing changed)");
    add_input_options(*command, options->input);
    command->add_option("--db", options->db, "the store to write")->check(non_empty_path)->capture_default_str();
    add_strictness_options(*command, options->strictness,
                           "treat warnings as failures (exit 1; the store is still written); quotes not found, or "
                           "not checked for want of their text, are errors");
    add_direct_only_option(*command, options->direct_only);
    command->callback([options, &exit_code] { exit_code = build(*options); });
}

}  // namespace stance::cli
