#include "stance/cli/run.hpp"

#include <cerrno>
#include <exception>
#include <new>
#include <string>
#include <system_error>
#include <iostream>
#include <optional>

#include "stance/cli/commands.hpp"
#include "stance/util/progress.hpp"
#include "stance/util/suggest.hpp"

#ifndef STANCE_VERSION
#define STANCE_VERSION "0.1.0"
#endif

namespace stance::cli {

namespace {

// CLI11 takes an unknown first word for a missing subcommand ("A subcommand is required"); a
// misspelt command deserves its name back. Empty when the command line names a command (or
// asks only for --help or --version).
std::string unknown_command(const CLI::App& app, int argc, char** argv) {
    const std::vector<const CLI::App*> commands = app.get_subcommands({});
    std::string names;
    for (const CLI::App* command : commands) names += (names.empty() ? "" : ", ") + command->get_name();
    if (argc < 2) return "give a command: " + names + " (stance --help says more)";
    const std::string word = argv[1];
    if (word.starts_with('-')) return {};
    util::Nearest nearest(word);
    for (const CLI::App* command : commands) {
        if (command->check_name(word)) return {};
        nearest.consider(command->get_name());
    }
    std::string message = "unknown command '" + word + "'";
    if (!nearest.best().empty()) return message + "; did you mean '" + nearest.best() + "'?";
    return message + "; the commands are " + names;
}

}  // namespace

int run(int argc, char** argv) {
    CLI::App app{"stance: compare what experts claim, from hand-written claim files"};
    app.set_version_flag("--version", std::string("stance ") + STANCE_VERSION);
    app.require_subcommand(1);
    int exit_code = 0;
    // A progress line on stderr when it is a terminal, for runs over two seconds.
    bool quiet = false;
    app.add_flag("-q,--quiet", quiet, "no progress line on stderr (shown on a terminal when a run takes over 2 s)");
    app.fallthrough();  // --quiet may follow the subcommand
    std::optional<util::ProgressLine> progress;
    app.parse_complete_callback([&] {
        // Not for the language server: it runs as long as the editor does.
        if (util::progress_wanted(quiet) && !app.got_subcommand("lsp")) progress.emplace(stderr);
    });
    add_check_command(app, exit_code);
    add_build_command(app, exit_code);
    add_report_command(app, exit_code);
    add_export_command(app, exit_code);
    add_find_command(app, exit_code);
    add_lsp_command(app, exit_code);
    add_fmt_command(app, exit_code);
    if (std::string unknown = unknown_command(app, argc, argv); !unknown.empty()) {
        std::cerr << "stance: error: " << unknown << '\n';
        return 2;
    }
    try {
        app.parse(argc, argv);
        // A report on stdout that did not all arrive (a full disk, a closed pipe) is a fault.
        if (!std::cout.flush())
            throw std::system_error(errno ? errno : EIO, std::generic_category(), "cannot write to standard output");
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    } catch (const std::bad_alloc&) {
        std::cerr << "stance: error: out of memory\n";
        return 3;
    } catch (const std::exception& e) {
        // I/O, SQLite and internal faults: input errors never throw (they are diagnostics).
        util::ProgressLine::hide();
        std::cerr << "stance: error: " << e.what() << '\n';
        return 3;
    }
    return exit_code;
}

}  // namespace stance::cli
