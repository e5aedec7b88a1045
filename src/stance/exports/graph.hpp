#pragma once
// The graph every export draws from, built once from a corpus and what the checks found in it:
// claims and relations (the argument map), experts and their stances (the two-mode network),
// and the one-mode expert networks of Discourse Network Analysis (congruence: claims on which
// two experts take the same side; conflict: opposite sides), with the checks' own counts and
// camps (check::Agreement). Nodes are named `claim:ID` and `expert:ID` in every format, so that a claim and an
// expert with the same id stay apart.
#include <string>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::exports {

using model::Index;
using model::none;

// An expert's position on a claim: a stated stance, or a commitment derived from stated ones.
struct StanceEdge {
    Index expert = none;
    Index claim = none;
    int value = 0;          // -2..2
    bool derived = false;
    Index stance = none;    // the stance (stated edges only)
    model::Date date;       // the stance's date, else its source's (stated edges only)
};

class Graph {
public:
    Graph(const model::Corpus& corpus, const check::Analysis& analysis);

    const model::Corpus& corpus() const { return m_corpus; }
    const check::Analysis& analysis() const { return m_analysis; }

    const check::Consensus* consensus(Index claim) const { return m_consensus[claim]; }
    int camp(Index expert) const { return m_camp[expert]; }  // 1-based; 0 when in no camp
    // Every stance in file order, then every derived commitment.
    const std::vector<StanceEdge>& stances() const { return m_stances; }
    // Indices into stances() of the edges on a claim, and into corpus().relations of the
    // relations from or to it, in order: a figure of one claim's neighbourhood reads only these.
    const std::vector<Index>& stances_on(Index claim) const { return m_stances_on[claim]; }
    const std::vector<Index>& relations_of(Index claim) const { return m_relations_of[claim]; }
    // Pairs of experts with at least one claim in common, ordered by a, then b.
    const std::vector<check::Agreement>& pairs() const { return m_analysis.agreement; }
    // Topics under a topic (none: the top-level topics), in corpus order.
    const std::vector<Index>& subtopics(Index topic) const { return m_subtopics[topic == none ? 0 : topic + 1]; }

    std::string claim_node(Index claim) const { return "claim:" + m_corpus.claims[claim].id; }
    std::string expert_node(Index expert) const { return "expert:" + m_corpus.experts[expert].id; }
    // The expert's affiliations joined by "; ".
    std::string affiliation(Index expert) const;

private:
    const model::Corpus& m_corpus;
    const check::Analysis& m_analysis;
    std::vector<const check::Consensus*> m_consensus;
    std::vector<int> m_camp;
    std::vector<StanceEdge> m_stances;
    std::vector<std::vector<Index>> m_stances_on;
    std::vector<std::vector<Index>> m_relations_of;
    std::vector<std::vector<Index>> m_subtopics;
};

// "2022-10" as a full calendar date, the first day of what it names ("2022-10-01"); "" when empty.
std::string calendar_date(const model::Date& date);

}  // namespace stance::exports
