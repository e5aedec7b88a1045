// Feeds arbitrary bytes to the language server as if a client had sent them: the message reader
// frames them, and every message it yields goes to a server initialized on a small corpus.
// Beyond "no crash, no hang, no leak", it checks that every answer is a JSON-RPC object that
// can be written out.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "stance/lsp/server.hpp"
#include "stance/lsp/uri.hpp"

namespace {

namespace fs = std::filesystem;

void require(bool condition) {
    if (!condition) __builtin_trap();
}

// A corpus for the server to index, written once per fuzzing process.
const fs::path& corpus_root() {
    static const fs::path root = [] {
        fs::path dir = fs::temp_directory_path() / "stance-lsp-fuzz";
        fs::create_directories(dir);
        std::ofstream(dir / "a.claims") << "expert zogg \"Benno Zogg\"\nsource s \"S\"\nclaim c.x \"X.\"\n"
                                           "from s {\n  zogg asserts c.x { quote \"x\" }\n}\n";
        return dir;
    }();
    return root;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using json = nlohmann::json;
    std::size_t answers = 0;
    stance::lsp::Server server({}, [&](const json& message) {
        require(message.is_object());
        require(message.value("jsonrpc", "") == "2.0");
        std::ostringstream out;
        stance::lsp::write_message(out, message);
        ++answers;
    });
    // The fuzzer's own `initialize` is refused as a second one: it cannot point the server at
    // the whole file system.
    server.handle({{"jsonrpc", "2.0"}, {"id", 0}, {"method", "initialize"},
                   {"params", {{"rootUri", stance::lsp::uri_from_path(corpus_root())}}}});
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    stance::lsp::MessageReader reader(in);
    for (stance::lsp::ReadResult result; (result = reader.read()).status != stance::lsp::ReadResult::Status::end;) {
        if (result.status == stance::lsp::ReadResult::Status::message) server.handle(result.message);
        else server.handle_malformed(result);
        if (server.exited()) break;
        server.idle();
    }
    require(answers >= 1);  // initialize was answered
    return 0;
}
