#pragma once
// The hostile suite: `stance` run as a careless or hostile user would, on a shared corpus, a
// store passed around or an output folder that holds the user's own files. Each case lives in
// a scratch folder of its own (a corpus in claims/, and whatever the case plants around it).
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/run_command.hpp"

namespace stance::test {

// A corpus that checks clean: one source, two experts, two claims, two stances.
inline const char* const small_claims = R"(source eurasianet-2022 "Too early to call time on the CSTO" { date 2022-10 }
expert cornell "Svante Cornell"
expert nikitina "Yulia Nikitina"
claim csto.russia-controls "Russia controls the CSTO."
claim csto.in-decline "The CSTO is in decline."
from eurasianet-2022 {
  cornell asserts csto.russia-controls
  nikitina strongly denies csto.russia-controls
}
)";

class Hostile : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = std::filesystem::temp_directory_path() /
                ("stance-hostile-" + std::to_string(::getpid()) + "-" + info->name());
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir / "claims");
        // Outside the working folder: what a confined read must never reach.
        m_outside = m_dir.string() + "-outside";
        std::filesystem::remove_all(m_outside);
        std::filesystem::create_directories(m_outside);
    }
    void TearDown() override {
        std::filesystem::remove_all(m_dir);
        std::filesystem::remove_all(m_outside);
    }

    // Writes `bytes` to `relative` below the scratch folder, creating folders.
    std::filesystem::path put(const std::filesystem::path& relative, const std::string& bytes) {
        std::filesystem::path path = relative.is_absolute() ? relative : m_dir / relative;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
        return path;
    }
    std::string read(const std::filesystem::path& relative) const {
        return read_text(relative.is_absolute() ? relative : m_dir / relative);
    }
    bool exists(const std::filesystem::path& relative) const {
        std::error_code ignored;
        return std::filesystem::exists(std::filesystem::symlink_status(m_dir / relative, ignored));
    }

    CommandResult stance(const std::vector<std::string>& args) { return run_command(STANCE_BINARY, args, m_dir); }

    std::filesystem::path m_dir;
    std::filesystem::path m_outside;
};

inline CommandResult run_as(const std::vector<std::string>& args, const std::filesystem::path& folder,
                            const RunOptions& how) {
    return run_command(STANCE_BINARY, args, folder, {}, how);
}

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace stance::test
