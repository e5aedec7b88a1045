#include "stance/check/explain.hpp"

namespace stance::check {

Link seed_link(const model::Corpus& corpus, const Seed& seed, bool with_expert) {
    const auto& stance = corpus.stances[seed.stance];
    std::string text;
    if (with_expert) text = corpus.experts[stance.expert].id + ' ';
    text += model::stance_verb(stance.value);
    text += ' ' + corpus.claims[stance.claim].id;
    if (claim_of(seed.literal) != stance.claim) text += " because " + corpus.claims[claim_of(seed.literal)].id;
    return {std::move(text), stance.where};
}

Link relation_link(const model::Corpus& corpus, Index relation) {
    const auto& r = corpus.relations[relation];
    std::string text = corpus.claims[r.from].id;
    text += ' ';
    text += relation_name(r.kind);
    text += ' ' + corpus.claims[r.to].id;
    return {std::move(text), r.where};
}

std::vector<Link> path_links(const model::Corpus& corpus, const Propagation& propagation, Literal l,
                             bool with_expert) {
    std::vector<Link> links;
    links.push_back(seed_link(corpus, propagation.seed_of(l), with_expert));
    for (Index r : propagation.relations_to(l)) links.push_back(relation_link(corpus, r));
    return links;
}

std::string chain_text(const model::Corpus& corpus, std::span<const Link> chain, bool with_places) {
    std::string text;
    for (const Link& link : chain) {
        if (!text.empty()) text += "; ";
        text += link.text;
        if (!with_places) continue;
        const std::string place = corpus.where(link.where);
        if (!place.empty()) text += " (" + place + ')';
    }
    return text;
}

}  // namespace stance::check
