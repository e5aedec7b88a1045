// The argument map in Graphviz's DOT: claims as boxes filled by where their experts stand (the
// mean of the stated positions, on the diverging scale of the HTML matrix) and outlined in bold
// when contested, clustered by topic (nested as the topics are); relations as edges styled by
// kind; with experts, their stances as edges from expert ellipses.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "stance/exports/escape.hpp"
#include "stance/exports/exports.hpp"
#include "stance/exports/label.hpp"

namespace stance::exports {
namespace {

const char* const font = "Helvetica,Arial,sans-serif";
constexpr std::size_t wrap_width = 30;

struct Colours {
    const char* fill;
    const char* font;
};

// The HTML matrix's light palette: strongly asserts, asserts, qualifies, denies, strongly denies.
Colours value_colours(double value) {
    if (value >= 1.5) return {"#2166ac", "#ffffff"};
    if (value >= 0.5) return {"#92c5de", "#0b2540"};
    if (value > -0.5) return {"#ececec", "#1f2328"};
    if (value > -1.5) return {"#f4a582", "#3d0c06"};
    return {"#b2182b", "#ffffff"};
}

// A claim is contested when its experts are closer to split than agreed.
constexpr double contested_below = 0.5;

std::string dot_string(std::string_view text) { return "\"" + dot_escape(text) + "\""; }

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

const char* relation_style(model::RelationKind kind) {
    switch (kind) {
    case model::RelationKind::implies: return "color=\"#1f2328\"";
    case model::RelationKind::equivalent: return "color=\"#1f2328:#1f2328\", dir=none";
    case model::RelationKind::contradicts: return "color=\"#cf222e\", penwidth=1.6, dir=both, arrowhead=tee, arrowtail=tee";
    case model::RelationKind::supports: return "color=\"#0969da\", style=dashed";
    case model::RelationKind::undermines: return "color=\"#cf222e\", style=dashed, arrowhead=tee";
    }
    return "";
}

class DotWriter {
public:
    DotWriter(std::ostream& out, const Graph& graph, const DotOptions& options)
        : m_out(out), m_graph(graph), m_corpus(graph.corpus()), m_options(options),
          m_shown(m_corpus.claims.size(), options.claims.empty()),
          m_expert_shown(m_corpus.experts.size(), false) {
        for (Index c : options.claims) m_shown[c] = true;
        if (options.with_experts)
            for_each_stance_shown([&](const StanceEdge& s) { m_expert_shown[s.expert] = true; });
    }

    void write() {
        // No `pack`: Graphviz 2.42 reads freed memory when it packs a graph with clusters.
        m_out << "digraph stance {\n"
              << "  graph [rankdir=LR, fontname=\"" << font << "\", fontsize=11, nodesep=0.15, ranksep=0.5,"
              << " bgcolor=\"transparent\"];\n"
              << "  node [shape=box, style=\"rounded,filled\", fontname=\"" << font << "\", fontsize=10,"
              << " margin=\"0.1,0.05\", color=\"#57606a\", penwidth=0.8];\n"
              << "  edge [fontname=\"" << font << "\", fontsize=9, arrowsize=0.7, penwidth=1.1];\n";
        // Claims by topic, nested as the topics nest; claims without a topic at the top.
        std::vector<std::vector<Index>> by_topic(m_corpus.topics.size());
        for (Index c : shown_claims()) {
            if (m_corpus.claims[c].topic == none || !m_options.clusters) write_claim(c, "  ");
            else by_topic[m_corpus.claims[c].topic].push_back(c);
        }
        std::vector<bool> holds(m_corpus.topics.size(), false);  // the topic or one below it has claims
        for (Index t = static_cast<Index>(m_corpus.topics.size()); t-- > 0;) {
            // Subtopics may be declared before their parents: walk up from each topic that has claims.
            if (by_topic[t].empty()) continue;
            for (Index up = t; up != none && !holds[up]; up = m_corpus.topics[up].parent) holds[up] = true;
        }
        for (Index t : m_graph.subtopics(none)) write_topic(t, by_topic, holds, "  ");
        for (Index e = 0; e < m_corpus.experts.size(); ++e)
            if (m_expert_shown[e]) write_expert(e);
        for (Index i : shown_relations())
            if (const auto& r = m_corpus.relations[i]; m_shown[r.from] && m_shown[r.to])
                m_out << "  " << dot_string(m_graph.claim_node(r.from)) << " -> " << dot_string(m_graph.claim_node(r.to)) << " ["
                      << relation_style(r.kind) << ", tooltip=" << dot_string(m_corpus.claims[r.from].id + " " +
                                                                          std::string(model::relation_name(r.kind)) +
                                                                          " " + m_corpus.claims[r.to].id)
                      << "];\n";
        if (m_options.with_experts) for_each_stance_shown([&](const StanceEdge& s) { write_stance(s); });
        m_out << "}\n";
    }

private:
    // A figure of a few claims (a claim page's neighbourhood) reads only what is on them, so that
    // drawing one per claim stays linear in the corpus.
    template <class Visit>
    void for_each_stance_shown(Visit&& visit) const {
        if (m_options.focus_stances_only) {
            if (m_options.focus != none)
                for (Index s : m_graph.stances_on(m_options.focus)) visit(m_graph.stances()[s]);
            return;
        }
        for (const auto& s : m_graph.stances())
            if (m_shown[s.claim]) visit(s);
    }

