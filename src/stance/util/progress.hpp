#pragma once
// Progress of a long run: the stages say what they are doing and how far they are, and a
// ProgressLine, when the command line turns one on, shows it on a terminal as one line that
// updates in place. Short runs show nothing: the line appears only after `delay`.
//
// Reporting costs an atomic add and may happen on any thread; with no ProgressLine shown it
// goes nowhere.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <thread>

namespace stance::util {

// Starts a stage ("parsing", "writing the store", ...): `total` items, or 0 when the stage
// cannot count them (the line then shows only the stage and the time).
void progress_stage(std::string_view what, std::uint64_t total = 0, std::string_view unit = {});
// `n` more items of the current stage are done.
void progress_advance(std::uint64_t n = 1);

// Shows the progress on `out` (stderr) from a thread of its own, every quarter second once the
// run is older than `delay`, and erases the line when destroyed. Anything else written to `out`
// meanwhile must first call hide(), which erases the line until the next stage starts.
class ProgressLine {
public:
    explicit ProgressLine(std::FILE* out, std::chrono::milliseconds delay = std::chrono::seconds(2));
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    static void hide();

private:
    std::jthread m_thread;
};

// "stance: parsing 120/5002 files (2%), 3 s"; without a total, "stance: checking, 3 s".
std::string progress_text(std::string_view stage, std::uint64_t done, std::uint64_t total, std::string_view unit,
                          double seconds);

// Whether a progress line belongs on stderr: a terminal, and not asked to be quiet.
bool progress_wanted(bool quiet);

}  // namespace stance::util
