#include <iostream>
#include <memory>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/cli/commands.hpp"
#include "stance/cli/common.hpp"
#include "stance/util/progress.hpp"

namespace stance::cli {
namespace {

// Leaves what was loaded to the end of the process instead of freeing it when the command
// returns: the process exits then, and freeing a corpus one allocation at a time (about 5% of
// `stance check` at 10^5 stances) would be work that nothing reads. It stays reachable from
// here, so that a leak checker does not count it as lost.
void keep_until_exit(model::Loaded&& loaded) {
    static auto& kept = *new std::vector<std::unique_ptr<model::Loaded>>;
    kept.push_back(std::make_unique<model::Loaded>(std::move(loaded)));
}

struct CheckOptions {
    InputOptions input;
    Strictness strictness;
};

int check(const CheckOptions& options) {
    auto render = stderr_render_options();
    model::LoadOptions load = load_options(options.input);
    load.take_strings = true;  // the checks allocate little once the corpus is made
    model::Loaded loaded = load_corpus(load, std::cerr, render);
    Tally tally;
    tally.count(loaded.diagnostics);
    // Findings on a corpus with input errors would describe a corpus that was not written.
    if (!loaded.diagnostics.has_errors()) {
        util::progress_stage("checking");
        render_findings(check::analyse_findings(loaded.corpus), loaded.corpus, loaded.files, options.strictness, std::cerr, render, tally);
    }
    std::cerr << summary(loaded.corpus, tally) << '\n';
    const bool errors = loaded.diagnostics.has_errors();
    keep_until_exit(std::move(loaded));
    if (errors) return 2;
    if (options.strictness.strict && (tally.errors > 0 || tally.warnings > 0)) return 1;
    return 0;
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<CheckOptions>();
    auto* command = app.add_subcommand("check", "parse, resolve and check claims files; GCC-style diagnostics on stderr");
    add_input_options(*command, options->input);
    add_strictness_options(*command, options->strictness,
                           "treat warnings as failures (exit 1); quotes not found, or not checked for want of "
                           "their text, are errors");
    command->callback([options, &exit_code] { exit_code = check(*options); });
}

}  // namespace stance::cli
