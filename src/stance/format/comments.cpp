#include "stance/format/comments.hpp"

namespace stance::format {

std::vector<Comment> find_comments(std::string_view text) {
    std::vector<Comment> comments;
    bool line_blank = true;  // only blanks so far on the current line
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n') {
            line_blank = true;
        } else if (c == '"') {
            line_blank = false;
            // Escapes take the character after the backslash, so `\"` does not close it.
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\') ++i;
        } else if (c == '#') {
            std::size_t end = text.find('\n', i);
            if (end == std::string_view::npos) end = text.size();
            std::size_t last = end;
            while (last > i && (text[last - 1] == ' ' || text[last - 1] == '\t' || text[last - 1] == '\r')) --last;
            comments.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(last), line_blank});
            i = end - 1;  // the line break, if any, is seen next
        } else if (c != ' ' && c != '\t' && c != '\r') {
            line_blank = false;
        }
    }
    return comments;
}

}  // namespace stance::format
