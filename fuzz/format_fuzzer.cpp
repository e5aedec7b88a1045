// Feeds arbitrary bytes to `stance fmt`'s formatter. A text that parses without errors must
// format (format() itself checks that the result parses to the same tree and keeps every
// comment, and throws if not), and formatting the result again must change nothing.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "stance/format/format.hpp"

namespace {

void require(bool condition) {
    if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    stance::util::SourceFile file(0, "fuzz.claims", std::string(reinterpret_cast<const char*>(data), size));
    stance::diag::Sink sink;
    std::optional<std::string> once = stance::format::format(file, sink);  // throws on a changed tree
    if (!once) return 0;
    stance::util::SourceFile formatted(0, "fuzz.claims", *once);
    stance::diag::Sink again;
    std::optional<std::string> twice = stance::format::format(formatted, again);
    require(twice.has_value() && *twice == *once);
    return 0;
}
