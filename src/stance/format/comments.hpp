#pragma once
// The comments of a claims file, which the grammar skips: `stance fmt` puts each one back
// where it was (docs/fmt.md says how comments are attached).
#include <cstdint>
#include <string_view>
#include <vector>

namespace stance::format {

struct Comment {
    std::uint32_t begin = 0;  // the '#'
    std::uint32_t end = 0;    // the end of its text, trailing blanks (and a CR) left out
    bool own_line = false;    // nothing but blanks before it on its line
};

// Every comment of `text`, in order: a '#' outside strings starts one, up to the end of its
// line. Meant for a file that parsed without errors (its strings are closed).
std::vector<Comment> find_comments(std::string_view text);

}  // namespace stance::format
