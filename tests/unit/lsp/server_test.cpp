// Scripted sessions: the messages an editor would send, through the same framing and reading
// thread as `stance lsp`, and the answers checked.
#include "stance/lsp/server.hpp"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "stance/lsp/uri.hpp"
#include "support/run_command.hpp"

namespace stance::lsp {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

const char* const corpus_text =
    "expert zogg \"Benno Zogg\" { affiliation \"CSS, ETH Zurich\" }\n"
    "source ankasam \"Interview\" { publisher \"ANKASAM\" date 2022-12 }\n"
    "topic csto.purpose \"What is the CSTO for?\"\n"
    "claim csto.weak \"The CSTO is weak.\" { topic csto.purpose }\n"
    "from ankasam {\n"
    "  zogg asserts csto.weak\n"
    "}\n";

std::vector<json> parse(const std::string& text) {
    std::istringstream in(text);
    MessageReader reader(in);
    std::vector<json> messages;
    for (ReadResult r; (r = reader.read()).status != ReadResult::Status::end;) {
        EXPECT_EQ(r.status, ReadResult::Status::message) << r.error;
        messages.push_back(r.message);
    }
    return messages;
}

class Session : public ::testing::Test {
protected:
    void SetUp() override {
        root = fs::temp_directory_path() / ("stance-lsp-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(root);
        fs::create_directories(root);
        write("a.claims", corpus_text);
    }
    void TearDown() override { fs::remove_all(root); }

    void write(const std::string& name, const std::string& text) { std::ofstream(root / name) << text; }
    std::string uri(const std::string& name) const { return uri_from_path(root / name); }

    void send(json message) {
        message["jsonrpc"] = "2.0";
        std::string body = message.dump();
        script += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    }
    void request(int id, const std::string& method, json params = json::object()) {
        send({{"id", id}, {"method", method}, {"params", std::move(params)}});
    }
    void notify(const std::string& method, json params = json::object()) {
        send({{"method", method}, {"params", std::move(params)}});
    }
    void initialize(json options = nullptr) {
        json params = {{"rootUri", uri_from_path(root)}, {"capabilities", json::object()}};
        if (!options.is_null()) params["initializationOptions"] = std::move(options);
        request(1, "initialize", std::move(params));
        notify("initialized");
    }
    void open(const std::string& name, const std::string& text) {
        notify("textDocument/didOpen",
               {{"textDocument", {{"uri", uri(name)}, {"languageId", "claims"}, {"version", 1}, {"text", text}}}});
    }
    json at(const std::string& name, int line, int character) {
        return {{"textDocument", {{"uri", uri(name)}}}, {"position", {{"line", line}, {"character", character}}}};
    }
    // A request that needs the analysis, so that diagnostics are published before what follows
    // (a real client waits between keystrokes; a script does not).
    void sync() {
        request(next_sync++, "textDocument/documentSymbol", {{"textDocument", {{"uri", uri("a.claims")}}}});
    }
    void finish() {
        request(999, "shutdown");
        notify("exit");
    }

    // Runs the script; the answers, in the order they were written.
    std::vector<json> run() {
        std::ostringstream out;
        exit_code = serve(std::make_shared<std::istringstream>(script), out, {});
        return parse(out.str());
    }

    static const json* response(const std::vector<json>& messages, int id) {
        for (const auto& m : messages)
            if (m.contains("id") && m["id"] == id && !m.contains("method")) return &m;
        return nullptr;
    }
    static std::vector<json> diagnostics_for(const std::vector<json>& messages, const std::string& uri) {
        std::vector<json> lists;
        for (const auto& m : messages)
            if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
                lists.push_back(m["params"]["diagnostics"]);
        return lists;
    }

    fs::path root;
    std::string script;
    int exit_code = -1;
    int next_sync = 500;
};

TEST_F(Session, ShutdownThenExitEndsWithZeroAndExitAloneWithOne) {
    initialize();
    finish();
    auto messages = run();
    ASSERT_NE(response(messages, 1), nullptr);
    EXPECT_TRUE((*response(messages, 1))["result"]["capabilities"]["definitionProvider"].get<bool>());
    EXPECT_TRUE((*response(messages, 999))["result"].is_null());
    EXPECT_EQ(exit_code, 0);

    script.clear();
    initialize();
    notify("exit");
    run();
    EXPECT_EQ(exit_code, 1);
}

TEST_F(Session, RequestsBeforeInitializeAndAfterShutdownAreRefused) {
    request(5, "textDocument/hover", at("a.claims", 0, 8));
    initialize();
    request(6, "shutdown");
    request(7, "textDocument/hover", at("a.claims", 0, 8));
    notify("exit");
    auto messages = run();
    EXPECT_EQ((*response(messages, 5))["error"]["code"], -32002);
    EXPECT_EQ((*response(messages, 7))["error"]["code"], -32600);
    EXPECT_EQ(exit_code, 0);
}

TEST_F(Session, MalformedMessagesAreAnsweredAndTheSessionGoesOn) {
    script += "Content-Length: 9\r\n\r\n{\"id\": 1,";      // not JSON
    script += "Content-Length: 2\r\n\r\n[]";                 // not an object
    script += "Garbage-Without-Length: 1\r\n\r\n";           // no Content-Length
    initialize();
    request(2, "no/such/method");
    send({{"id", json::array()}, {"method", "shutdown"}});  // an id of the wrong type
    send({{"id", 3}, {"method", 42}});                      // a method that is not a string
    request(4, "textDocument/definition", {{"textDocument", {{"uri", 17}}}});  // bad params
    notify("textDocument/didOpen",  // a folder is no document: its files are not read in its place
           {{"textDocument", {{"uri", uri_from_path(root)}, {"languageId", "claims"}, {"version", 1}, {"text", ""}}}});
    finish();
    auto messages = run();
    int parse_errors = 0, invalid = 0, logged = 0;
    for (const auto& m : messages) {
        if (m.contains("error") && m["error"]["code"] == -32700) ++parse_errors;
        if (m.contains("error") && m["error"]["code"] == -32600) ++invalid;
        if (m.value("method", "") == "window/logMessage") ++logged;
    }
    EXPECT_EQ(parse_errors, 1);
    EXPECT_EQ(invalid, 3);  // the array, the bad id, the bad method
    EXPECT_GE(logged, 2);   // the header without a length, the folder
    bool folder_refused = false;
    for (const auto& m : messages)
        if (m.value("method", "") == "window/logMessage" &&
            m["params"]["message"].get<std::string>().find("is a folder") != std::string::npos)
            folder_refused = true;
    EXPECT_TRUE(folder_refused);
    EXPECT_EQ((*response(messages, 2))["error"]["code"], -32601);
    EXPECT_EQ((*response(messages, 4))["error"]["code"], -32602);
    EXPECT_EQ(exit_code, 0);
}

TEST_F(Session, TheEndOfInputWithoutExitEndsTheSession) {
    initialize();
    run();
    EXPECT_EQ(exit_code, 1);
}

TEST_F(Session, DiagnosticsComeOnOpenFollowChangesAndAreClearedWhenFixed) {
    initialize();
    std::string broken = std::string(corpus_text) + "zog denies csto.weak\n";
    open("a.claims", broken);
    sync();
    notify("textDocument/didChange",
           {{"textDocument", {{"uri", uri("a.claims")}, {"version", 2}}}, {"contentChanges", {{{"text", corpus_text}}}}});
    sync();
    finish();
    auto lists = diagnostics_for(run(), uri("a.claims"));
    ASSERT_EQ(lists.size(), 2u);
    ASSERT_EQ(lists[0].size(), 1u);
    const json& d = lists[0][0];
    EXPECT_EQ(d["code"], "unknown-reference");
    EXPECT_EQ(d["severity"], 1);
    EXPECT_EQ(d["range"]["start"]["line"], 7);
    EXPECT_EQ(d["range"]["start"]["character"], 0);
    EXPECT_EQ(d["range"]["end"]["character"], 3);
    EXPECT_NE(d["message"].get<std::string>().find("did you mean 'zogg'"), std::string::npos);
    EXPECT_TRUE(lists[1].empty());  // the fix clears them
}

TEST_F(Session, ADuplicateNamesItsFirstDeclarationAsRelatedInformation) {
    initialize();
    open("a.claims", std::string(corpus_text) + "claim csto.weak \"Again.\"\n");
    sync();
    finish();
    auto lists = diagnostics_for(run(), uri("a.claims"));
    ASSERT_FALSE(lists.empty());
    ASSERT_EQ(lists[0].size(), 1u);
    const json& d = lists[0][0];
    EXPECT_EQ(d["code"], "duplicate");
    ASSERT_TRUE(d.contains("relatedInformation"));
    EXPECT_EQ(d["relatedInformation"][0]["location"]["range"]["start"]["line"], 3);
}

TEST_F(Session, AnUnsavedBufferWinsOverTheDisk) {
    initialize();
    // On disk the file is clean; the buffer uses an expert that only another unsaved buffer declares.
    open("b.claims", "expert cornell \"Svante Cornell\"\n");
    open("a.claims", std::string(corpus_text) + "cornell denies csto.weak { source ankasam }\n");
    request(2, "textDocument/definition", at("a.claims", 7, 2));
    finish();
    auto messages = run();
    const json& location = (*response(messages, 2))["result"];
    EXPECT_EQ(location["uri"], uri("b.claims"));
    EXPECT_EQ(location["range"]["start"]["character"], 7);
    for (const auto& list : diagnostics_for(messages, uri("a.claims"))) EXPECT_TRUE(list.empty()) << list;
}

TEST_F(Session, DefinitionAndReferencesFromEveryKindOfUse) {
    initialize();
    request(2, "textDocument/definition", at("a.claims", 5, 16));  // the claim in a stance
    request(3, "textDocument/definition", at("a.claims", 4, 6));   // the source after `from`
    request(4, "textDocument/definition", at("a.claims", 3, 44));  // the topic attribute
    request(5, "textDocument/references",
            {{"textDocument", {{"uri", uri("a.claims")}}}, {"position", {{"line", 3}, {"character", 7}}},
             {"context", {{"includeDeclaration", true}}}});
    finish();
    auto messages = run();
    EXPECT_EQ((*response(messages, 2))["result"]["range"]["start"]["line"], 3);
    EXPECT_EQ((*response(messages, 3))["result"]["range"]["start"]["line"], 1);
    EXPECT_EQ((*response(messages, 4))["result"]["range"]["start"]["line"], 2);
    const json& references = (*response(messages, 5))["result"];
    ASSERT_EQ(references.size(), 2u);  // the declaration and the stance
    EXPECT_EQ(references[1]["range"]["start"]["line"], 5);
}

TEST_F(Session, HoverDescribesClaimsExpertsAndSources) {
    initialize();
    request(2, "textDocument/hover", at("a.claims", 5, 18));
    request(3, "textDocument/hover", at("a.claims", 5, 3));
    request(4, "textDocument/hover", at("a.claims", 4, 8));
    request(5, "textDocument/hover", at("a.claims", 6, 0));  // the closing brace: nothing
    finish();
    auto messages = run();
    std::string claim = (*response(messages, 2))["result"]["contents"]["value"];
    EXPECT_NE(claim.find("The CSTO is weak."), std::string::npos);
    EXPECT_NE(claim.find("What is the CSTO for?"), std::string::npos);
    EXPECT_NE(claim.find("Benno Zogg (`zogg`) asserts"), std::string::npos);
    std::string expert = (*response(messages, 3))["result"]["contents"]["value"];
    EXPECT_NE(expert.find("CSS, ETH Zurich"), std::string::npos);
    EXPECT_NE(expert.find("1 stance"), std::string::npos);
    std::string source = (*response(messages, 4))["result"]["contents"]["value"];
    EXPECT_NE(source.find("ANKASAM"), std::string::npos);
    EXPECT_NE(source.find("2022-12"), std::string::npos);
    EXPECT_TRUE((*response(messages, 5))["result"].is_null());
}

TEST_F(Session, CiteKeysAreLookedUpInTheClientsBibFiles) {
    write("refs.bib", "@article{zogg:2023, title = {Still Standing: The {CSTO} at Thirty}, author = {Zogg, Benno},\n"
                      "  journal = {Survival}, year = {2023}}\n");
    write("a.claims", std::string(corpus_text) + "source css \"\" { cite zogg:2023 }\nsource typo \"Typo\" { cite zog:2023 }\n");
    initialize({{"bib", {(root / "refs.bib").string()}}});
    request(2, "textDocument/hover", at("a.claims", 7, 8));  // css: its title comes from the entry
    sync();
    finish();
    auto messages = run();
    std::string hover = (*response(messages, 2))["result"]["contents"]["value"];
    EXPECT_NE(hover.find("Still Standing: The CSTO at Thirty"), std::string::npos) << hover;
    EXPECT_NE(hover.find("Survival"), std::string::npos) << hover;
    auto lists = diagnostics_for(messages, uri("a.claims"));
    ASSERT_FALSE(lists.empty());
    std::vector<std::string> cite_errors;
    for (const json& d : lists.back())
        if (d["code"] == "unknown-cite-key") cite_errors.push_back(d["message"]);
    ASSERT_EQ(cite_errors.size(), 1u) << lists.back();
    EXPECT_NE(cite_errors[0].find("'zog:2023'"), std::string::npos);
    EXPECT_NE(cite_errors[0].find("did you mean 'zogg:2023'"), std::string::npos);
}

TEST_F(Session, WithoutBibFilesCiteKeysAreNotLookedUp) {
    write("a.claims", std::string(corpus_text) + "source typo \"Typo\" { cite zog:2023 }\n");
    initialize();
    sync();
    finish();
    for (const auto& list : diagnostics_for(run(), uri("a.claims")))
        for (const json& d : list) EXPECT_NE(d["code"], "unknown-cite-key") << d;
}

std::vector<std::string> labels(const json& result) {
    std::vector<std::string> out;
    for (const auto& item : result["items"]) out.push_back(item["label"]);
    return out;
}

TEST_F(Session, CompletionFollowsTheContext) {
    initialize();
    std::string text = std::string(corpus_text) +
                       "from ank\n"                                // 7: sources
                       "zogg denies csto.\n"                       // 8: claims after a verb
                       "zogg \n"                                   // 9: verbs after an expert
                       "claim x \"X.\" { topic csto }\n"           // 10: topics after `topic`
                       "zogg asserts x { because csto.w }\n";      // 11: claims after `because`
    open("a.claims", text);
    request(2, "textDocument/completion", at("a.claims", 7, 8));
    request(3, "textDocument/completion", at("a.claims", 8, 17));
    request(4, "textDocument/completion", at("a.claims", 9, 5));
    request(5, "textDocument/completion", at("a.claims", 10, 25));
    request(6, "textDocument/completion", at("a.claims", 11, 31));
    request(7, "textDocument/completion", at("a.claims", 12, 0));  // a new statement
    finish();
    auto messages = run();
    EXPECT_EQ(labels((*response(messages, 2))["result"]), std::vector<std::string>{"ankasam"});
    auto claims = labels((*response(messages, 3))["result"]);
    EXPECT_NE(std::find(claims.begin(), claims.end(), "csto.weak"), claims.end());
    EXPECT_EQ(std::find(claims.begin(), claims.end(), "zogg"), claims.end());
    const json& edit = (*response(messages, 3))["result"]["items"][0]["textEdit"]["range"];
    EXPECT_EQ(edit["start"]["character"], 12);  // replaces the whole `csto.` typed so far
    auto verbs = labels((*response(messages, 4))["result"]);
    EXPECT_NE(std::find(verbs.begin(), verbs.end(), "asserts"), verbs.end());
    EXPECT_EQ(labels((*response(messages, 5))["result"]), std::vector<std::string>{"csto.purpose"});
    auto reasons = labels((*response(messages, 6))["result"]);
    EXPECT_NE(std::find(reasons.begin(), reasons.end(), "csto.weak"), reasons.end());
    auto starts = labels((*response(messages, 7))["result"]);
    for (const char* expected : {"claim", "from", "zogg", "csto.weak"})
        EXPECT_NE(std::find(starts.begin(), starts.end(), expected), starts.end()) << expected;
}

TEST_F(Session, DocumentSymbolsOutlineDeclarationsAndFromBlocks) {
    initialize();
    request(2, "textDocument/documentSymbol", {{"textDocument", {{"uri", uri("a.claims")}}}});
    finish();
    auto messages = run();
    const json& symbols = (*response(messages, 2))["result"];
    ASSERT_EQ(symbols.size(), 5u);
    EXPECT_EQ(symbols[0]["name"], "zogg");
    EXPECT_EQ(symbols[4]["name"], "from ankasam");
    ASSERT_EQ(symbols[4]["children"].size(), 1u);
    EXPECT_EQ(symbols[4]["children"][0]["name"], "zogg asserts csto.weak");
}

TEST_F(Session, RenameChangesEveryUseAndRefusesBadNames) {
    write("b.claims", "zogg strongly denies csto.weak { source ankasam }\n");
    initialize();
    request(2, "textDocument/prepareRename", at("a.claims", 5, 3));
    send({{"id", 3}, {"method", "textDocument/rename"},
          {"params", {{"textDocument", {{"uri", uri("a.claims")}}}, {"position", {{"line", 5}, {"character", 3}}},
                      {"newName", "benno-zogg"}}}});
    send({{"id", 4}, {"method", "textDocument/rename"},
          {"params", {{"textDocument", {{"uri", uri("a.claims")}}}, {"position", {{"line", 5}, {"character", 3}}},
                      {"newName", "csto.weak"}}}});
    send({{"id", 5}, {"method", "textDocument/rename"},
          {"params", {{"textDocument", {{"uri", uri("a.claims")}}}, {"position", {{"line", 5}, {"character", 3}}},
                      {"newName", "asserts"}}}});
    finish();
    auto messages = run();
    EXPECT_EQ((*response(messages, 2))["result"]["placeholder"], "zogg");
    const json& changes = (*response(messages, 3))["result"]["changes"];
    EXPECT_EQ(changes[uri("a.claims")].size(), 2u);  // the declaration and the stance
    EXPECT_EQ(changes[uri("b.claims")].size(), 1u);
    EXPECT_EQ(changes[uri("b.claims")][0]["newText"], "benno-zogg");
    EXPECT_EQ((*response(messages, 4))["error"]["code"], -32803);  // declared already
    EXPECT_EQ((*response(messages, 5))["error"]["code"], -32803);  // a keyword
}

TEST_F(Session, RangedChangesApplyInOrder) {
    initialize();
    open("a.claims", corpus_text);
    // Rename the expert in its use by an edit, then undo half of it: `zogg` -> `zo` -> `zog`.
    json first = {{"range", {{"start", {{"line", 5}, {"character", 4}}}, {"end", {{"line", 5}, {"character", 6}}}}},
                  {"text", ""}};
    json second = {{"range", {{"start", {{"line", 5}, {"character", 4}}}, {"end", {{"line", 5}, {"character", 4}}}}},
                   {"text", "g"}};
    notify("textDocument/didChange",
           {{"textDocument", {{"uri", uri("a.claims")}, {"version", 2}}}, {"contentChanges", {first, second}}});
    sync();
    finish();
    auto lists = diagnostics_for(run(), uri("a.claims"));
    ASSERT_FALSE(lists.empty());
    ASSERT_EQ(lists.back().size(), 1u);
    EXPECT_NE(lists.back()[0]["message"].get<std::string>().find("unknown expert 'zog'"), std::string::npos);
}

TEST_F(Session, FormattingIsStanceFmtOnTheBuffer) {
    initialize();
    std::string messy = "expert zogg   \"Benno Zogg\"\n# kept\nclaim csto.weak \"The CSTO is weak.\" {topic csto.purpose}\n";
    open("a.claims", corpus_text);
    open("b.claims", messy);
    open("c.claims", "claim csto.broken \"not closed\n");
    open("d.claims", "topic csto.other \"Formatted already?\"\n");
    request(2, "textDocument/formatting", {{"textDocument", {{"uri", uri("b.claims")}}}, {"options", {{"tabSize", 2}, {"insertSpaces", true}}}});
    request(3, "textDocument/formatting", {{"textDocument", {{"uri", uri("d.claims")}}}, {"options", json::object()}});
    request(4, "textDocument/formatting", {{"textDocument", {{"uri", uri("c.claims")}}}, {"options", json::object()}});
    finish();
    auto messages = run();
    ASSERT_TRUE(response(messages, 1));
    EXPECT_EQ((*response(messages, 1))["result"]["capabilities"]["documentFormattingProvider"], true);
    const json& edits = (*response(messages, 2))["result"];
    ASSERT_EQ(edits.size(), 1u);
    EXPECT_EQ(edits[0]["newText"], "expert zogg \"Benno Zogg\"\n# kept\nclaim csto.weak \"The CSTO is weak.\" { topic csto.purpose }\n");
    EXPECT_EQ(edits[0]["range"]["start"], json({{"line", 0}, {"character", 0}}));
    EXPECT_EQ(edits[0]["range"]["end"], json({{"line", 3}, {"character", 0}}));  // the whole buffer
    EXPECT_EQ((*response(messages, 3))["result"], json::array());  // formatted already
    EXPECT_EQ((*response(messages, 4))["error"]["code"], -32803);   // syntax errors: left as it is
}

TEST(LspCommand, ServesASessionOverStdio) {
    fs::path root = fs::temp_directory_path() / ("stance-lsp-cmd-" + std::to_string(::getpid()));
    fs::create_directories(root);
    std::ofstream(root / "a.claims") << "claim a \"A.\"\nzogg asserts a\n";
    std::string script;
    for (json message : {json{{"id", 1}, {"method", "initialize"}, {"params", {{"rootUri", uri_from_path(root)}}}},
                         json{{"method", "initialized"}, {"params", json::object()}},
                         json{{"id", 2}, {"method", "textDocument/documentSymbol"},
                              {"params", {{"textDocument", {{"uri", uri_from_path(root / "a.claims")}}}}}},
                         json{{"id", 3}, {"method", "shutdown"}}, json{{"method", "exit"}}}) {
        message["jsonrpc"] = "2.0";
        std::string body = message.dump();
        script += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    }
    auto result = test::run_command(STANCE_BINARY, {"lsp"}, root, script);
    fs::remove_all(root);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    auto messages = parse(result.out);
    bool diagnosed = false;
    for (const auto& m : messages)
        if (m.value("method", "") == "textDocument/publishDiagnostics" && !m["params"]["diagnostics"].empty())
            diagnosed = m["params"]["diagnostics"][0]["message"].get<std::string>().find("zogg") != std::string::npos;
    EXPECT_TRUE(diagnosed);
}

}  // namespace
}  // namespace stance::lsp
