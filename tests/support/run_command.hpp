#pragma once
// Command-line goldens, in the manner of jsonnet's test_cmd: a case is a folder under
// tests/data/cli/ holding
//   args                one argument per line (the subcommand first); no shell involved
//   expected_stdout     what the command writes on stdout
//   expected_stderr     ... on stderr
//   expected_exit_code  its exit code, as a number
// and whatever input files the arguments name. The command runs in the case folder (so paths
// in its output are short and stable) with NO_COLOR=1.
//
// To regenerate the expectations after an intended change of output, run the tests with
// STANCE_UPDATE_GOLDEN=1 in the environment, then review the difference with `git diff`.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace stance::test {

struct CommandResult {
    int exit_code = -1;  // 128 + signal when the command was killed
    std::string out;
    std::string err;
};

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// How a command runs beyond the usual: stdout into a given file (/dev/full), as an
// unprivileged user (root reads through any permission), under an address-space limit.
struct RunOptions {
    std::string stdout_path;       // "" for a captured file
    bool unprivileged = false;     // when root: as nobody (uid and gid 65534)
    std::size_t memory_limit = 0;  // RLIMIT_AS in bytes; 0 for none
};

// Runs `binary args...` in `folder`, capturing stdout and stderr (through files, so that a
// chatty command cannot block on a full pipe), with `input` on stdin (else stdin is empty).
inline CommandResult run_command(const std::string& binary, const std::vector<std::string>& args,
                                 const std::filesystem::path& folder, const std::string& input = {},
                                 const RunOptions& how = {}) {
    namespace fs = std::filesystem;
    fs::path scratch = fs::temp_directory_path() / ("stance-cmd-" + std::to_string(::getpid()));
    fs::create_directories(scratch);
    fs::path out_path = how.stdout_path.empty() ? scratch / "stdout" : fs::path(how.stdout_path);
    fs::path err_path = scratch / "stderr", in_path = scratch / "stdin";
    std::ofstream(in_path, std::ios::binary) << input;

    std::vector<std::string> argv_text{binary};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argv_text) argv.push_back(arg.data());
    argv.push_back(nullptr);

    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int in = ::open(in_path.c_str(), O_RDONLY);
        if (out < 0 || err < 0 || in < 0 || ::chdir(folder.c_str()) != 0) ::_exit(126);
        ::dup2(in, STDIN_FILENO);
        ::dup2(out, STDOUT_FILENO);
        ::dup2(err, STDERR_FILENO);
        ::setenv("NO_COLOR", "1", 1);
        if (how.unprivileged && ::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(125);
        if (how.memory_limit) {
            struct rlimit limit {how.memory_limit, how.memory_limit};
            ::setrlimit(RLIMIT_AS, &limit);
        }
        ::execv(binary.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (how.stdout_path.empty()) result.out = read_text(out_path);
    result.err = read_text(err_path);
    fs::remove_all(scratch);
    return result;
}

struct GoldenCase {
    std::filesystem::path folder;
    std::vector<std::string> args;
    std::string expected_stdout;
    std::string expected_stderr;
    int expected_exit_code = 0;
};

inline GoldenCase read_golden_case(const std::filesystem::path& folder) {
    GoldenCase c;
    c.folder = folder;
    std::ifstream args(folder / "args");
    for (std::string line; std::getline(args, line);)
        if (!line.empty()) c.args.push_back(line);
    c.expected_stdout = read_text(folder / "expected_stdout");
    c.expected_stderr = read_text(folder / "expected_stderr");
    std::string code = read_text(folder / "expected_exit_code");
    c.expected_exit_code = code.empty() ? -1 : std::stoi(code);
    return c;
}

// The case folders under `root` whose names start with `prefix` ("check-"), sorted.
inline std::vector<std::string> golden_case_names(const std::filesystem::path& root, const std::string& prefix) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(root)) {
        std::string name = entry.path().filename().string();
        if (entry.is_directory() && name.rfind(prefix, 0) == 0) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

inline bool updating_goldens() {
    const char* update = std::getenv("STANCE_UPDATE_GOLDEN");
    return update && std::string(update) == "1";
}

// Rewrites the expectations of `c` from `result`.
inline void write_golden(const GoldenCase& c, const CommandResult& result) {
    std::ofstream(c.folder / "expected_stdout", std::ios::binary) << result.out;
    std::ofstream(c.folder / "expected_stderr", std::ios::binary) << result.err;
    std::ofstream(c.folder / "expected_exit_code", std::ios::binary) << result.exit_code << '\n';
}

}  // namespace stance::test
