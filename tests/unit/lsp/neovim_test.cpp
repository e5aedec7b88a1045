// `stance lsp` with a real editor client: headless Neovim and its built-in LSP client run
// tests/data/lsp/neovim_session.lua, which opens a file with an error, waits for the diagnostic,
// goes to a definition, asks for completions and formats another file. Skipped when Neovim is not installed
// (scripts/test.sh installs it).
#include <cstdlib>
#include <algorithm>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "stance/lsp/uri.hpp"
#include "support/run_command.hpp"

namespace stance::lsp {
namespace {

namespace fs = std::filesystem;

TEST(Neovim, GetsDiagnosticsDefinitionsCompletionsAndFormattingFromTheServer) {
    const fs::path nvim = "/usr/bin/nvim";
    if (!fs::exists(nvim)) GTEST_SKIP() << "neovim is not installed";
    fs::path root = fs::temp_directory_path() / ("stance-nvim-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    std::ofstream(root / "a.claims") << "expert zogg \"Benno Zogg\"\n"
                                        "source ankasam \"Interview\" { date 2022-12 }\n"
                                        "claim csto.weak \"The CSTO is weak.\"\n"
                                        "claim csto.alive \"The CSTO is alive.\"\n"
                                        "from ankasam {\n"
                                        "  zogg asserts csto.weak\n"
                                        "  zogg denies csto.alive\n"
                                        "}\n"
                                        "zogg denies csto.\n"
                                        "zog asserts csto.alive { source ankasam }\n";
    std::ofstream(root / "b.claims") << "claim   csto.other \"Another claim.\" {topic csto}  # kept\n";
    fs::path out = root / "result.json";
    ::setenv("STANCE_BINARY", STANCE_BINARY, 1);
    ::setenv("STANCE_LSP_ROOT", root.c_str(), 1);
    ::setenv("STANCE_LSP_OUT", out.c_str(), 1);
    ::setenv("HOME", root.c_str(), 1);  // no user configuration, no shada in the real home
    std::string script = std::string(STANCE_TEST_DATA) + "/lsp/neovim_session.lua";
    auto run = test::run_command("/usr/bin/timeout", {"120", nvim.string(), "--headless", "--clean", "-n", "-c",
                                                      "luafile " + script},
                                 root);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    ASSERT_TRUE(fs::exists(out)) << run.out << run.err;
    auto result = nlohmann::json::parse(test::read_text(out));
    fs::remove_all(root);

    EXPECT_TRUE(result["errors"].empty()) << result["errors"];
    ASSERT_TRUE(result["diagnosed"].get<bool>());
    // Line 9 `zogg denies csto.` is a syntax error; line 10 names an unknown expert.
    bool unknown_expert = false;
    for (const auto& d : result["diagnostics"]) {
        if (d["message"].get<std::string>().find("unknown expert 'zog'") == std::string::npos) continue;
        unknown_expert = true;
        EXPECT_EQ(d["line"], 9);
        EXPECT_EQ(d["col"], 0);
    }
    EXPECT_TRUE(unknown_expert) << result["diagnostics"];
    ASSERT_TRUE(result.contains("definition")) << result;
    EXPECT_EQ(result["definition"]["uri"], uri_from_path(root / "a.claims"));
    EXPECT_EQ(result["definition"]["line"], 2);
    auto completion = result["completion"].get<std::vector<std::string>>();
    std::sort(completion.begin(), completion.end());
    EXPECT_EQ(completion, (std::vector<std::string>{"csto.alive", "csto.other", "csto.weak"}));
    EXPECT_EQ(result["formatted"], nlohmann::json({"claim csto.other \"Another claim.\" { topic csto }  # kept"}));
}

}  // namespace
}  // namespace stance::lsp
