// Feeds arbitrary bytes to the parser. Beyond "no crash, no hang, no leak" (the sanitizers and
// libFuzzer's limits), it checks what the rest of stance relies on: every span and diagnostic
// lies inside the text, and the `from` blocks of the tree are balanced.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "grammar/parse.hpp"

namespace {

void require(bool condition) {
    if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    stance::util::SourceFile file(0, "fuzz.claims", std::string(reinterpret_cast<const char*>(data), size));
    stance::diag::Sink sink;
    stance::ast::File tree = stance::grammar::parse(file, sink);

    auto within = [&](std::uint32_t begin, std::uint32_t end) { return begin <= end && end <= size; };
    for (const auto& d : sink.diagnostics()) {
        require(within(d.where.begin, d.where.end));
        require(!d.message.empty());
        file.line_column(d.where.begin);
    }
    long depth = 0;
    for (const auto& statement : tree.statements) {
        std::visit([&](const auto& s) { require(within(s.span.begin, s.span.end)); }, statement);
        if (std::holds_alternative<stance::ast::FromOpen>(statement)) ++depth;
        if (std::holds_alternative<stance::ast::FromClose>(statement)) --depth;
        require(depth >= 0);
    }
    require(depth == 0);
    return 0;
}
