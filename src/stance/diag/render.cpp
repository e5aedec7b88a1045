#include "stance/diag/render.hpp"

#include <algorithm>
#include <string>

#include "stance/util/control_chars.hpp"

namespace stance::diag {
namespace {

const char* colour_of(Severity severity) {
    switch (severity) {
    case Severity::error: return "\033[1;31m";
    case Severity::warning: return "\033[1;35m";
    case Severity::note: return "\033[1;36m";
    }
    return "";
}

void render_one(std::ostream& out, Severity severity, const Location& where, const std::string& message,
                const std::string& suggestion, const util::SourceManager& files, const RenderOptions& options) {
    const char* bold = options.colour ? "\033[1m" : "";
    const char* reset = options.colour ? "\033[0m" : "";
    const util::SourceFile* file = where.file < files.size() ? &files.get(where.file) : nullptr;
    util::LineColumn at{};
    if (file) {
        at = file->line_column(where.begin);
        out << bold << util::escape_controls(file->path()) << ':' << at.line << ':' << at.column << ":" << reset << ' ';
    }
    out << (options.colour ? colour_of(severity) : "") << severity_name(severity) << ':' << reset << ' '
        << util::escape_controls(message);
    if (!suggestion.empty()) out << "; did you mean '" << util::escape_controls(suggestion) << "'?";
    out << '\n';
    if (!file || !options.show_source_line) return;

    std::string_view line = file->line_text(at.line);
    out << "  " << util::escape_controls(line, true) << "\n  ";
    // The caret line repeats tabs so that it lines up under the source line, and spaces as
    // wide as each escaped control character.
    std::uint32_t column = 1;
    std::size_t i = 0;
    for (std::size_t size = 1; i < line.size() && column < at.column; i += size) {
        auto c = static_cast<unsigned char>(line[i]);
        std::size_t width = util::escaped_width(line, i, size, true);
        if ((c & 0xC0) == 0x80) continue;
        if (width > 0) out << std::string(width, ' ');
        else out << (c == '\t' ? '\t' : ' ');
        ++column;
    }
    out << (options.colour ? "\033[1;32m" : "") << '^';
    // Tildes to the end of the range, but not past the end of this line.
    auto line_begin = where.begin - static_cast<std::uint32_t>(i);
    auto range_end = std::min<std::uint32_t>(where.end, line_begin + static_cast<std::uint32_t>(line.size()));
    std::string_view text = file->text();
    for (std::uint32_t b = where.begin + 1; b < range_end; ++b) {
        auto c = static_cast<unsigned char>(text[b]);
        std::size_t size = 1;
        std::size_t width = util::escaped_width(text, b, size, true);
        if ((c & 0xC0) != 0x80) out << std::string(width > 0 ? width : 1, '~');
        b += static_cast<std::uint32_t>(size - 1);
    }
    out << reset << '\n';
}

}  // namespace

void render(std::ostream& out, const Diagnostic& diagnostic, const util::SourceManager& files,
            const RenderOptions& options) {
    render_one(out, diagnostic.severity, diagnostic.where, diagnostic.message, diagnostic.suggestion, files,
               options);
    for (const auto& note : diagnostic.notes)
        render_one(out, Severity::note, note.where, note.message, {}, files, options);
}

void render_all(std::ostream& out, const Sink& sink, const util::SourceManager& files,
                const RenderOptions& options) {
    for (const auto& d : sink.diagnostics()) render(out, d, files, options);
}

}  // namespace stance::diag
