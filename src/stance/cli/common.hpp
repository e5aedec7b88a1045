#pragma once
// What the commands that read claims files share: the input options (`PATH...`, `--texts DIR`),
// loading a corpus with its diagnostics shown on stderr, findings shown as diagnostics, and the
// closing summary line.
#include <CLI/CLI.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/diag/diagnostic.hpp"
#include "stance/diag/render.hpp"
#include "stance/model/load.hpp"
#include "stance/model/slice.hpp"
#include "stance/util/suggest.hpp"

namespace stance::cli {

struct InputOptions {
    std::vector<std::string> paths{"claims"};
    std::vector<std::string> texts;
    std::vector<std::string> allow_read;
    std::vector<std::string> bibs;
};

// Adds `PATH...` (files or folders, default `claims`), `--texts DIR`, `--allow-read DIR` and
// `--bib FILE` (all repeatable).
void add_input_options(CLI::App& command, InputOptions& options);

// The slice options of reports and exports: --topic, --expert, --source, --claim (repeatable),
// --since, --until (dates checked as they are read).
struct SliceOptions {
    model::Slice slice;
    std::string since, until;
};
void add_slice_options(CLI::App& command, SliceOptions& options);
// Cuts the corpus down to the slice the options ask for (nothing to do when they ask for none)
// and says what the slice keeps ("" for the whole corpus); none, with each unknown id reported
// on `err`, when the slice names ids the corpus does not have.
std::optional<std::string> slice_corpus(model::Corpus& corpus, const SliceOptions& options, std::ostream& err);
// Adds `--direct-only` (check::AnalyseOptions::direct_only).
void add_direct_only_option(CLI::App& command, bool& direct_only);

// The value of an option that is one of `choices`, as the enum: the help lists the names
// ("{text,md,csv}"), and a word that is none of them is refused with the nearest name. Added with
// `transform`, since it replaces the word by the enum's number for CLI11 to store.
template <class Enum>
CLI::Validator one_of(std::vector<std::pair<std::string, Enum>> choices) {
    std::string names;
    for (const auto& choice : choices) names += (names.empty() ? "" : ",") + choice.first;
    names = "{" + names + "}";
    return CLI::Validator(
        [choices = std::move(choices), names](std::string& word) -> std::string {
            for (const auto& [name, value] : choices)
                if (name == word) {
                    word = std::to_string(static_cast<std::underlying_type_t<Enum>>(value));
                    return {};
                }
            util::Nearest nearest(word);
            for (const auto& choice : choices) nearest.consider(choice.first);
            std::string message = "'" + word + "' is not one of " + names;
            if (!nearest.best().empty()) message += "; did you mean '" + nearest.best() + "'?";
            return message;
        },
        names);
}

// Refuses an empty path ("" names no file; it would otherwise mean the default, or stdout).
extern const CLI::Validator non_empty_path;

// Colour only when stderr is a terminal and NO_COLOR is not set.
diag::RenderOptions stderr_render_options();

// The load options that the input options ask for.
model::LoadOptions load_options(const InputOptions& options);
// Loads the corpus (see model::load) and renders every diagnostic of loading to `err`.
model::Loaded load_corpus(const InputOptions& options, std::ostream& err, const diag::RenderOptions& render);
model::Loaded load_corpus(const model::LoadOptions& options, std::ostream& err, const diag::RenderOptions& render);

// The corpus and what the checks found in it, for the commands that write it out.
struct Inputs {
    model::Corpus corpus;
    check::Analysis analysis;
    std::string slice;  // what part of the corpus it is (model::Slice::describe); "" for all
};

// From claims files (diagnostics on stderr; nullopt, with a message saying that no `output`
// was written, when they have errors), or from a store when `db` is given; cut down to `slice`
// (nullopt when it names unknown ids) and measured with `measure`, which `focus`, when given,
// may narrow to what the command reads of this corpus (nullopt when it returns false).
using Focus = std::function<bool(const model::Corpus&, check::AnalyseOptions&)>;
std::optional<Inputs> read_inputs(const InputOptions& options, const std::string& db, check::AnalyseOptions measure,
                                  const std::string& output, const SliceOptions& slice = {}, const Focus& focus = {});

// Writes what `write` renders into the file `path` (`-o FILE`) atomically: into a temporary
// beside it, renamed over it once complete, so that a failed or interrupted run leaves the old
// file as it was. A link there is written through, as a shell's `>` would. Never over an input:
// a claims file (any `*.claims`), the store read with `db`, a source's text, or a folder. Returns
// "" when written, else why the path was refused (a usage error); throws on I/O failure.
std::string write_output(const std::string& path, const Inputs& inputs, const std::string& db,
                         const std::function<void(std::ostream&)>& write);

// Counts what was shown, by severity, for the summary line.
struct Tally {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t notes = 0;

    void count(diag::Severity severity);
    void count(const diag::Sink& sink);
};

// `--strict` and `--no-texts`, which check and build share.
struct Strictness {
    bool strict = false;    // warnings fail (exit 1); a quote that is not found is an error
    bool no_texts = false;  // the source texts are absent on purpose: unchecked quotes do not fail
};

// Adds `--strict` and `--no-texts`.
void add_strictness_options(CLI::App& command, Strictness& options, const std::string& strict_help);

// A finding's severity as shown: under `strict`, a quote that is not found in its source's text
// is an error, and so is a text that was not found for a source that has quotes
// (`quoted_source`: they could not be checked), unless `no_texts`.
diag::Severity shown_severity(check::FindingKind kind, diag::Severity severity, bool quoted_source,
                              const Strictness& strictness);

// Renders the findings of the checks to `err`, with shown_severity, and counts them.
void render_findings(const std::vector<check::Finding>& findings, const model::Corpus& corpus,
                     const util::SourceManager& files, const Strictness& strictness, std::ostream& err,
                     const diag::RenderOptions& render, Tally& tally);

// "12 files, 40 claims, 85 stances: 0 errors, 3 warnings, 2 notes"
std::string summary(const model::Corpus& corpus, const Tally& tally);
std::string summary(std::size_t files, std::size_t claims, std::size_t stances, const Tally& tally);

}  // namespace stance::cli
