#pragma once
// Explanations: the links of a chain of reasoning (a stance, a declared relation) with the place
// that states each, and their one-line text for messages.
#include <span>
#include <string>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/check/graph.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

// "asserts csto.a", or "denies csto.a because csto.p" when the seed is one of the stance's
// reasons; with_expert puts the expert's id first ("cornell asserts csto.a").
Link seed_link(const model::Corpus& corpus, const Seed& seed, bool with_expert);
// "csto.a implies csto.b"
Link relation_link(const model::Corpus& corpus, Index relation);
// The links of a propagation path: its seed, then the relations from it to l.
std::vector<Link> path_links(const model::Corpus& corpus, const Propagation& propagation, Literal l,
                             bool with_expert);
// "asserts csto.a (a.claims:12); csto.a implies csto.b (claims.claims:40)"; with_places false
// leaves out the places.
std::string chain_text(const model::Corpus& corpus, std::span<const Link> chain, bool with_places = true);

}  // namespace stance::check