    std::vector<Index> shown_claims() const {
        std::vector<Index> claims;
        if (m_options.claims.empty()) {
            for (Index c = 0; c < m_corpus.claims.size(); ++c) claims.push_back(c);
            return claims;
        }
        claims = m_options.claims;
        std::sort(claims.begin(), claims.end());
        claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
        return claims;
    }

    // Indices of the relations that may join two shown claims, in corpus order.
    std::vector<Index> shown_relations() const {
        std::vector<Index> relations;
        if (m_options.claims.empty()) {
            for (Index r = 0; r < m_corpus.relations.size(); ++r) relations.push_back(r);
            return relations;
        }
        for (Index c : m_options.claims)
            relations.insert(relations.end(), m_graph.relations_of(c).begin(), m_graph.relations_of(c).end());
        std::sort(relations.begin(), relations.end());
        relations.erase(std::unique(relations.begin(), relations.end()), relations.end());
        return relations;
    }

    void write_topic(Index t, const std::vector<std::vector<Index>>& by_topic, const std::vector<bool>& holds,
                     const std::string& indent) {
        if (!holds[t]) return;
        const auto& topic = m_corpus.topics[t];
        m_out << indent << "subgraph " << dot_string("cluster_" + topic.id) << " {\n"
              << indent << "  label=" << dot_string(wrap(topic.question.empty() ? topic.id : topic.question, 60))
              << "; tooltip=" << dot_string(topic.id) << "; style=\"rounded\"; color=\"#d0d7de\"; fontcolor=\"#656d76\";\n";
        for (Index c : by_topic[t]) write_claim(c, indent + "  ");
        for (Index sub : m_graph.subtopics(t)) write_topic(sub, by_topic, holds, indent + "  ");
        m_out << indent << "}\n";
    }

    void write_claim(Index c, const std::string& indent) {
        const auto& claim = m_corpus.claims[c];
        const check::Consensus* consensus = m_graph.consensus(c);
        std::string tooltip = claim.id + ": " + claim.text;
        m_out << indent << dot_string(m_graph.claim_node(c)) << " [label="
              << dot_string(wrap(cut(claim.text, m_options.label_limit), wrap_width));
        if (consensus) {
            Colours colours = value_colours(consensus->mean);
            m_out << ", fillcolor=\"" << colours.fill << "\", fontcolor=\"" << colours.font << "\"";
            if (consensus->consensus && *consensus->consensus < contested_below)
                m_out << ", penwidth=2.4, color=\"#1f2328\"";
            tooltip += "\n" + std::to_string(consensus->n) + (consensus->n == 1 ? " expert" : " experts") +
                       ", mean " + number(consensus->mean);
            if (consensus->consensus) tooltip += ", consensus " + number(*consensus->consensus);
        } else {
            m_out << ", fillcolor=\"#ffffff\", style=\"rounded,filled,dashed\"";
            tooltip += "\nno expert states a position";
        }
        if (c == m_options.focus) m_out << ", penwidth=3, color=\"#0969da\"";
        m_out << ", tooltip=" << dot_string(tooltip);
        if (m_options.claim_url) m_out << ", URL=" << dot_string(m_options.claim_url(c)) << ", target=\"_top\"";
        m_out << "];\n";
    }

    void write_expert(Index e) {
        const auto& expert = m_corpus.experts[e];
        std::string tooltip = expert.name;
        if (std::string affiliation = m_graph.affiliation(e); !affiliation.empty()) tooltip += " (" + affiliation + ")";
        m_out << "  " << dot_string(m_graph.expert_node(e)) << " [label=" << dot_string(wrap(expert.name, 20))
              << ", shape=ellipse, style=filled, fillcolor=\"#ffffff\", tooltip=" << dot_string(tooltip);
        if (m_options.expert_url) m_out << ", URL=" << dot_string(m_options.expert_url(e)) << ", target=\"_top\"";
        m_out << "];\n";
    }

    void write_stance(const StanceEdge& s) {
        std::string tooltip = m_corpus.experts[s.expert].name + " " +
                              (s.derived ? "is committed to " + std::string(s.value > 0 ? "asserting" : "denying")
                                         : std::string(model::stance_verb(s.value))) +
                              " " + m_corpus.claims[s.claim].id;
        if (!s.date.empty()) tooltip += " (" + s.date.to_string() + ")";
        m_out << "  " << dot_string(m_graph.expert_node(s.expert)) << " -> " << dot_string(m_graph.claim_node(s.claim))
              << " [color=\"" << (s.value == 0 ? "#8c959f" : value_colours(s.value).fill) << "\"";
        if (s.derived) m_out << ", style=dashed";
        if (s.value == 2 || s.value == -2) m_out << ", penwidth=2.2";
        if (s.value < 0) m_out << ", arrowhead=tee";
        m_out << ", tooltip=" << dot_string(tooltip) << "];\n";
    }

    std::ostream& m_out;
    const Graph& m_graph;
    const model::Corpus& m_corpus;
    const DotOptions& m_options;
    std::vector<bool> m_shown;
    std::vector<bool> m_expert_shown;
};

}  // namespace

void write_dot(std::ostream& out, const Graph& graph, const DotOptions& options) {
    DotWriter(out, graph, options).write();
}

}  // namespace stance::exports
