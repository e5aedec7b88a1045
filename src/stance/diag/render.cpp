#include "stance/diag/render.hpp"

#include <algorithm>
#include <string>

#include "stance/util/control_chars.hpp"

namespace stance::diag {
namespace {

// A long line (minified, generated, a whole file on one line) is shown as a window of about
// `window_width` bytes around the caret, cut on character boundaries and marked with "...",
// as compilers do: printing the whole line for every diagnostic on it would be quadratic.
constexpr std::size_t window_width = 120;
constexpr std::size_t window_before = 40;  // of which before the caret

struct Window {
    std::size_t begin;
    std::size_t end;
};

std::size_t back_to_lead_byte(std::string_view line, std::size_t at) {
    while (at > 0 && at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) --at;
    return at;
}

Window window_around(std::string_view line, std::size_t caret) {
    if (line.size() <= window_width) return {0, line.size()};
    std::size_t begin = caret > window_before ? caret - window_before : 0;
    begin = std::min(begin, line.size() - window_width);
    begin = back_to_lead_byte(line, begin);
    std::size_t end = back_to_lead_byte(line, std::min(line.size(), begin + window_width));
    return {begin, std::max(end, std::min(caret + 1, line.size()))};
}

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
    const auto line_begin = static_cast<std::uint32_t>(line.data() - file->text().data());
    const std::size_t caret = std::min<std::size_t>(where.begin - line_begin, line.size());
    // Tildes to the end of the range, but not past the end of this line.
    const std::size_t range_end = std::clamp<std::size_t>(where.end > line_begin ? where.end - line_begin : 0,
                                                           caret, line.size());
    const Window window = window_around(line, caret);
    const char* ellipsis = "...";
    out << "  " << (window.begin > 0 ? ellipsis : "")
        << util::escape_controls(line.substr(window.begin, window.end - window.begin), true)
        << (window.end < line.size() ? ellipsis : "") << "\n  " << (window.begin > 0 ? "   " : "");
    // The caret line repeats tabs so that it lines up under the source line, and spaces as
    // wide as each escaped control character.
    std::size_t size = 1;
    for (std::size_t i = window.begin; i < caret; i += size) {
        auto c = static_cast<unsigned char>(line[i]);
        std::size_t width = util::escaped_width(line, i, size, true);
        if ((c & 0xC0) == 0x80) continue;
        if (width > 0) out << std::string(width, ' ');
        else out << (c == '\t' ? '\t' : ' ');
    }
    out << (options.colour ? "\033[1;32m" : "") << '^';
    for (std::size_t b = caret + 1; b < std::min(range_end, window.end); b += size) {
        auto c = static_cast<unsigned char>(line[b]);
        std::size_t width = util::escaped_width(line, b, size, true);
        if ((c & 0xC0) != 0x80) out << std::string(width > 0 ? width : 1, '~');
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
