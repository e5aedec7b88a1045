#include "stance/exports/graph.hpp"

#include <algorithm>
#include <cstdio>

namespace stance::exports {

Graph::Graph(const model::Corpus& corpus, const check::Analysis& analysis)
    : m_corpus(corpus), m_analysis(analysis), m_consensus(corpus.claims.size(), nullptr),
      m_camp(corpus.experts.size(), 0), m_subtopics(corpus.topics.size() + 1) {
    for (const auto& c : analysis.consensus) m_consensus[c.claim] = &c;
    for (std::size_t k = 0; k < analysis.camps.size(); ++k)
        for (Index e : analysis.camps[k]) m_camp[e] = static_cast<int>(k + 1);
    for (Index t = 0; t < corpus.topics.size(); ++t) {
        Index parent = corpus.topics[t].parent;
        m_subtopics[parent == none ? 0 : parent + 1].push_back(t);
    }

    m_stances.reserve(corpus.stances.size());
    for (Index s = 0; s < corpus.stances.size(); ++s) {
        const auto& stance = corpus.stances[s];
        m_stances.push_back({stance.expert, stance.claim, stance.value, false, s, corpus.stance_date(stance)});
    }
    for (const auto& cell : analysis.cells)
        if (cell.derived) m_stances.push_back({cell.expert, cell.claim, cell.value, true, none, {}});
    m_stances_on.resize(corpus.claims.size());
    for (Index s = 0; s < m_stances.size(); ++s) m_stances_on[m_stances[s].claim].push_back(s);
    m_relations_of.resize(corpus.claims.size());
    for (Index r = 0; r < corpus.relations.size(); ++r) {
        m_relations_of[corpus.relations[r].from].push_back(r);
        if (corpus.relations[r].to != corpus.relations[r].from) m_relations_of[corpus.relations[r].to].push_back(r);
    }
}

std::string Graph::affiliation(Index expert) const {
    std::string joined;
    for (const auto& a : m_corpus.experts[expert].affiliations) {
        if (!joined.empty()) joined += "; ";
        joined += a;
    }
    return joined;
}

std::string calendar_date(const model::Date& date) {
    if (date.empty()) return {};
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, std::max(date.month, 1), std::max(date.day, 1));
    return buffer;
}

}  // namespace stance::exports
