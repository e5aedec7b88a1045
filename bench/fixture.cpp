#include "fixture.hpp"

#include <map>
#include <stdexcept>
#include <string>

#include "grammar/parse.hpp"

#include "corpus_generator.hpp"
#include "stance/model/resolve.hpp"

namespace stance::bench {

const Fixture& fixture(std::uint64_t stances) {
    static std::map<std::uint64_t, std::unique_ptr<Fixture>> fixtures;
    auto& slot = fixtures[stances];
    if (slot) return *slot;
    slot = std::make_unique<Fixture>();
    Fixture& f = *slot;
    f.stances = stances;
    CorpusGenerator generator(stances);
    for (std::size_t i = 0; i < generator.file_count(); ++i) {
        auto file = generator.file(i);
        f.bytes += file.text.size();
        f.files.add("bench/" + file.name, std::move(file.text));
    }
    diag::Sink sink;
    for (std::size_t i = 0; i < f.files.size(); ++i) {
        f.trees.push_back(grammar::parse(f.files.get(static_cast<util::FileId>(i)), sink));
    }
    f.corpus = model::resolve(f.files, f.trees, {}, sink);
    // A generated corpus is valid: an error here means the benchmarks would time error paths.
    if (sink.has_errors()) {
        throw std::runtime_error("generated corpus has " + std::to_string(sink.error_count()) +
                                 " errors; first: " + sink.diagnostics().front().message);
    }
    f.analysis = check::analyse(f.corpus, {.check_quotes = false});
    return f;
}

}  // namespace stance::bench
