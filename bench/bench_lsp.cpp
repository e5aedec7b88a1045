// The language server's answer to an edit: the time from a `didChange` of one file of a
// generated corpus (written to a temporary folder, as an editor's workspace) to the
// diagnostics published for it, with the server's in-memory parse cache warm, as in a session.
// The goal (a 10^4-stance corpus within 100 ms) is read off this benchmark, never a test.
// Run: build-bench/bench/stance_bench --benchmark_filter=BM_LspChange
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "corpus_generator.hpp"
#include "stance/lsp/server.hpp"
#include "stance/lsp/uri.hpp"

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

void BM_LspChange(benchmark::State& state) {
    auto stances = static_cast<std::uint64_t>(state.range(0));
    fs::path root = fs::temp_directory_path() / ("stance-bench-lsp-" + std::to_string(::getpid()) + "-" +
                                                 std::to_string(stances));
    fs::remove_all(root);
    stance::bench::CorpusGenerator generator(stances);
    std::string edited_name, edited_text;
    for (std::size_t i = 0; i < generator.file_count(); ++i) {
        auto file = generator.file(i);
        fs::create_directories((root / file.name).parent_path());
        std::ofstream(root / file.name, std::ios::binary) << file.text;
        if (i == 2) edited_name = file.name, edited_text = file.text;  // the first source file
    }
    std::string uri = stance::lsp::uri_from_path(root / edited_name);

    std::size_t published = 0;
    stance::lsp::Server server({}, [&](const json& message) {
        if (message.value("method", "") == "textDocument/publishDiagnostics") ++published;
    });
    server.handle({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"},
                   {"params", {{"rootUri", stance::lsp::uri_from_path(root)}}}});
    server.handle({{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
                   {"params", {{"textDocument", {{"uri", uri}, {"text", edited_text}}}}}});
    server.idle();  // the first analysis parses every file

    // Each change breaks or mends a reference, so that every analysis has new diagnostics to send.
    bool broken = false;
    for (auto _ : state) {
        broken = !broken;
        std::string text = edited_text + (broken ? "\nnobody asserts nothing\n" : "\n");
        server.handle({{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"},
                       {"params", {{"textDocument", {{"uri", uri}, {"version", 2}}},
                                   {"contentChanges", {{{"text", std::move(text)}}}}}}});
        std::size_t before = published;
        server.idle();
        if (published == before) state.SkipWithError("no diagnostics were published");
    }
    state.counters["stances"] = static_cast<double>(stances);
    fs::remove_all(root);
}
BENCHMARK(BM_LspChange)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
