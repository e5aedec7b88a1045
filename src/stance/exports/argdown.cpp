// The corpus as an Argdown document: a section per topic (nested as the topics nest) holding
// its claims as statements titled by their ids, with their numbers as data; the relations as
// Argdown relations (implies and supports: support; undermines: attack; contradicts:
// contradiction; equivalent: support both ways); and each stance as an argument that supports
// the claim (asserts), attacks it (denies) or stands beside it (qualifies), with its quotes,
// source, date and place as data.
#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stance/exports/escape.hpp"
#include "stance/exports/exports.hpp"

namespace stance::exports {
namespace {

using json = nlohmann::ordered_json;

// A JSON value as Argdown's data reader takes it: brackets and braces inside strings written as
// \u escapes, since the reader's YAML flow scanner stumbles on them in a list.
std::string data_value(const json& value) {
    if (value.is_array()) {
        std::string out = "[";
        for (const auto& item : value) out += (out.size() > 1 ? ", " : "") + data_value(item);
        return out + "]";
    }
    std::string dumped = value.dump(-1, ' ', false, json::error_handler_t::replace);
    if (!value.is_string()) return dumped;
    std::string out;
    for (char c : dumped) {
        switch (c) {
        case '[': out += "\\u005b"; break;
        case ']': out += "\\u005d"; break;
        case '{': out += "\\u007b"; break;
        case '}': out += "\\u007d"; break;
        default: out += c;
        }
    }
    return out;
}

// A data block: `{key: value, ...}` with JSON values, which Argdown's YAML reader takes as they are.
std::string data(const json& fields) {
    std::string out = " {";
    bool first = true;
    for (const auto& [key, value] : fields.items()) {
        if (!first) out += ", ";
        first = false;
        out += key + ": " + data_value(value);
    }
    return out + "}";
}

class ArgdownWriter {
public:
    ArgdownWriter(std::ostream& out, const Graph& graph) : m_out(out), m_graph(graph), m_corpus(graph.corpus()) {}

    void write() {
        m_out << "===\ntitle: stance corpus\n===\n";
        std::vector<std::vector<Index>> by_topic(m_corpus.topics.size());
        std::vector<Index> loose;
        for (Index c = 0; c < m_corpus.claims.size(); ++c) {
            Index topic = m_corpus.claims[c].topic;
            (topic == none ? loose : by_topic[topic]).push_back(c);
        }
        for (Index t : m_graph.subtopics(none)) write_topic(t, by_topic, 1);
        // Argdown wants something after the front matter: an empty corpus is one empty section.
        if (m_corpus.claims.empty()) m_out << "\n# No claims\n";
        if (!loose.empty()) {
            m_out << "\n# Claims without a topic\n";
            for (Index c : loose) write_claim(c);
        }
        write_relations();
        write_stances();
    }

private:
    void write_topic(Index t, const std::vector<std::vector<Index>>& by_topic, int level) {
        const auto& topic = m_corpus.topics[t];
        m_out << '\n' << std::string(static_cast<std::size_t>(std::min(level, 6)), '#') << ' '
              << argdown_escape(topic.question.empty() ? topic.id : topic.question) << data({{"topic", topic.id}})
              << '\n';
        for (Index c : by_topic[t]) write_claim(c);
        for (Index sub : m_graph.subtopics(t)) write_topic(sub, by_topic, level + 1);
    }

    void write_claim(Index c) {
        const auto& claim = m_corpus.claims[c];
        json fields;
        if (const check::Consensus* consensus = m_graph.consensus(c)) {
            fields["experts"] = consensus->n;
            fields["mean"] = consensus->mean;
            if (consensus->consensus) fields["consensus"] = *consensus->consensus;
        }
        if (!claim.tags.empty()) fields["tags"] = claim.tags;
        if (!claim.date.empty()) fields["date"] = claim.date.to_string();
        fields["where"] = m_corpus.where(claim.where);
        m_out << "\n[" << claim.id << "]: " << argdown_escape(claim.text) << data(fields) << '\n';
    }

    void write_relations() {
        if (m_corpus.relations.empty()) return;
        m_out << "\n# Relations\n";
        for (const auto& r : m_corpus.relations) {
            const std::string& to = m_corpus.claims[r.to].id;
            m_out << "\n[" << m_corpus.claims[r.from].id << "]\n";
            switch (r.kind) {
            case model::RelationKind::implies:
            case model::RelationKind::supports: m_out << "  +> [" << to << "]\n"; break;
            case model::RelationKind::undermines: m_out << "  -> [" << to << "]\n"; break;
            case model::RelationKind::contradicts: m_out << "  >< [" << to << "]\n"; break;
            case model::RelationKind::equivalent: m_out << "  +> [" << to << "]\n  <+ [" << to << "]\n"; break;
            }
        }
    }

    void write_stances() {
        if (m_corpus.stances.empty()) return;
        m_out << "\n# Stances\n";
        std::vector<std::vector<int>> seen(m_corpus.experts.size());  // per expert: stances per claim so far
        for (const auto& stance : m_corpus.stances) {
            const auto& expert = m_corpus.experts[stance.expert];
            const auto& claim = m_corpus.claims[stance.claim];
            auto& count = seen[stance.expert];
            if (count.empty()) count.assign(m_corpus.claims.size(), 0);
            int n = ++count[stance.claim];
            std::string title = expert.id + " on " + claim.id + (n > 1 ? " (" + std::to_string(n) + ")" : "");

            std::string text = expert.name + " " + std::string(model::stance_verb(stance.value)) + " " + claim.id;
            json fields = {{"expert", expert.id}, {"claim", claim.id}, {"value", stance.value}};
            json quotes = json::array();
            for (const auto& q : stance.quotes) quotes.push_back(q.text);
            if (!quotes.empty()) {
                text += ":";
                for (const auto& q : stance.quotes) text += " \u201C" + q.text + "\u201D";
                fields["quotes"] = quotes;
            }
            if (stance.source != none) fields["source"] = m_corpus.sources[stance.source].id;
            if (model::Date date = m_corpus.stance_date(stance); !date.empty()) fields["date"] = date.to_string();
            if (!stance.at.empty()) fields["at"] = stance.at;
            fields["where"] = m_corpus.where(stance.where);
            m_out << "\n<" << title << ">: " << argdown_escape(text) << data(fields) << '\n';
            if (stance.value > 0) m_out << "  +> [" << claim.id << "]\n";
            if (stance.value < 0) m_out << "  -> [" << claim.id << "]\n";
        }
    }

    std::ostream& m_out;
    const Graph& m_graph;
    const model::Corpus& m_corpus;
};

}  // namespace

void write_argdown(std::ostream& out, const Graph& graph) { ArgdownWriter(out, graph).write(); }

}  // namespace stance::exports
