#pragma once
// Quote checks: each quote of a stance is looked up in its source's text (Source::text_path),
// both sides normalised (see normalise.hpp). A quote may leave words out with "..." or "…":
// its parts must then appear in the text in that order. A quote that is not found gets the
// closest passage of the text and what differs word by word, so that the writer can correct it.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::check {

// Both arguments normalised. An empty part (a quote of only "...") is found everywhere.
bool quote_found(std::string_view text, std::string_view quote);

// The passage of the text that shares the most words with the quote (as many words as the
// quote has; words compared without ASCII case and surrounding punctuation; of equal passages
// the one with most words at the quote's places, then the first), shown with two more words either side and "…" where the text goes on; "" when no
// word is shared. Both normalised.
// Linear in the text: one sliding window of word counts.
std::string closest_passage(std::string_view text, std::string_view quote);

// The quote against a passage, word by word as `git diff --word-diff` shows it: words only in
// the quote in [-...-], words only in the passage in {+...+}, common words as they are; words are
// compared exactly (a change of case or punctuation shows). "" when either has over 1,000 words.
std::string word_diff(std::string_view quote, std::string_view passage);

// Where a source's text holds some words, for writing a quote: the line of the text file, the
// paragraph (the non-blank lines counted, as texts taken from web pages hold a paragraph per
// line) and the sentence around the words, normalised, so that it matches as a quote.
struct PassageFound {
    std::size_t line = 0;
    std::size_t paragraph = 0;
    std::string sentence;
};

// Every line of `raw_text` that holds `words` ("..." gaps allowed, as in quotes), compared after
// normalisation and without ASCII case; at most `limit` of them.
std::vector<PassageFound> find_passages(std::string_view raw_text, std::string_view words, std::size_t limit);

// quote_not_found for each quote not found in its source's text (read once per source, and only
// when something is quoted from it); text_not_found for a source with a `text` that was not
// found on disk or cannot be read. Sources without `text` are not checked.
void check_quotes(const model::Corpus& corpus, std::vector<Finding>& findings);

}  // namespace stance::check
