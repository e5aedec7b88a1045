#pragma once
// One function per subcommand, each in its own file: it declares the subcommand's options and
// a callback that calls the core API and stores the exit code in `exit_code`.
#include <CLI/CLI.hpp>

namespace stance::cli {

void add_check_command(CLI::App& app, int& exit_code);
void add_build_command(CLI::App& app, int& exit_code);
void add_report_command(CLI::App& app, int& exit_code);
void add_export_command(CLI::App& app, int& exit_code);
void add_find_command(CLI::App& app, int& exit_code);
void add_lsp_command(CLI::App& app, int& exit_code);
void add_fmt_command(CLI::App& app, int& exit_code);

}  // namespace stance::cli
