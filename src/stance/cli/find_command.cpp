// `stance find SOURCE WORDS`: where a source's text holds some words, printed as a quote ready
// to copy into a claims file, with the line and paragraph to put in its `at`.
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "grammar/lexer.hpp"
#include "stance/check/normalise.hpp"
#include "stance/check/quotes.hpp"
#include "stance/cli/commands.hpp"
#include "stance/cli/common.hpp"
#include "stance/util/control_chars.hpp"
#include "stance/util/source_file.hpp"
#include "stance/util/suggest.hpp"

namespace stance::cli {
namespace {

constexpr std::size_t max_shown = 20;

struct FindOptions {
    std::string source;
    std::string words;
    InputOptions input;
};

int find(const FindOptions& options) {
    // The claims are read for their sources only: their diagnostics are `stance check`'s business.
    std::ostringstream ignored;
    model::Loaded loaded = load_corpus(options.input, ignored, {});
    const model::Corpus& corpus = loaded.corpus;
    const model::Index index = corpus.find_source(options.source);
    if (index == model::none) {
        util::Nearest nearest(options.source);
        std::string longer;  // the one id that the word begins ("eurasianet" for eurasianet-2022)
        std::size_t longer_count = 0;
        for (const auto& source : corpus.sources) {
            nearest.consider(source.id);
            if (source.id.starts_with(options.source)) longer = source.id, ++longer_count;
        }
        const std::string suggestion = !nearest.best().empty() ? nearest.best() : longer_count == 1 ? longer : "";
        std::cerr << "stance: error: no source '" << util::escape_controls(options.source) << "' in the corpus";
        if (!suggestion.empty()) std::cerr << "; did you mean '" << suggestion << "'?";
        std::cerr << '\n';
        return 2;
    }
    const model::Source& source = corpus.sources[index];
    if (source.text.empty()) {
        std::cerr << "stance: error: source " << source.id << " names no text (its `text` attribute)\n";
        return 2;
    }
    if (source.text_path.empty()) {
        std::cerr << "stance: error: the text \"" << util::escape_controls(source.text) << "\" of source " << source.id
                  << " was not found; name its folder with --texts DIR\n";
        return 2;
    }
    std::string text;
    try {
        text = util::read_file(source.text_path);
    } catch (const util::FileError& e) {
        std::cerr << "stance: error: " << e.what() << '\n';
        return 2;
    }

    const auto found = check::find_passages(text, options.words, max_shown + 1);
    for (std::size_t i = 0; i < found.size() && i < max_shown; ++i)
        std::cout << source.text_path << ':' << found[i].line << ": paragraph " << found[i].paragraph << "\n  quote "
                  << util::escape_controls(grammar::string_literal(found[i].sentence)) << '\n';
    if (found.size() > max_shown)
        std::cout << "(more than " << max_shown << " places; give more words)\n";
    if (!found.empty()) return 0;

    std::cerr << "stance: the text of " << source.id << " does not hold \"" << util::escape_controls(options.words)
              << '"';
    const std::string normal = check::normalise_text(text);
    if (const std::string closest = check::closest_passage(normal, check::normalise_text(options.words));
        !closest.empty())
        std::cerr << "; closest passage: \"" << util::escape_controls(closest) << '"';
    std::cerr << '\n';
    return 1;
}

}  // namespace

void add_find_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<FindOptions>();
    auto* command = app.add_subcommand(
        "find", "find where a source's text holds some words: the sentence as a quote, with its line and paragraph");
    command->add_option("source", options->source, "the source's id")->required()->type_name("SOURCE");
    command->add_option("words", options->words, "the words to find (\"...\" may stand for words left out)")
        ->required()
        ->type_name("WORDS");
    add_input_options(*command, options->input);
    command->callback([options, &exit_code] { exit_code = find(*options); });
}

}  // namespace stance::cli
