// AIF in AIFdb's JSON form (docs/export.md gives the mapping): claims are I-nodes; implies and
// supports are RA-nodes between them, contradicts (both ways) and undermines CA-nodes,
// equivalent an MA-node; each stance is a locution (an L-node, with its participant) that
// asserts, disagrees with or challenges the claim's I-node through a YA-node. Derived
// commitments are left out: nobody said them.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stance/exports/exports.hpp"

namespace stance::exports {
namespace {

using json = nlohmann::ordered_json;

class AifWriter {
public:
    explicit AifWriter(const Graph& graph) : m_corpus(graph.corpus()) {}

    json build() {
        std::vector<std::string> claim_node(m_corpus.claims.size());
        for (Index c = 0; c < m_corpus.claims.size(); ++c) claim_node[c] = node("I", m_corpus.claims[c].text, "");
        for (const auto& r : m_corpus.relations) {
            std::string from = claim_node[r.from], to = claim_node[r.to];
            std::string scheme(model::relation_name(r.kind));
            switch (r.kind) {
            case model::RelationKind::implies:
            case model::RelationKind::supports: link(from, "RA", "Default Inference", scheme, to); break;
            case model::RelationKind::undermines: link(from, "CA", "Default Conflict", scheme, to); break;
            case model::RelationKind::contradicts:
                link(from, "CA", "Default Conflict", scheme, to);
                link(to, "CA", "Default Conflict", scheme, from);
                break;
            case model::RelationKind::equivalent: link(from, "MA", "Default Rephrase", scheme, to); break;
            }
        }
        std::vector<std::string> person(m_corpus.experts.size());
        for (Index e = 0; e < m_corpus.experts.size(); ++e) {
            const auto& name = m_corpus.experts[e].name;
            auto space = name.rfind(' ');
            person[e] = std::to_string(e + 1);
            m_participants.push_back({{"participantID", person[e]},
                                      {"firstname", space == std::string::npos ? "" : name.substr(0, space)},
                                      {"surname", space == std::string::npos ? name : name.substr(space + 1)},
                                      {"expert", m_corpus.experts[e].id}});
        }
        for (const auto& stance : m_corpus.stances) {
            const auto& expert = m_corpus.experts[stance.expert];
            std::string words;
            for (const auto& q : stance.quotes) words += (words.empty() ? "" : " \u2026 ") + q.text;
            if (words.empty())
                words = std::string(model::stance_verb(stance.value)) + " \u201C" + m_corpus.claims[stance.claim].text + "\u201D";
            std::string timestamp = calendar_date(m_corpus.stance_date(stance));
            if (!timestamp.empty()) timestamp += " 00:00:00";
            std::string locution = node("L", expert.name + " : " + words, timestamp);
            const char* illocution = stance.value > 0 ? "Asserting" : stance.value < 0 ? "Disagreeing" : "Challenging";
            std::string ya = node("YA", illocution, timestamp);
            edge(locution, ya);
            edge(ya, claim_node[stance.claim]);
            json entry = {{"nodeID", locution}, {"personID", person[stance.expert]}, {"timestamp", timestamp},
                          {"claim", m_corpus.claims[stance.claim].id}, {"value", stance.value}};
            if (stance.source != none) entry["source"] = m_corpus.sources[stance.source].id;
            m_locutions.push_back(std::move(entry));
        }
        return {{"nodes", m_nodes}, {"edges", m_edges}, {"locutions", m_locutions}, {"participants", m_participants}};
    }

private:
    std::string node(const char* type, const std::string& text, const std::string& timestamp,
                     const std::string& scheme = {}) {
        std::string id = std::to_string(m_nodes.size() + 1);
        json n = {{"nodeID", id}, {"text", text}, {"type", type}, {"timestamp", timestamp}};
        if (!scheme.empty()) n["scheme"] = scheme;
        m_nodes.push_back(std::move(n));
        return id;
    }

    void edge(const std::string& from, const std::string& to) {
        m_edges.push_back({{"edgeID", std::to_string(m_edges.size() + 1)}, {"fromID", from}, {"toID", to},
                           {"formEdgeID", nullptr}});
    }

    // from -> scheme node -> to
    void link(const std::string& from, const char* type, const char* text, const std::string& scheme,
              const std::string& to) {
        std::string s = node(type, text, "", scheme);
        edge(from, s);
        edge(s, to);
    }

    const model::Corpus& m_corpus;
    json m_nodes = json::array();
    json m_edges = json::array();
    json m_locutions = json::array();
    json m_participants = json::array();
};

}  // namespace

void write_aif(std::ostream& out, const Graph& graph) {
    out << AifWriter(graph).build().dump(1, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace stance::exports
