#pragma once
// What `stance` may read: files below the folders it was given (the corpus roots, the --texts
// folders and any --allow-read folder), judged after every symbolic link is resolved, so that a
// link or an include cannot reach a file elsewhere (/etc, /proc, a home folder).
#include <filesystem>
#include <string>
#include <vector>

namespace stance::util {

class ReadScope {
public:
    // Allows everything below `folder` (links in its existing part resolved).
    void allow(const std::filesystem::path& folder);

    // "" when `path` lies below an allowed folder once resolved; else why it may not be read
    // ("it resolves to '/etc/shadow', outside the folders stance reads (...)"). `path` need not exist (its existing part is resolved).
    std::string refusal(const std::filesystem::path& path) const;

private:
    std::vector<std::filesystem::path> m_folders;  // canonical
};

}  // namespace stance::util
