#pragma once
// What `stance` may read: files below the folders it was given (the corpus roots, the --texts
// folders and any --allow-read folder), judged after every symbolic link is resolved, so that a
// link or an include cannot reach a file elsewhere (/etc, /proc, a home folder).
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace stance::util {

class ReadScope {
public:
    ReadScope() = default;
    // `folders_named` says, in a refusal, which folders are allowed (the default is the
    // loader's: claims folders, --texts folders, --allow-read).
    explicit ReadScope(std::string folders_named) : m_folders_named(std::move(folders_named)) {}

    // Allows everything below `folder` (links in its existing part resolved).
    void allow(const std::filesystem::path& folder);

    // "" when `path` lies below an allowed folder once resolved; else why it may not be read
    // ("it resolves to '/etc/shadow', outside the folders stance reads (...)"). `path` need not exist (its existing part is resolved).
    std::string refusal(const std::filesystem::path& path) const;
    // The same for a path already resolved (canonical), without resolving it again.
    std::string refusal_of_resolved(const std::filesystem::path& resolved) const;

private:
    std::vector<std::filesystem::path> m_folders;  // canonical
    std::string m_folders_named =
        "the claims folders given on the command line, the folders of the files given there, the --texts folders; "
        "--allow-read DIR adds one";
};

}  // namespace stance::util
