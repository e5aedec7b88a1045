#include "stance/util/read_scope.hpp"

#include <algorithm>
#include <system_error>

namespace stance::util {

namespace fs = std::filesystem;

void ReadScope::allow(const fs::path& folder) { m_folders.push_back(fs::weakly_canonical(fs::absolute(folder))); }

std::string ReadScope::refusal(const fs::path& path) const {
    std::error_code error;
    fs::path resolved = fs::weakly_canonical(fs::absolute(path, error), error);
    if (error) return "cannot resolve '" + path.string() + "': " + error.message();
    return refusal_of_resolved(resolved);
}

std::string ReadScope::refusal_of_resolved(const fs::path& resolved) const {
    auto below = [&](const fs::path& folder) {
        auto [end, _] = std::mismatch(folder.begin(), folder.end(), resolved.begin(), resolved.end());
        return end == folder.end();
    };
    if (std::any_of(m_folders.begin(), m_folders.end(), below)) return {};
    return "it resolves to '" + resolved.string() + "', outside the folders stance reads (" + m_folders_named + ")";
}

}  // namespace stance::util
