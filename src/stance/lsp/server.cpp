#include "stance/lsp/server.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "stance/format/format.hpp"
#include "stance/lsp/features.hpp"
#include "stance/lsp/uri.hpp"

#ifndef STANCE_VERSION
#define STANCE_VERSION "0.1.0"
#endif

namespace stance::lsp {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

// JSON-RPC and LSP error codes.
constexpr int parse_error = -32700;
constexpr int invalid_request = -32600;
constexpr int method_not_found = -32601;
constexpr int invalid_params = -32602;
constexpr int internal_error = -32603;
constexpr int server_not_initialized = -32002;
constexpr int request_failed = -32803;

struct RequestError {
    int code;
    std::string message;
};

json error_response(const json& id, int code, const std::string& message) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

const json& member(const json& object, const char* key) {
    static const json null;
    if (!object.is_object()) return null;
    auto it = object.find(key);
    return it == object.end() ? null : *it;
}

std::string string_member(const json& object, const char* key) {
    const json& value = member(object, key);
    if (!value.is_string()) throw RequestError{invalid_params, std::string("'") + key + "' must be a string"};
    return value.get<std::string>();
}

fs::path document_path(const json& params) {
    std::string uri = string_member(member(params, "textDocument"), "uri");
    auto path = path_from_uri(uri);
    if (!path) throw RequestError{invalid_params, "not a file URI: '" + uri.substr(0, 200) + "'"};
    return *path;
}

std::uint32_t position_number(const json& position, const char* key) {
    const json& value = member(position, key);
    if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<std::int64_t>() >= 0))
        throw RequestError{invalid_params, std::string("position '") + key + "' must be a non-negative integer"};
    return static_cast<std::uint32_t>(std::min<std::uint64_t>(value.get<std::uint64_t>(), UINT32_MAX));
}

Position position_of(const json& params) {
    const json& position = member(params, "position");
    return {position_number(position, "line"), position_number(position, "character")};
}

int severity_number(diag::Severity severity) {
    switch (severity) {
    case diag::Severity::error: return 1;
    case diag::Severity::warning: return 2;
    case diag::Severity::note: return 3;
    }
    return 3;
}

int completion_kind(CompletionKind kind) {
    switch (kind) {
    case CompletionKind::keyword: return 14;  // Keyword
    case CompletionKind::verb: return 24;     // Operator
    case CompletionKind::expert: return 5;    // Class
    case CompletionKind::claim: return 21;    // Constant
    case CompletionKind::source: return 17;   // File
    case CompletionKind::topic: return 19;    // Folder
    }
    return 1;
}

int symbol_kind(Symbol::Kind kind) {
    switch (kind) {
    case Symbol::Kind::source: return 1;     // File
    case Symbol::Kind::expert: return 5;     // Class
    case Symbol::Kind::topic: return 3;      // Namespace
    case Symbol::Kind::claim: return 15;     // String
    case Symbol::Kind::from: return 2;       // Module
    case Symbol::Kind::stance: return 24;    // Event
    case Symbol::Kind::relation: return 25;  // Operator
    }
    return 13;
}

}  // namespace

Server::Server(ServerOptions options, Send send) : m_options(std::move(options)), m_send(std::move(send)) {
    m_workspace.set_text_dirs(m_options.text_dirs);
    m_workspace.set_bib_files(m_options.bib_files);
}

void Server::handle_malformed(const ReadResult& result) {
    if (result.parse_error) m_send(error_response(nullptr, parse_error, result.error));
    else log(1, "stance: unreadable message: " + result.error);
}

void Server::handle(const json& message) {
    if (!message.is_object()) {
        m_send(error_response(nullptr, invalid_request, "a message must be a JSON object"));
        return;
    }
    const json& method = member(message, "method");
    auto id_it = message.find("id");
    bool has_id = id_it != message.end();
    if (has_id && !id_it->is_string() && !id_it->is_number_integer() && !id_it->is_null()) {
        m_send(error_response(nullptr, invalid_request, "'id' must be an integer or a string"));
        return;
    }
    if (!method.is_string()) {
        if (has_id && (message.contains("result") || message.contains("error"))) return;  // a response: none expected
        m_send(error_response(has_id ? *id_it : json(nullptr), invalid_request, "'method' must be a string"));
        return;
    }
    const json& params = member(message, "params");
    if (has_id) request(*id_it, method.get<std::string>(), params);
    else notification(method.get<std::string>(), params);
}

