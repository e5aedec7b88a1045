// Every export read back by the tool its users read it with: Graphviz (`dot -Tsvg`, no
// warnings), networkx and igraph (GraphML, GEXF, the CSV edge list), the Argdown CLI and an
// AIFdb structure check (tests/exports/read_export.py prints what each saw). The corpus is the
// report fixture with hostile text in every place the exports write user text (a claim, an
// expert's name, a topic's question, a quote) and one `equivalent` relation more; the empty
// corpus must give a valid, empty document in every format. A test is skipped where its reader
// is not installed (scripts/test.sh installs them all).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "stance/exports/exports.hpp"
#include "stance/util/source_file.hpp"
#include "unit/report/fixture.hpp"

namespace stance::exports {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string hostile =
    "<b>\"q\" & 'a' \\ back \\n \\l {x} [y] #t // c * _u_ @m +> -> &amp;\nline2\ttab \x01" "ctl \u00e9 \U0001F4A1";
// What a format that keeps line breaks gives back: the control character as a space.
const std::string hostile_kept =
    "<b>\"q\" & 'a' \\ back \\n \\l {x} [y] #t // c * _u_ @m +> -> &amp;\nline2\ttab  ctl \u00e9 \U0001F4A1";

// Runs of white space as one space, trimmed: how text reads where lines are joined. Graphviz
// writes the second of two spaces as a no-break space.
std::string flat(std::string text) {
    for (auto at = text.find("\u00a0"); at != std::string::npos; at = text.find("\u00a0", at)) text.replace(at, 2, " ");
    std::string out;
    for (char c : text) {
        bool space = c == ' ' || c == '\n' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

const fs::path python = "/usr/bin/python3";
const fs::path reader = fs::path(STANCE_SOURCE_DIR) / "tests/exports/read_export.py";
const fs::path argdown = fs::path(STANCE_SOURCE_DIR) / "bench/node_modules/.bin/argdown";

bool python_has(const std::string& module) {
    return fs::exists(python) && std::system((python.string() + " -c 'import " + module + "' 2>/dev/null").c_str()) == 0;
}

class ExportConsumer : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("stance-exports-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_corpus = report::testing::fixture_corpus();
        m_analysis = report::testing::fixture_analysis(m_corpus);
        m_corpus.claims[0].text = hostile;
        m_corpus.experts[1].name = hostile;
        m_corpus.topics[0].question = hostile;
        m_corpus.stances[1].quotes[0].text = hostile;
        m_corpus.relations.push_back({model::RelationKind::equivalent, 0, 3, "", {0, 24, 1}});
    }
    void TearDown() override { fs::remove_all(m_dir); }

    template <typename Write>
    fs::path write(const std::string& name, Write&& write_to) {
        fs::path path = m_dir / name;
        std::ofstream out(path, std::ios::binary);
        write_to(out);
        return path;
    }

    // Runs a shell command; its exit status, with stderr in `err`.
    int shell(const std::string& command, std::string& err) {
        fs::path log = m_dir / "stderr.log";
        int status = std::system((command + " 2> " + log.string()).c_str());
        err = util::read_file(log);
        return status;
    }

    json read(const std::string& how, const fs::path& file) {
        std::string err;
        fs::path out = m_dir / (file.filename().string() + ".read.json");
        int status = shell(python.string() + " " + reader.string() + " " + how + " " + file.string() + " > " + out.string(), err);
        EXPECT_EQ(status, 0) << how << " could not read " << file << ":\n" << err;
        if (status != 0) return json::object();
        return json::parse(util::read_file(out));
    }

    // Graphviz lays out the dot export without a warning; its SVG as read_export.py sees it.
    json dot_svg(const fs::path& dot) {
        std::string err;
        fs::path svg = dot;
        svg.replace_extension(".svg");
        EXPECT_EQ(shell("dot -Tsvg " + dot.string() + " -o " + svg.string(), err), 0) << err;
        EXPECT_EQ(err, "") << "Graphviz warned";
        return read("svg", svg);
    }

    json argdown_json(const fs::path& document) {
        std::string err;
        fs::path out = m_dir / "argdown-out";
        // The CLI reports syntax errors on stdout: besides its exit code, its words are checked.
        fs::path log = m_dir / "argdown.log";
        int status = shell(argdown.string() + " json " + document.string() + " " + out.string() + " > " + log.string(), err);
        std::string said = util::read_file(log);
        EXPECT_EQ(status, 0) << said << err;
        EXPECT_EQ(said.find("error"), std::string::npos) << said;
        fs::path written = out / (document.stem().string() + ".json");
        EXPECT_TRUE(fs::exists(written)) << said;
        if (!fs::exists(written)) return json::object();
        return read("argdown-json", written);
    }

    fs::path m_dir;
    model::Corpus m_corpus;
    check::Analysis m_analysis;
};

TEST_F(ExportConsumer, GraphvizDrawsTheArgumentMap) {
    if (!fs::exists("/usr/bin/dot") || !python_has("xml")) GTEST_SKIP() << "Graphviz is not installed";
    Graph graph(m_corpus, m_analysis);
    json map = dot_svg(write("map.dot", [&](std::ostream& out) { write_dot(out, graph); }));
    EXPECT_EQ(map["nodes"].size(), 4u);  // the claims
    EXPECT_EQ(map["edges"].size(), 5u);  // the relations
    EXPECT_EQ(map["clusters"], json::array({"cluster_csto.control", "cluster_csto.future"}));
    // The hostile claim's label reads as written, its lines joined (wrapping breaks lines).
    bool found = false;
    for (const auto& text : map["texts"]) found = found || flat(text.get<std::string>()) == flat(hostile_kept);
    EXPECT_TRUE(found) << map["texts"];
    // Its tooltip keeps the text with its line break.
    found = false;
    for (const auto& tip : map["tooltips"])
        found = found || tip.get<std::string>().starts_with("csto.russia-controls: " + hostile_kept.substr(0, 60));
    EXPECT_TRUE(found) << map["tooltips"];

    json with_experts = dot_svg(write("experts.dot", [&](std::ostream& out) { write_dot(out, graph, {.with_experts = true}); }));
    EXPECT_EQ(with_experts["nodes"].size(), 4u + 3u);         // claims and experts
    EXPECT_EQ(with_experts["edges"].size(), 5u + 10u + 2u);   // relations, stances, derived commitments
}

TEST_F(ExportConsumer, NetworkxAndIgraphReadGraphml) {
    if (!python_has("networkx") || !python_has("igraph")) GTEST_SKIP() << "python3-networkx or python3-igraph is not installed";
    Graph graph(m_corpus, m_analysis);
    fs::path two_mode = write("two-mode.graphml", [&](std::ostream& out) { write_graphml(out, graph, Network::two_mode); });
    for (const char* how : {"graphml-networkx", "graphml-igraph"}) {
        json seen = read(how, two_mode);
        EXPECT_EQ(seen["nodes"], 3 + 4) << how;
        EXPECT_EQ(seen["edges"], 10 + 2) << how;  // every stance (a shift is two), every derived commitment
        // Values: stances +1 -2 +1 +1 +2 -1 0 -1 +1 +1, derived -1 -1.
        EXPECT_EQ(seen["weight"], 1.0) << how;
        EXPECT_EQ(seen["directed"], true) << how;
    }
    json nx = read("graphml-networkx", two_mode);
    const json& nikitina = nx["node_data"]["expert:nikitina"];
    EXPECT_EQ(nikitina["name"], hostile_kept);
    EXPECT_EQ(nikitina["label"], hostile_kept);
    EXPECT_EQ(nikitina["affiliation"], "MGIMO University");
    EXPECT_FALSE(nikitina.contains("camp"));  // in no camp
    EXPECT_EQ(nx["node_data"]["expert:zogg"]["camp"], 1);
    EXPECT_EQ(nx["node_data"]["claim:csto.russia-controls"]["text"], hostile_kept);
    EXPECT_NEAR(nx["node_data"]["claim:csto.russia-controls"]["consensus"].get<double>(), 0.389975, 1e-6);
    int strongly = 0, derived = 0, dated = 0;
    for (const auto& e : nx["edge_data"]) {
        strongly += e["strongly"].get<bool>();
        derived += e["derived"].get<bool>();
        dated += e.contains("date");
    }
    EXPECT_EQ(strongly, 2);
    EXPECT_EQ(derived, 2);
    EXPECT_EQ(dated, 9);  // every stance but the one without a source

    // Congruence: cornell-nikitina (members-sovereign), cornell-zogg (russia-controls).
    // Conflict: cornell-nikitina (russia-controls), nikitina-zogg (russia-controls, in-decline).
    for (auto [network, edges, weight] : {std::tuple{Network::congruence, 2, 2.0}, std::tuple{Network::conflict, 2, 3.0}}) {
        fs::path file = write(std::string(network_name(network)) + ".graphml",
                              [&](std::ostream& out) { write_graphml(out, graph, network); });
        for (const char* how : {"graphml-networkx", "graphml-igraph"}) {
            json seen = read(how, file);
            EXPECT_EQ(seen["nodes"], 3) << how << network_name(network);
            EXPECT_EQ(seen["edges"], edges) << how << network_name(network);
            EXPECT_EQ(seen["weight"], weight) << how << network_name(network);
            EXPECT_EQ(seen["directed"], false) << how;
        }
    }
}

TEST_F(ExportConsumer, NetworkxReadsGexfWithDates) {
    if (!python_has("networkx")) GTEST_SKIP() << "python3-networkx is not installed";
    Graph graph(m_corpus, m_analysis);
    json seen = read("gexf-networkx", write("two-mode.gexf", [&](std::ostream& out) { write_gexf(out, graph, Network::two_mode); }));
    EXPECT_EQ(seen["nodes"], 7);
    EXPECT_EQ(seen["edges"], 12);
    EXPECT_EQ(seen["weight"], 1.0);
    EXPECT_EQ(seen["node_data"]["expert:nikitina"]["label"], hostile_kept);
    EXPECT_EQ(seen["node_data"]["claim:csto.russia-controls"]["text"], hostile_kept);
    std::multiset<std::string> starts;
    for (const auto& e : seen["edge_data"])
        if (e.contains("start")) starts.insert(e["start"].get<std::string>());
    // Eurasianet (2022-10) for six stances, Carnegie (2023-03) for three, but the one dated 2021-05.
    EXPECT_EQ(starts, (std::multiset<std::string>{"2021-05-01", "2022-10-01", "2022-10-01", "2022-10-01", "2022-10-01",
                                                  "2023-03-01", "2023-03-01", "2023-03-01", "2023-03-01"}));

    json conflict = read("gexf-networkx", write("conflict.gexf", [&](std::ostream& out) { write_gexf(out, graph, Network::conflict); }));
    EXPECT_EQ(conflict["nodes"], 3);
    EXPECT_EQ(conflict["edges"], 2);
    EXPECT_EQ(conflict["weight"], 3.0);
    EXPECT_EQ(conflict["directed"], false);
}

TEST_F(ExportConsumer, ArgdownReadsTheDocument) {
    if (!fs::exists(argdown)) GTEST_SKIP() << "the Argdown CLI is not installed (npm ci in bench/)";
    Graph graph(m_corpus, m_analysis);
    json seen = argdown_json(write("corpus.argdown", [&](std::ostream& out) { write_argdown(out, graph); }));
    ASSERT_TRUE(seen.contains("statements"));
    EXPECT_EQ(seen["statements"].size(), 4u);
    EXPECT_EQ(flat(seen["statements"]["csto.russia-controls"]), flat(hostile_kept));
    EXPECT_EQ(flat(seen["statements"]["csto.will-dissolve"]), "The CSTO will dissolve within a decade.");
    EXPECT_EQ(seen["arguments"].size(), 10u);
    // Zogg's two stances on russia-controls (a shift) are two arguments.
    EXPECT_TRUE(seen["arguments"].contains("zogg on csto.russia-controls (2)"));
    const json& denial = seen["arguments"]["nikitina on csto.russia-controls"];
    EXPECT_EQ(denial["data"]["value"], -2);
    EXPECT_EQ(denial["data"]["quotes"], json::array({hostile}));  // data is JSON: even the control character
    EXPECT_EQ(denial["data"]["source"], "eurasianet-2022");
    EXPECT_NE(flat(denial["text"]).find(flat(hostile_kept)), std::string::npos) << denial["text"];
    json relations = seen["relations"];
    EXPECT_EQ(relations.size(), 6u + 9u);  // relations (equivalent both ways), stances that take a side
    auto has = [&](const std::string& from, const std::string& to, const std::string& type) {
        return std::find(relations.begin(), relations.end(), json::array({from, to, type})) != relations.end();
    };
    EXPECT_TRUE(has("csto.members-sovereign", "csto.russia-controls", "attack"));
    EXPECT_TRUE(has("csto.will-dissolve", "csto.in-decline", "support"));
    EXPECT_TRUE(has("csto.russia-controls", "csto.members-sovereign", "contradictory"));
    EXPECT_TRUE(has("csto.russia-controls", "csto.will-dissolve", "support"));
    EXPECT_TRUE(has("csto.will-dissolve", "csto.russia-controls", "support"));
    EXPECT_TRUE(has("nikitina on csto.russia-controls", "csto.russia-controls", "attack"));
    EXPECT_TRUE(has("zogg on csto.will-dissolve", "csto.will-dissolve", "support"));
    // The topic's hostile question is a section heading.
    EXPECT_EQ(flat(seen["sections"][0]), flat(hostile_kept));
}

TEST_F(ExportConsumer, AifHoldsAifdbStructure) {
    if (!fs::exists(python)) GTEST_SKIP() << "python3 is not installed";
    Graph graph(m_corpus, m_analysis);
    json seen = read("aif", write("corpus.json", [&](std::ostream& out) { write_aif(out, graph); }));
    EXPECT_EQ(seen["errors"], json::array());
    EXPECT_EQ(seen["types"], json({{"I", 4}, {"RA", 2}, {"CA", 3}, {"MA", 1}, {"L", 10}, {"YA", 10}}));
    EXPECT_EQ(seen["edges"], 2 * (2 + 3 + 1) + 2 * 10);
    EXPECT_EQ(seen["locutions"], 10);
    EXPECT_EQ(seen["participants"], 3);
    bool claim = false, locution = false;
    for (const auto& [id, text] : seen["texts"].items()) {
        claim = claim || text == hostile;  // JSON keeps even the control character
        locution = locution || text == hostile + " : " + hostile;
    }
    EXPECT_TRUE(claim);
    EXPECT_TRUE(locution);
}

TEST_F(ExportConsumer, IgraphReadsTheEdgeList) {
    if (!python_has("igraph")) GTEST_SKIP() << "python3-igraph is not installed";
    Graph graph(m_corpus, m_analysis);
    json seen = read("csv-igraph", write("edges.csv", [&](std::ostream& out) { write_csv_edges(out, graph); }));
    EXPECT_EQ(seen["nodes"], 7);
    EXPECT_EQ(seen["edges"], 5 + 10 + 2 + 2 + 2);
    EXPECT_EQ(seen["kinds"], json({{"undermines", 1}, {"implies", 1}, {"contradicts", 1}, {"supports", 1},
                                   {"equivalent", 1}, {"stance", 10}, {"derived", 2}, {"congruence", 2}, {"conflict", 2}}));
    EXPECT_EQ(seen["weight"], 5 + 1 + 2 + 3);
}

TEST_F(ExportConsumer, EmptyCorpusGivesValidEmptyDocuments) {
    model::Corpus corpus;
    check::Analysis analysis;
    Graph graph(corpus, analysis);
    if (fs::exists("/usr/bin/dot")) {
        json map = dot_svg(write("empty.dot", [&](std::ostream& out) { write_dot(out, graph, {.with_experts = true}); }));
        EXPECT_EQ(map["nodes"].size(), 0u);
        EXPECT_EQ(map["edges"].size(), 0u);
    }
    if (python_has("networkx") && python_has("igraph")) {
        for (Network network : {Network::two_mode, Network::congruence}) {
            fs::path graphml = write("empty.graphml", [&](std::ostream& out) { write_graphml(out, graph, network); });
            fs::path gexf = write("empty.gexf", [&](std::ostream& out) { write_gexf(out, graph, network); });
            for (auto [how, file] : {std::pair{"graphml-networkx", graphml}, std::pair{"graphml-igraph", graphml},
                                     std::pair{"gexf-networkx", gexf}}) {
                json seen = read(how, file);
                EXPECT_EQ(seen["nodes"], 0) << how;
                EXPECT_EQ(seen["edges"], 0) << how;
            }
        }
        json edges = read("csv-igraph", write("empty.csv", [&](std::ostream& out) { write_csv_edges(out, graph); }));
        EXPECT_EQ(edges["edges"], 0);
    }
    if (fs::exists(python)) {
        json aif = read("aif", write("empty.json", [&](std::ostream& out) { write_aif(out, graph); }));
        EXPECT_EQ(aif["errors"], json::array());
        EXPECT_EQ(aif["edges"], 0);
    }
    if (fs::exists(argdown)) {
        json seen = argdown_json(write("empty.argdown", [&](std::ostream& out) { write_argdown(out, graph); }));
        EXPECT_EQ(seen["statements"].size(), 0u);
        EXPECT_EQ(seen["relations"].size(), 0u);
        EXPECT_EQ(seen["arguments"].size(), 0u);
    }
}

}  // namespace
}  // namespace stance::exports
