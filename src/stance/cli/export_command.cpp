#include <iostream>
#include <memory>
#include <string>

#include "stance/cli/commands.hpp"
#include "stance/cli/common.hpp"
#include "stance/exports/exports.hpp"

namespace stance::cli {
namespace {

struct ExportOptions {
    exports::Format format = exports::Format::dot;
    InputOptions input;
    std::string db;
    std::string out;
    bool with_experts = false;
    exports::Network network = exports::Network::two_mode;
    SliceOptions slice;  // --topic, --expert, --source, --claim, --since, --until
};

void write_export(std::ostream& out, const exports::Graph& graph, const ExportOptions& options) {
    switch (options.format) {
    case exports::Format::dot: exports::write_dot(out, graph, {.with_experts = options.with_experts}); break;
    case exports::Format::graphml: exports::write_graphml(out, graph, options.network); break;
    case exports::Format::gexf: exports::write_gexf(out, graph, options.network); break;
    case exports::Format::argdown: exports::write_argdown(out, graph); break;
    case exports::Format::aif: exports::write_aif(out, graph); break;
    case exports::Format::csv_edges: exports::write_csv_edges(out, graph); break;
    }
}

int run_export(const ExportOptions& options, bool paths_given, bool network_given) {
    auto usage_error = [](const std::string& message) {
        std::cerr << "stance: error: " << message << '\n';
        return 2;
    };
    if (!options.db.empty() && paths_given) return usage_error("give claims PATHs or --db FILE, not both");
    if (options.with_experts && options.format != exports::Format::dot)
        return usage_error("--with-experts applies to the dot export only");
    if (network_given && options.format != exports::Format::graphml && options.format != exports::Format::gexf)
        return usage_error("--network applies to the graphml and gexf exports only");

    std::optional<Inputs> inputs = read_inputs(options.input, options.db, {}, "export", options.slice);
    if (!inputs) return 2;
    exports::Graph graph(inputs->corpus, inputs->analysis);
    if (options.out.empty()) {
        write_export(std::cout, graph, options);
        std::cout.flush();
        return 0;
    }
    const std::string refused =
        write_output(options.out, *inputs, options.db, [&](std::ostream& out) { write_export(out, graph, options); });
    return refused.empty() ? 0 : usage_error(refused + "; nothing written");
}

}  // namespace

void add_export_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ExportOptions>();
    auto* command = app.add_subcommand("export", "export the corpus for other tools: dot, graphml, gexf, argdown, aif, csv-edges");
    command->add_option("format", options->format, "what to write")
        ->required()
        ->transform(one_of<exports::Format>({{"dot", exports::Format::dot},
                                             {"graphml", exports::Format::graphml},
                                             {"gexf", exports::Format::gexf},
                                             {"argdown", exports::Format::argdown},
                                             {"aif", exports::Format::aif},
                                             {"csv-edges", exports::Format::csv_edges}}))
        ->type_name("FORMAT");
    add_input_options(*command, options->input);
    command->add_option("--db", options->db, "read the corpus from this claim store instead of claims files")
        ->type_name("FILE")
        ->check(non_empty_path);
    add_slice_options(*command, options->slice);
    command->add_flag("--with-experts", options->with_experts, "dot: add the experts and their stances");
    command->add_option("--network", options->network,
                        "graphml, gexf: experts and claims (two-mode, default), or experts linked by the claims on "
                        "which they take the same side (congruence) or opposite sides (conflict)")
        ->transform(one_of<exports::Network>({{"two-mode", exports::Network::two_mode},
                                              {"congruence", exports::Network::congruence},
                                              {"conflict", exports::Network::conflict}}))
        ->type_name("NETWORK");
    command->add_option("-o,--output", options->out, "write to this file instead of stdout")
        ->type_name("OUT")
        ->check(non_empty_path);
    command->callback([options, command, &exit_code] {
        exit_code = run_export(*options, command->count("paths") > 0, command->count("--network") > 0);
    });
}

}  // namespace stance::cli
