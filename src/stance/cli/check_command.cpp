#include <iostream>

#include "stance/cli/commands.hpp"

namespace stance::cli {

void add_check_command(CLI::App& app, int& exit_code) {
    auto* command = app.add_subcommand("check", "(not available yet)");
    command->callback([&exit_code] {
        std::cerr << "stance: check is not available yet\n";
        exit_code = 2;
    });
}

}  // namespace stance::cli