void Server::request(const json& id, const std::string& method, const json& params) {
    if (m_shutdown) {
        m_send(error_response(id, invalid_request, "the server is shutting down"));
        return;
    }
    if (!m_initialized && method != "initialize") {
        m_send(error_response(id, server_not_initialized, "the server is not initialized"));
        return;
    }
    json result;
    try {
        if (method == "initialize") {
            if (m_initialized) throw RequestError{invalid_request, "the server is initialized already"};
            result = initialize(params);
        } else if (method == "shutdown") {
            m_shutdown = true;
            result = nullptr;
        } else if (method == "textDocument/definition") {
            result = definition(params);
        } else if (method == "textDocument/references") {
            result = references(params);
        } else if (method == "textDocument/hover") {
            result = hover(params);
        } else if (method == "textDocument/completion") {
            result = completion(params);
        } else if (method == "textDocument/documentSymbol") {
            result = document_symbols(params);
        } else if (method == "textDocument/prepareRename") {
            result = prepare_rename(params);
        } else if (method == "textDocument/rename") {
            result = rename(params);
        } else if (method == "textDocument/formatting") {
            result = formatting(params);
        } else {
            throw RequestError{method_not_found, "unknown method '" + method.substr(0, 200) + "'"};
        }
    } catch (const RequestError& e) {
        m_send(error_response(id, e.code, e.message));
        return;
    } catch (const json::exception& e) {
        m_send(error_response(id, invalid_params, e.what()));
        return;
    } catch (const std::exception& e) {
        m_send(error_response(id, internal_error, e.what()));
        return;
    }
    m_send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::notification(const std::string& method, const json& params) {
    if (method == "exit") {
        m_exit_code = m_shutdown ? 0 : 1;
        return;
    }
    if (!m_initialized || m_shutdown) return;  // dropped, as the specification says
    try {
        if (method == "textDocument/didOpen") {
            const json& document = member(params, "textDocument");
            fs::path path = document_path(params);
            if (!m_workspace.set_buffer(path, string_member(document, "text")))
                throw RequestError{invalid_params, "'" + path.string() + "' is a folder, not a claims file"};
            m_stale = true;
        } else if (method == "textDocument/didChange") {
            fs::path path = document_path(params);
            const json& changes = member(params, "contentChanges");
            if (!changes.is_array()) throw RequestError{invalid_params, "'contentChanges' must be an array"};
            // Ranged changes apply in order to the buffer as the previous change left it (a
            // change comes only for an open document, so the buffer is there).
            const std::string* buffer = m_workspace.buffer(path);
            if (!buffer) throw RequestError{invalid_params, "a change to a document that is not open"};
            std::string text = *buffer;
            for (const json& change : changes) {
                std::string replacement = string_member(change, "text");
                const json& range = member(change, "range");
                if (range.is_null()) {
                    text = std::move(replacement);
                    continue;
                }
                util::SourceFile current(0, path.string(), text);
                std::uint32_t begin = to_offset(current, position_of({{"position", member(range, "start")}}), m_encoding);
                std::uint32_t end = to_offset(current, position_of({{"position", member(range, "end")}}), m_encoding);
                if (end < begin) std::swap(begin, end);
                text.replace(begin, end - begin, replacement);
            }
            m_workspace.set_buffer(path, std::move(text));  // a folder has no open buffer to change
            m_stale = true;
        } else if (method == "textDocument/didClose") {
            m_workspace.drop_buffer(document_path(params));
            m_stale = true;
        } else if (method == "textDocument/didSave" || method == "workspace/didChangeWatchedFiles") {
            m_stale = true;
        }
        // Other notifications ($/cancelRequest, initialized, ...) need nothing.
    } catch (const RequestError& e) {
        log(1, "stance: " + method + ": " + e.message);
    } catch (const json::exception& e) {
        log(1, "stance: " + method + ": " + e.what());
    }
}

json Server::initialize(const json& params) {
    std::vector<fs::path> roots;
    const json& folders = member(params, "workspaceFolders");
    if (folders.is_array()) {
        for (const json& folder : folders)
            if (auto path = path_from_uri(string_member(folder, "uri"))) roots.push_back(*path);
    }
    if (roots.empty() && member(params, "rootUri").is_string())
        if (auto path = path_from_uri(member(params, "rootUri").get<std::string>())) roots.push_back(*path);
    if (roots.empty() && member(params, "rootPath").is_string())
        roots.emplace_back(member(params, "rootPath").get<std::string>());
    m_workspace.set_roots(std::move(roots));

    // Paths the client adds to those of the command line (`--texts`, `--bib`).
    const json& client = member(params, "initializationOptions");
    auto with_client_paths = [&](std::vector<fs::path> paths, const char* name) {
        const json& added = member(client, name);
        if (added.is_array())
            for (const json& path : added)
                if (path.is_string()) paths.emplace_back(path.get<std::string>());
        return paths;
    };
    m_workspace.set_text_dirs(with_client_paths(m_options.text_dirs, "texts"));
    m_workspace.set_bib_files(with_client_paths(m_options.bib_files, "bib"));

    json capabilities = {
        {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
        {"definitionProvider", true},
        {"referencesProvider", true},
        {"hoverProvider", true},
        {"completionProvider", {{"resolveProvider", false}}},
        {"documentSymbolProvider", true},
        {"renameProvider", {{"prepareProvider", true}}},
        {"documentFormattingProvider", true},
    };
    const json& encodings = member(member(member(params, "capabilities"), "general"), "positionEncodings");
    if (encodings.is_array() && std::find(encodings.begin(), encodings.end(), json("utf-8")) != encodings.end()) {
        m_encoding = Encoding::utf8;
        capabilities["positionEncoding"] = "utf-8";
    }
    m_initialized = true;
    m_stale = true;
    return {{"capabilities", capabilities}, {"serverInfo", {{"name", "stance"}, {"version", STANCE_VERSION}}}};
}

void Server::idle() {
    if (m_initialized && !m_shutdown) refresh();
}

void Server::refresh() {
    if (!m_stale) return;
    m_stale = false;
    m_workspace.analyse();
    publish_diagnostics();
}

void Server::publish_diagnostics() {
    std::map<std::string, json> lists;
    for (util::FileId f = 0; f < m_workspace.loaded().files.size(); ++f) lists[uri(f)] = json::array();
    for (const diag::Diagnostic& d : m_workspace.diagnostics()) {
        if (d.where.file == util::no_file) {
            log(1, "stance: " + d.message);
            continue;
        }
        std::string message = d.message;
        if (!d.suggestion.empty()) message += "; did you mean '" + d.suggestion + "'?";
        json item = {{"range", range(d.where.file, d.where.begin, d.where.end)},
                     {"severity", severity_number(d.severity)},
                     {"code", std::string(diag::code_name(d.code))},
                     {"source", "stance"},
                     {"message", message}};
        json related = json::array();
        for (const auto& note : d.notes) {
            if (note.where.file == util::no_file) continue;
            related.push_back({{"location", {{"uri", uri(note.where.file)},
                                             {"range", range(note.where.file, note.where.begin, note.where.end)}}},
                               {"message", note.message}});
        }
        if (!related.empty()) item["relatedInformation"] = std::move(related);
        lists[uri(d.where.file)].push_back(std::move(item));
    }
    for (const auto& [uri, last] : m_published)
        if (!lists.contains(uri)) lists[uri] = json::array();  // the file left the corpus: clear it
    for (auto& [uri, list] : lists) {
        auto it = m_published.find(uri);
        if (it == m_published.end() ? list.empty() : it->second == list) continue;  // nothing new to say
        m_send({{"jsonrpc", "2.0"},
                {"method", "textDocument/publishDiagnostics"},
                {"params", {{"uri", uri}, {"diagnostics", list}}}});
        if (list.empty()) m_published.erase(uri);
        else m_published[uri] = std::move(list);
    }
}

void Server::log(int type, const std::string& message) {
    m_send({{"jsonrpc", "2.0"}, {"method", "window/logMessage"}, {"params", {{"type", type}, {"message", message}}}});
}

std::optional<Server::Place> Server::place(const json& params) {
    fs::path path = document_path(params);
    Position position = position_of(params);
    refresh();
    auto file = m_workspace.file_id(path);
    if (!file) return std::nullopt;
    return Place{*file, to_offset(m_workspace.loaded().files.get(*file), position, m_encoding)};
}

std::string Server::uri(util::FileId file) const {
    std::error_code ec;
    return uri_from_path(fs::absolute(m_workspace.loaded().files.get(file).path(), ec));
}

json Server::range(util::FileId file, std::uint32_t begin, std::uint32_t end) const {
    const util::SourceFile& source = m_workspace.loaded().files.get(file);
    Position start = to_position(source, begin, m_encoding);
    Position stop = to_position(source, std::max(begin, end), m_encoding);
    return {{"start", {{"line", start.line}, {"character", start.character}}},
            {"end", {{"line", stop.line}, {"character", stop.character}}}};
}

json Server::location(util::FileId file, ast::Span span) const {
    return {{"uri", uri(file)}, {"range", range(file, span.begin, span.end)}};
}

json Server::definition(const json& params) {
    auto at = place(params);
    if (!at) return nullptr;
    const Occurrence* occurrence = m_workspace.occurrence_at(at->file, at->offset);
    if (!occurrence) return nullptr;
    const Occurrence* declaration = m_workspace.declaration_of(occurrence->name);
    if (!declaration) return nullptr;
    return location(declaration->file, declaration->span);
}

json Server::references(const json& params) {
    auto at = place(params);
    json found = json::array();
    if (!at) return found;
    const Occurrence* occurrence = m_workspace.occurrence_at(at->file, at->offset);
    if (!occurrence || !m_workspace.declaration_of(occurrence->name)) return found;
    bool with_declaration = member(member(params, "context"), "includeDeclaration") == json(true);
    for (const Occurrence* o : m_workspace.occurrences_of(occurrence->name))
        if (with_declaration || !o->declaration) found.push_back(location(o->file, o->span));
    return found;
}

json Server::hover(const json& params) {
    auto at = place(params);
    if (!at) return nullptr;
    auto found = lsp::hover(m_workspace, at->file, at->offset);
    if (!found) return nullptr;
    return {{"contents", {{"kind", "markdown"}, {"value", found->markdown}}},
            {"range", range(at->file, found->span.begin, found->span.end)}};
}

json Server::completion(const json& params) {
    auto at = place(params);
    json items = json::array();
    if (!at) return items;
    const util::SourceFile& file = m_workspace.loaded().files.get(at->file);
    Completion found = complete(m_workspace, file.text(), at->offset);
    json edit_range = range(at->file, found.replace_begin, found.replace_end);
    for (const auto& item : found.items) {
        json entry = {{"label", item.label},
                      {"kind", completion_kind(item.kind)},
                      {"textEdit", {{"range", edit_range}, {"newText", item.label}}}};
        if (!item.detail.empty()) entry["detail"] = item.detail;
        items.push_back(std::move(entry));
    }
    return {{"isIncomplete", false}, {"items", std::move(items)}};
}

json Server::document_symbols(const json& params) {
    fs::path path = document_path(params);
    refresh();
    json symbols = json::array();
    auto file = m_workspace.file_id(path);
    const ast::File* tree = file ? m_workspace.tree(*file) : nullptr;
    if (!tree) return symbols;
    std::function<json(const Symbol&)> convert = [&](const Symbol& symbol) {
        json out = {{"name", symbol.name.empty() ? std::string("(unnamed)") : symbol.name},
                    {"kind", symbol_kind(symbol.kind)},
                    {"range", range(*file, symbol.range.begin, symbol.range.end)},
                    {"selectionRange", range(*file, symbol.selection.begin, symbol.selection.end)}};
        if (!symbol.detail.empty()) out["detail"] = symbol.detail;
        if (!symbol.children.empty()) {
            json children = json::array();
            for (const auto& child : symbol.children) children.push_back(convert(child));
            out["children"] = std::move(children);
        }
        return out;
    };
    for (const auto& symbol : lsp::document_symbols(*tree)) symbols.push_back(convert(symbol));
    return symbols;
}

json Server::prepare_rename(const json& params) {
    auto at = place(params);
    if (!at) return nullptr;
    const Occurrence* occurrence = m_workspace.occurrence_at(at->file, at->offset);
    if (!occurrence || !m_workspace.declaration_of(occurrence->name)) return nullptr;
    return {{"range", range(at->file, occurrence->span.begin, occurrence->span.end)},
            {"placeholder", occurrence->name}};
}

json Server::rename(const json& params) {
    auto at = place(params);
    std::string name = string_member(params, "newName");
    const Occurrence* occurrence = at ? m_workspace.occurrence_at(at->file, at->offset) : nullptr;
    if (!occurrence) throw RequestError{request_failed, "there is no id to rename here"};
    std::string old_name = occurrence->name;  // the index is rebuilt by nothing below, but copy anyway
    if (std::string problem = rename_problem(m_workspace, old_name, name); !problem.empty())
        throw RequestError{request_failed, problem};
    json changes = json::object();
    for (const Occurrence* o : m_workspace.occurrences_of(old_name))
        changes[uri(o->file)].push_back({{"range", range(o->file, o->span.begin, o->span.end)}, {"newText", name}});
    return {{"changes", std::move(changes)}};
}

// `stance fmt` on the document as the editor has it: one edit replacing the whole text, none
// when it is formatted already; a document with syntax errors is refused (they are in its
// diagnostics), as fmt leaves such a file as it is.
json Server::formatting(const json& params) {
    fs::path path = document_path(params);
    refresh();
    auto file = m_workspace.file_id(path);
    if (!file) return nullptr;
    const util::SourceFile& source = m_workspace.loaded().files.get(*file);
    diag::Sink sink;
    std::optional<std::string> formatted = format::format(source, sink);
    if (!formatted) throw RequestError{request_failed, "the document has syntax errors; it is formatted once they are fixed"};
    json edits = json::array();
    if (*formatted != source.text())
        edits.push_back({{"range", range(*file, 0, static_cast<std::uint32_t>(source.text().size()))},
                         {"newText", std::move(*formatted)}});
    return edits;
}

int serve(std::shared_ptr<std::istream> in, std::ostream& out, ServerOptions options) {
    struct Queue {
        std::mutex mutex;
        std::condition_variable ready;
        std::deque<ReadResult> items;
        bool ended = false;
    };
    auto queue = std::make_shared<Queue>();
    // The reader may be blocked in a read when the session ends (after `exit`); it owns its share
    // of the queue and of the stream, and the session ends without waiting for it.
    std::thread([queue, in] {
        MessageReader reader(*in);
        for (;;) {
            ReadResult result = reader.read();
            std::lock_guard lock(queue->mutex);
            if (result.status == ReadResult::Status::end) {
                queue->ended = true;
                queue->ready.notify_one();
                return;
            }
            queue->items.push_back(std::move(result));
            queue->ready.notify_one();
        }
    }).detach();

    Server server(std::move(options), [&out](const json& message) { write_message(out, message); });
    for (;;) {
        std::deque<ReadResult> batch;
        bool ended;
        {
            std::unique_lock lock(queue->mutex);
            queue->ready.wait(lock, [&] { return !queue->items.empty() || queue->ended; });
            batch.swap(queue->items);
            ended = queue->ended;
        }
        for (const ReadResult& item : batch) {
            if (item.status == ReadResult::Status::message) server.handle(item.message);
            else server.handle_malformed(item);
            if (server.exited()) return server.exit_code();
        }
        if (ended) return 1;  // the client went away without `exit`
        server.idle();
    }
}

}  // namespace stance::lsp
