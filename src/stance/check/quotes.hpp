#pragma once
// Quote checks: each quote of a stance is looked up in its source's text (Source::text_path),
// both sides normalised (see normalise.hpp). A quote may leave words out with "..." or "…":
// its parts must then appear in the text in that order. A quote that is not found gets the
// closest passage of the text, so that the writer can correct it.
#include <string>
#include <string_view>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

// Both arguments normalised. An empty part (a quote of only "...") is found everywhere.
bool quote_found(std::string_view text, std::string_view quote);

// The passage of the text that shares the most words with the quote (as many words as the
// quote has; words compared without ASCII case and surrounding punctuation; the first of equal
// passages), shown with two more words either side and "…" where the text goes on; "" when no
// word is shared. Both normalised.
// Linear in the text: one sliding window of word counts.
std::string closest_passage(std::string_view text, std::string_view quote);

// quote_not_found for each quote not found in its source's text (read once per source, and only
// when something is quoted from it); text_not_found for a source with a `text` that was not
// found on disk or cannot be read. Sources without `text` are not checked.
void check_quotes(const model::Corpus& corpus, std::vector<Finding>& findings);

}  // namespace stance::check
