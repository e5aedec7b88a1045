#include <iostream>

#include "stance/cli/commands.hpp"

namespace stance::cli {

void add_build_command(CLI::App& app, int& exit_code) {
    auto* command = app.add_subcommand("build", "(not available yet)");
    command->callback([&exit_code] {
        std::cerr << "stance: build is not available yet\n";
        exit_code = 2;
    });
}

}  // namespace stance::cli
