// Micro-benchmarks of the pipeline's stages on generated corpora (bench/corpus_generator.hpp):
// the parser (bytes per second), the resolver, and the checks (check::analyse, whose
// consistency part solves one 2-SAT instance per expert). Run: build-bench/bench/stance_bench.
#include <benchmark/benchmark.h>

#include "grammar/parse.hpp"

#include "fixture.hpp"
#include "stance/check/analysis.hpp"
#include "stance/model/resolve.hpp"

namespace {

using stance::bench::fixture;

void sizes(benchmark::internal::Benchmark* b) {
    b->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
}

void BM_Parse(benchmark::State& state) {
    const auto& f = fixture(static_cast<std::uint64_t>(state.range(0)));
    for (auto _ : state) {
        stance::diag::Sink sink;
        for (std::size_t i = 0; i < f.files.size(); ++i) {
            auto tree = stance::grammar::parse(f.files.get(static_cast<stance::util::FileId>(i)), sink);
            benchmark::DoNotOptimize(tree);
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * f.bytes));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * f.stances));
}
BENCHMARK(BM_Parse)->Apply(sizes);

void BM_Resolve(benchmark::State& state) {
    const auto& f = fixture(static_cast<std::uint64_t>(state.range(0)));
    for (auto _ : state) {
        stance::diag::Sink sink;
        auto corpus = stance::model::resolve(f.files, f.trees, {}, sink);
        benchmark::DoNotOptimize(corpus);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * f.stances));
}
BENCHMARK(BM_Resolve)->Apply(sizes);

void BM_Analyse(benchmark::State& state) {
    const auto& f = fixture(static_cast<std::uint64_t>(state.range(0)));
    for (auto _ : state) {
        auto analysis = stance::check::analyse(f.corpus, {.check_quotes = false});
        benchmark::DoNotOptimize(analysis);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * f.stances));
    state.counters["inconsistent"] = static_cast<double>(f.analysis.inconsistencies.size());
    state.counters["experts"] = static_cast<double>(f.corpus.experts.size());
}
BENCHMARK(BM_Analyse)->Apply(sizes);

}  // namespace
