#include "stance/util/progress.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>

#include <unistd.h>

namespace stance::util {
namespace {

// One run, one line: the state is process-wide so that any stage can report without being
// handed an object through every layer.
struct State {
    std::mutex mutex;  // guards the strings, and writing the line
    std::string stage;
    std::string unit;
    std::atomic<std::uint64_t> done{0};
    std::atomic<std::uint64_t> total{0};
    std::FILE* out = nullptr;  // while a ProgressLine is shown
    bool shown = false;        // the line is on the screen now
};

State& state() {
    static State s;
    return s;
}

void erase(State& s) {
    if (s.shown && s.out) {
        std::fputs("\r\033[K", s.out);
        std::fflush(s.out);
    }
    s.shown = false;
}

void show(State& s, std::chrono::steady_clock::duration elapsed) {
    if (s.stage.empty() || !s.out) return;
    std::string line = progress_text(s.stage, s.done.load(std::memory_order_relaxed),
                                     s.total.load(std::memory_order_relaxed), s.unit,
                                     std::chrono::duration<double>(elapsed).count());
    std::fprintf(s.out, "\r%s\033[K", line.c_str());
    std::fflush(s.out);
    s.shown = true;
}

}  // namespace

std::string progress_text(std::string_view stage, std::uint64_t done, std::uint64_t total, std::string_view unit,
                          double seconds) {
    char line[64];
    std::string text = "stance: " + std::string(stage);
    if (total > 0) {
        std::snprintf(line, sizeof line, " %llu/%llu", static_cast<unsigned long long>(done),
                      static_cast<unsigned long long>(total));
        text += line;
        if (!unit.empty()) text += " " + std::string(unit);
        std::snprintf(line, sizeof line, " (%.0f%%)", 100.0 * static_cast<double>(std::min(done, total)) /
                                                        static_cast<double>(total));
        text += line;
    }
    std::snprintf(line, sizeof line, ", %.0f s", seconds);
    return text + line;
}

void progress_stage(std::string_view what, std::uint64_t total, std::string_view unit) {
    State& s = state();
    std::lock_guard lock(s.mutex);
    s.stage = what;
    s.unit = unit;
    s.done.store(0, std::memory_order_relaxed);
    s.total.store(total, std::memory_order_relaxed);
}

void progress_advance(std::uint64_t n) { state().done.fetch_add(n, std::memory_order_relaxed); }

ProgressLine::ProgressLine(std::FILE* out, std::chrono::milliseconds delay) {
    {
        std::lock_guard lock(state().mutex);
        state().out = out;
    }
    m_thread = std::jthread([delay](std::stop_token stop) {
        const auto started = std::chrono::steady_clock::now();
        std::mutex sleeping;
        std::condition_variable_any wake;
        std::unique_lock sleep_lock(sleeping);
        auto next = started + delay;
        while (!wake.wait_until(sleep_lock, stop, next, [&stop] { return stop.stop_requested(); })) {
            State& s = state();
            std::lock_guard lock(s.mutex);
            show(s, std::chrono::steady_clock::now() - started);
            next = std::chrono::steady_clock::now() + std::chrono::milliseconds(250);
        }
    });
}

ProgressLine::~ProgressLine() {
    m_thread.request_stop();
    m_thread.join();
    State& s = state();
    std::lock_guard lock(s.mutex);
    erase(s);
    s.out = nullptr;
    s.stage.clear();
}

void ProgressLine::hide() {
    State& s = state();
    std::lock_guard lock(s.mutex);
    erase(s);
    s.stage.clear();
}

bool progress_wanted(bool quiet) { return !quiet && ::isatty(STDERR_FILENO) == 1; }

}  // namespace stance::util
