// Micro-benchmarks of the claim store on generated corpora: writing the whole store (what
// `stance build` ends with) and reading it back (what `stance report --db` starts with).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <unistd.h>

#include "fixture.hpp"
#include "stance/store/store.hpp"

namespace {

using stance::bench::fixture;

void sizes(benchmark::internal::Benchmark* b) {
    b->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
}

std::filesystem::path scratch_store(std::int64_t size) {
    return std::filesystem::temp_directory_path() /
           ("stance-bench-" + std::to_string(::getpid()) + "-" + std::to_string(size) + ".db");
}

void BM_WriteStore(benchmark::State& state) {
    const auto& f = fixture(static_cast<std::uint64_t>(state.range(0)));
    auto path = scratch_store(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::remove(path);
        state.ResumeTiming();
        stance::store::write_store(path, f.corpus, f.analysis);
    }
    state.counters["store_bytes"] = static_cast<double>(std::filesystem::file_size(path));
    std::filesystem::remove(path);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * f.stances));
}
BENCHMARK(BM_WriteStore)->Apply(sizes)->UseRealTime();  // much of it is the kernel writing pages

void BM_ReadStore(benchmark::State& state) {
    const auto& f = fixture(static_cast<std::uint64_t>(state.range(0)));
    auto path = scratch_store(state.range(0));
    stance::store::write_store(path, f.corpus, f.analysis);
    for (auto _ : state) {
        auto stored = stance::store::read_store(path);
        benchmark::DoNotOptimize(stored);
    }
    std::filesystem::remove(path);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * f.stances));
}
BENCHMARK(BM_ReadStore)->Apply(sizes)->UseRealTime();

}  // namespace
