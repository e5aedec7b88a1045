#include <chrono>
#include <cstdio>
#include <exception>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/cli/commands.hpp"
#include "stance/cli/common.hpp"
#include "stance/store/parse_cache.hpp"
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

int build(const BuildOptions& options) {
    auto started = std::chrono::steady_clock::now();
    auto render = stderr_render_options();

    // The old store serves as the parse cache; it is closed before the new one replaces it.
    model::Loaded loaded;
    std::vector<store::CachedParse> parses;
    std::size_t reused = 0;
    {
        store::StoreParseCache cache(options.db);
        loaded = load_corpus(options.input, std::cerr, render, &cache);
        reused = cache.hits();
        if (!loaded.diagnostics.has_errors()) parses = cache.entries(loaded.corpus);
    }
    Tally tally;
    tally.count(loaded.diagnostics);
    if (loaded.diagnostics.has_errors()) {
        std::cerr << summary(loaded.corpus, tally) << "; " << options.db << " left as it was\n";
        return 2;
    }

    // The checks run on a second thread while the corpus goes into the store: both only read it.
    check::Analysis analysis;
    std::exception_ptr failed_checks;
    std::optional<store::StoreWriter> writer;
    util::progress_stage("checking and writing the store");
    {
        std::jthread checks([&] {
            try {
                analysis = check::analyse(loaded.corpus, {.direct_only = options.direct_only});
            } catch (...) {
                failed_checks = std::current_exception();
            }
        });
        writer.emplace(options.db, loaded.corpus, parses);
    }
    if (failed_checks) std::rethrow_exception(failed_checks);
    parses = {};  // in the store now
    render_findings(analysis.findings, loaded.corpus, loaded.files, options.strictness, std::cerr, render, tally);
    util::progress_stage("writing the analysis to the store");
    writer->commit(analysis);
    util::ProgressLine::hide();

    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::size_t files = loaded.corpus.files.size();
    char timing[32];
    std::snprintf(timing, sizeof timing, "%.2f s", seconds);
    std::cerr << "built " << options.db << " in " << timing << ": " << summary(loaded.corpus, tally) << " ("
              << (files > reused ? files - reused : 0) << " files parsed, " << reused << " reused)\n";
    if (options.strictness.strict && (tally.errors > 0 || tally.warnings > 0)) return 1;
    return 0;
}

}  // namespace

void add_build_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<BuildOptions>();
    auto* command = app.add_subcommand(
        "build", "write the claim store (SQLite; atomic: a failed build leaves the old store as it was; "
                 "unchanged files are not parsed again)");
    add_input_options(*command, options->input);
    command->add_option("--db", options->db, "the store to write")->check(non_empty_path)->capture_default_str();
    add_strictness_options(*command, options->strictness,
                           "treat warnings as failures (exit 1; the store is still written); quotes not found, or "
                           "not checked for want of their text, are errors");
    add_direct_only_option(*command, options->direct_only);
    command->callback([options, &exit_code] { exit_code = build(*options); });
}

}  // namespace stance::cli
