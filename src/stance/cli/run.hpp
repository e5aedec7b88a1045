#pragma once
// The command line: parses arguments with CLI11, runs one subcommand, maps outcomes to exit
// codes (0 ok; 1 warnings under --strict; 2 usage or input errors; 3 internal or I/O fault).
namespace stance::cli {

int run(int argc, char** argv);

}  // namespace stance::cli
