// Micro-benchmarks of the reports on generated corpora: building the stance-matrix and
// disagreement documents from an analysis, and writing the matrix in every format.
#include <benchmark/benchmark.h>

#include <sstream>

#include "fixture.hpp"
#include "stance/report/reports.hpp"
#include "stance/report/writers.hpp"

namespace {

using stance::bench::fixture;
using stance::report::Format;

void sizes(benchmark::internal::Benchmark* b) {
    b->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
}

void BM_MatrixReport(benchmark::State& state) {
    const auto& f = fixture(static_cast<std::uint64_t>(state.range(0)));
    for (auto _ : state) {
        auto document = stance::report::matrix_report(f.corpus, f.analysis);
        benchmark::DoNotOptimize(document);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * f.analysis.cells.size()));
}
BENCHMARK(BM_MatrixReport)->Apply(sizes);

void BM_DisagreementsReport(benchmark::State& state) {
    const auto& f = fixture(static_cast<std::uint64_t>(state.range(0)));
    for (auto _ : state) {
        auto document = stance::report::disagreements_report(f.corpus, f.analysis);
        benchmark::DoNotOptimize(document);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * f.stances));
}
BENCHMARK(BM_DisagreementsReport)->Apply(sizes);

// The writer alone: the matrix document is built once, written per iteration.
void BM_WriteMatrix(benchmark::State& state, Format format) {
    const auto& f = fixture(static_cast<std::uint64_t>(state.range(0)));
    auto document = stance::report::matrix_report(f.corpus, f.analysis);
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::ostringstream out;
        stance::report::write(out, document, format);
        bytes = out.view().size();
        benchmark::DoNotOptimize(bytes);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
    state.counters["output_bytes"] = static_cast<double>(bytes);
}
BENCHMARK_CAPTURE(BM_WriteMatrix, text, Format::text)->Apply(sizes);
BENCHMARK_CAPTURE(BM_WriteMatrix, md, Format::md)->Apply(sizes);
BENCHMARK_CAPTURE(BM_WriteMatrix, csv, Format::csv)->Apply(sizes);
BENCHMARK_CAPTURE(BM_WriteMatrix, json, Format::json)->Apply(sizes);
BENCHMARK_CAPTURE(BM_WriteMatrix, html, Format::html)->Apply(sizes);
BENCHMARK_CAPTURE(BM_WriteMatrix, tex, Format::tex)->Apply(sizes);

}  // namespace
