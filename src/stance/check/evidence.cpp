#include "stance/check/evidence.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace stance::check {

std::vector<ClaimEvidence> gather_evidence(const model::Corpus& corpus) {
    std::vector<ClaimEvidence> evidence(corpus.claims.size());
    // The lists sized first: one allocation each rather than a dozen on the way.
    std::vector<std::array<std::uint32_t, 3>> sides(corpus.claims.size(), {0, 0, 0});
    for (const auto& stance : corpus.stances)
        if (stance.claim < evidence.size()) ++sides[stance.claim][stance.value > 0 ? 0 : stance.value < 0 ? 1 : 2];
    for (Index c = 0; c < evidence.size(); ++c) {
        evidence[c].claim = c;
        evidence[c].supporting.reserve(sides[c][0]);
        evidence[c].opposing.reserve(sides[c][1]);
        evidence[c].qualifying.reserve(sides[c][2]);
    }
    for (Index s = 0; s < corpus.stances.size(); ++s) {
        const auto& stance = corpus.stances[s];
        if (stance.claim >= evidence.size()) continue;
        auto& e = evidence[stance.claim];
        (stance.value > 0 ? e.supporting : stance.value < 0 ? e.opposing : e.qualifying).push_back(s);
    }
    // Sources and publishers in the order their stances were written, each once per claim: the
    // claim's stances are walked together, so a marker of the claim that last listed a source
    // tells whether this claim has it already.
    std::vector<Index> source_listed(corpus.sources.size(), none);
    std::vector<Index> stances;
    for (auto& e : evidence) {
        stances.assign(e.supporting.begin(), e.supporting.end());
        stances.insert(stances.end(), e.opposing.begin(), e.opposing.end());
        stances.insert(stances.end(), e.qualifying.begin(), e.qualifying.end());
        std::sort(stances.begin(), stances.end());
        for (Index s : stances) {
            Index source = corpus.stances[s].source;
            if (source >= corpus.sources.size() || source_listed[source] == e.claim) continue;
            source_listed[source] = e.claim;
            e.sources.push_back(source);
            const auto& publisher = corpus.sources[source].publisher;
            // Publishers per claim are few; a linear look-up is cheaper than a set.
            if (!publisher.empty() &&
                std::find(e.publishers.begin(), e.publishers.end(), publisher) == e.publishers.end())
                e.publishers.push_back(publisher);
        }
    }
    for (Index r = 0; r < corpus.relations.size(); ++r) {
        const auto& relation = corpus.relations[r];
        if (relation.to >= evidence.size()) continue;
        if (relation.kind == model::RelationKind::supports) evidence[relation.to].reasons_for.push_back(r);
        if (relation.kind == model::RelationKind::undermines) evidence[relation.to].reasons_against.push_back(r);
    }
    return evidence;
}

}  // namespace stance::check
