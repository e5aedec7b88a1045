#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "stance/cli/commands.hpp"
#include "stance/cli/common.hpp"
#include "stance/diag/render.hpp"
#include "stance/format/claim_files.hpp"
#include "stance/format/format.hpp"
#include "stance/util/unified_diff.hpp"

namespace stance::cli {
namespace {

struct FmtOptions {
    std::vector<std::string> paths{"claims"};
    bool check = false;  // write nothing; list the files that would change
    bool diff = false;   // write nothing; show how they would change
};

std::string plural(std::size_t n, const char* one) { return std::to_string(n) + " " + one + (n == 1 ? "" : "s"); }

int fmt(const FmtOptions& options) {
    auto render = stderr_render_options();
    std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
    format::ClaimFiles claim_files(paths);
    bool input_errors = !claim_files.problems().empty();
    for (const auto& problem : claim_files.problems()) std::cerr << "stance fmt: error: " << problem << '\n';

    bool write = !options.check && !options.diff;
    util::SourceManager sources;
    std::size_t changed = 0, unchanged = 0, broken = 0;
    for (const auto& path : claim_files.files()) {
        std::string text;
        try {
            text = claim_files.read(path);
        } catch (const util::FileError& e) {
            std::cerr << "stance fmt: error: cannot read '" << path.string() << "': " << e.what() << '\n';
            input_errors = true;
            continue;
        }
        const util::SourceFile& source = sources.get(sources.add(path.lexically_normal().string(), text));
        diag::Sink sink;
        std::optional<std::string> formatted = format::format(source, sink);
        diag::render_all(std::cerr, sink, sources, render);
        if (!formatted) {
            std::cerr << "stance fmt: '" << source.path() << "' has syntax errors; it is left as it is\n";
            ++broken;
            input_errors = true;
            continue;
        }
        if (*formatted == text) {
            ++unchanged;
            continue;
        }
        ++changed;
        if (options.check) std::cout << source.path() << '\n';
        if (options.diff)
            std::cout << util::unified_diff(text, *formatted, source.path() + ".orig", source.path());
        if (write) {
            try {
                claim_files.write(path, text, *formatted);
            } catch (const util::FileError& e) {
                std::cerr << "stance fmt: error: cannot rewrite '" << source.path() << "': " << e.what() << '\n';
                input_errors = true;
            }
        }
    }
    std::cerr << "stance fmt: " << plural(changed, "file") << (write ? " reformatted" : " would be reformatted") << ", "
              << unchanged << " already formatted";
    if (broken > 0) std::cerr << ", " << broken << " left as " << (broken == 1 ? "it is" : "they are") << " (syntax errors)";
    std::cerr << '\n';
    if (input_errors) return 2;
    return !write && changed > 0 ? 1 : 0;
}

}  // namespace

void add_fmt_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<FmtOptions>();
    auto* command = app.add_subcommand(
        "fmt", "rewrite claims files in the one canonical layout (comments kept; a file with syntax errors is left "
               "as it is)");
    command->add_option("paths", options->paths, "claims files, or folders of them")
        ->type_name("PATH")
        ->check(non_empty_path)
        ->capture_default_str();
    command->add_flag("--check", options->check,
                      "write nothing; list the files that are not formatted and exit 1 if there are any");
    command->add_flag("--diff", options->diff,
                      "write nothing; print how each file would change (a unified diff) and exit 1 if any would");
    command->callback([options, &exit_code] { exit_code = fmt(*options); });
}

}  // namespace stance::cli
