#include "stance/cli/run.hpp"

#include <cerrno>
#include <exception>
#include <new>
#include <system_error>
#include <iostream>

#include "stance/cli/commands.hpp"

#ifndef STANCE_VERSION
#define STANCE_VERSION "0.1.0"
#endif

namespace stance::cli {

int run(int argc, char** argv) {
    CLI::App app{"stance: compare what experts claim, from hand-written claim files"};
    app.set_version_flag("--version", std::string("stance ") + STANCE_VERSION);
    app.require_subcommand(1);
    int exit_code = 0;
    add_check_command(app, exit_code);
    add_build_command(app, exit_code);
    add_report_command(app, exit_code);
    add_export_command(app, exit_code);
    add_lsp_command(app, exit_code);
    add_fmt_command(app, exit_code);
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
        std::cerr << "stance: error: " << e.what() << '\n';
        return 3;
    }
    return exit_code;
}

}  // namespace stance::cli
