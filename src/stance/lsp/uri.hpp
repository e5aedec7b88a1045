#pragma once
// `file://` URIs, as editors name documents, and the paths they stand for (RFC 8089).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace stance::lsp {

// The absolute path of a `file:` URI; nullopt for other schemes, remote hosts and bad escapes.
std::optional<std::filesystem::path> path_from_uri(std::string_view uri);

// `file:///a/b%20c.claims`: every byte but unreserved characters and `/` percent-encoded.
std::string uri_from_path(const std::filesystem::path& path);

}  // namespace stance::lsp
