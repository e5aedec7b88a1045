#pragma once
// Content hashes of input files (XXH3-128 as 32 lowercase hex digits): the key under which
// parse results and stored files are recognised as unchanged.
#include <string>
#include <string_view>

namespace stance::util {

std::string content_hash(std::string_view bytes);

}  // namespace stance::util
