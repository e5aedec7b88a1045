// Feeds arbitrary bytes to the BibTeX reader, as a stranger's .bib file would. Beyond "no crash,
// no hang, no leak" (the sanitizers and libFuzzer's limits), it checks what the citations rely
// on: every span and diagnostic lies inside the text, and every value read, and every value's
// LaTeX decoded again as text or as names, is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <utf8proc.h>

#include "grammar/parse_bibtex.hpp"

namespace {

void require(bool condition) {
    if (!condition) __builtin_trap();
}

bool valid_utf8(std::string_view text) {
    const auto* at = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t point = 0;
        utf8proc_ssize_t length = utf8proc_iterate(at, left, &point);
        if (length <= 0) return false;
        at += length;
        left -= length;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    stance::util::SourceFile file(0, "fuzz.bib", std::string(reinterpret_cast<const char*>(data), size));
    stance::diag::Sink sink;
    stance::ast::bibtex::File bib = stance::grammar::parse_bibtex(file, sink);

    auto within = [&](std::uint32_t begin, std::uint32_t end) { return begin <= end && end <= size; };
    auto spans = [&](stance::ast::Span span) { return within(span.begin, span.end); };
    for (const auto& d : sink.diagnostics()) {
        require(within(d.where.begin, d.where.end));
        require(!d.message.empty());
        file.line_column(d.where.begin);
    }
    for (const auto& entry : bib.entries) {
        require(spans(entry.span) && spans(entry.key_span));
        require(valid_utf8(entry.key));
        for (const auto& field : entry.fields) {
            require(spans(field.span));
            require(valid_utf8(field.text));
            require(valid_utf8(stance::grammar::latex_to_text(field.latex)));  // url, doi: text is the latex
            if (field.name == "author" || field.name == "editor")
                for (const auto& name : stance::grammar::bibtex_names(field.latex)) require(valid_utf8(name));
        }
    }
    return 0;
}
