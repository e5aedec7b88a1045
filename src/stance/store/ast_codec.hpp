#pragma once
// A compact binary form of one file's syntax tree, so that the store can keep parse results
// and an incremental build can skip parsing unchanged files. The encoding is versioned and
// length-prefixed; decoding checks every length, tag and enum, so a corrupt or foreign blob
// gives nullopt and never a crash.
#include <optional>
#include <string>
#include <string_view>

#include "grammar/ast.hpp"

namespace stance::store {

// Bumped whenever the encoding or the meaning of the tree changes; blobs of another version
// decode to nullopt (the file is then parsed again).
inline constexpr unsigned ast_codec_version = 3;

// Only trees of files that parsed without errors are kept, so `File::broken` is not encoded.
std::string encode_ast(const ast::File& file);
std::optional<ast::File> decode_ast(std::string_view blob);

}  // namespace stance::store
