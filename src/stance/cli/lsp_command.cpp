#include <iostream>
#include <memory>

#include "stance/cli/commands.hpp"
#include "stance/cli/common.hpp"
#include "stance/lsp/server.hpp"

namespace stance::cli {
namespace {

struct LspOptions {
    std::vector<std::string> texts;
    std::vector<std::string> bibs;
};

int lsp(const LspOptions& options) {
    lsp::ServerOptions server;
    server.text_dirs.assign(options.texts.begin(), options.texts.end());
    server.bib_files.assign(options.bibs.begin(), options.bibs.end());
    // std::cin is never destroyed, so the reading thread may outlive this call.
    std::shared_ptr<std::istream> in(&std::cin, [](std::istream*) {});
    std::ios::sync_with_stdio(false);
    return lsp::serve(std::move(in), std::cout, std::move(server));
}

}  // namespace

void add_lsp_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<LspOptions>();
    auto* command = app.add_subcommand(
        "lsp", "language server (Language Server Protocol over stdin and stdout) for editors");
    command->add_option("--texts", options->texts, "a folder where source texts are looked up by file name")
        ->type_name("DIR")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command->add_option("--bib", options->bibs, "a BibTeX file where sources' `cite` keys are looked up")
        ->type_name("FILE")
        ->check(non_empty_path)
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command->callback([options, &exit_code] { exit_code = lsp(*options); });
}

}  // namespace stance::cli
