#pragma once
// `stance lsp`: a Language Server Protocol server (JSON-RPC over stdio) for claims files.
// Diagnostics come from the same pipeline as `stance check`; definitions, references, hover,
// completion, the outline and renaming from the workspace's index of ids; formatting from
// `stance fmt`.
//
// Robustness: a malformed message is answered with the protocol's error (or logged, when it
// cannot be answered) and the session goes on; requests before `initialize` get
// ServerNotInitialized, requests after `shutdown` InvalidRequest; `exit` ends the session with
// 0 after `shutdown`, else 1, as the specification says; the end of the input (the client went
// away) ends it with 1.
#include <filesystem>
#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stance/lsp/position.hpp"
#include "stance/lsp/transport.hpp"
#include "stance/lsp/workspace.hpp"

namespace stance::lsp {

struct ServerOptions {
    std::vector<std::filesystem::path> text_dirs;  // `--texts`, where source texts are looked up
    std::vector<std::filesystem::path> bib_files;  // `--bib`, where sources' `cite` keys are looked up
};

class Server {
public:
    using Send = std::function<void(const nlohmann::json&)>;

    Server(ServerOptions options, Send send);

    // Handles one message read from the client.
    void handle(const nlohmann::json& message);
    // Answers what the reader could not make a message of.
    void handle_malformed(const ReadResult& result);
    // Called when no message is waiting: analyses what changed and publishes its diagnostics.
    void idle();

    bool exited() const { return m_exit_code.has_value(); }
    int exit_code() const { return m_exit_code.value_or(1); }

private:
    void request(const nlohmann::json& id, const std::string& method, const nlohmann::json& params);
    void notification(const std::string& method, const nlohmann::json& params);
    nlohmann::json initialize(const nlohmann::json& params);
    // Analyses again when a buffer or the disk changed since the last analysis, then publishes.
    void refresh();
    void publish_diagnostics();
    void log(int type, const std::string& message);

    nlohmann::json definition(const nlohmann::json& params);
    nlohmann::json references(const nlohmann::json& params);
    nlohmann::json hover(const nlohmann::json& params);
    nlohmann::json completion(const nlohmann::json& params);
    nlohmann::json document_symbols(const nlohmann::json& params);
    nlohmann::json prepare_rename(const nlohmann::json& params);
    nlohmann::json rename(const nlohmann::json& params);
    nlohmann::json formatting(const nlohmann::json& params);

    // The file and byte offset of a TextDocumentPositionParams; nullopt when the document is not
    // part of the corpus.
    struct Place {
        util::FileId file;
        std::uint32_t offset;
    };
    std::optional<Place> place(const nlohmann::json& params);
    nlohmann::json range(util::FileId file, std::uint32_t begin, std::uint32_t end) const;
    nlohmann::json location(util::FileId file, ast::Span span) const;
    std::string uri(util::FileId file) const;

    ServerOptions m_options;
    Send m_send;
    Workspace m_workspace;
    Encoding m_encoding = Encoding::utf16;
    bool m_initialized = false;
    bool m_shutdown = false;
    bool m_stale = true;  // the workspace changed since the last analysis
    std::optional<int> m_exit_code;
    std::map<std::string, nlohmann::json> m_published;  // by URI: the diagnostics last sent
};

// Reads messages from `in` (on a thread of its own, so that edits that arrive together are
// analysed once) and writes answers to `out` until `exit` or the end of the input; returns the
// exit code. The reading thread shares `in`, as it may still be blocked in a read after `exit`.
int serve(std::shared_ptr<std::istream> in, std::ostream& out, ServerOptions options);

}  // namespace stance::lsp
