#include "stance/util/unified_diff.hpp"

#include <dtl/dtl.hpp>

#include <vector>

namespace stance::util {

namespace {

// Lines with their line breaks, so that a missing last one shows as a difference.
std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> lines;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end + 1;
        lines.emplace_back(text.substr(start, end - start));
        start = end;
    }
    return lines;
}

void put_line(std::string& out, char mark, const std::string& line) {
    out += mark;
    out += line;
    if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view old_text, std::string_view new_text, std::string_view old_label,
                         std::string_view new_label) {
    if (old_text == new_text) return "";
    dtl::Diff<std::string> diff(lines_of(old_text), lines_of(new_text));
    diff.compose();
    diff.composeUnifiedHunks();
    std::string out = "--- " + std::string(old_label) + "\n+++ " + std::string(new_label) + "\n";
    for (const auto& hunk : diff.getUniHunks()) {
        out += "@@ -" + std::to_string(hunk.a) + "," + std::to_string(hunk.b) + " +" + std::to_string(hunk.c) + "," +
               std::to_string(hunk.d) + " @@\n";
        for (const auto& line : hunk.common[0]) put_line(out, ' ', line.first);
        for (const auto& line : hunk.change) {
            char mark = line.second.type == dtl::SES_ADD ? '+' : line.second.type == dtl::SES_DELETE ? '-' : ' ';
            put_line(out, mark, line.first);
        }
        for (const auto& line : hunk.common[1]) put_line(out, ' ', line.first);
    }
    return out;
}

}  // namespace stance::util
