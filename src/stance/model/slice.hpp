#pragma once
// A slice of a corpus: the part a report (or an export) is about. Topics (with their subtopics),
// experts, sources and claims, each repeatable (values of one kind are alternatives; kinds
// narrow each other), and a date range on the stance's date (else its source's). Slicing makes
// a smaller Corpus, so that every check and report runs on it unchanged: the matrix of a time
// window holds each expert's latest stance inside the window.
#include <optional>
#include <string>
#include <vector>

#include "stance/model/corpus.hpp"

namespace stance::model {

struct Slice {
    std::vector<std::string> topics;   // ids; a topic takes its subtopics along
    std::vector<std::string> experts;
    std::vector<std::string> sources;
    std::vector<std::string> claims;
    Date since;  // empty: open. Partial dates compare on the parts both have, so
    Date until;  // `--until 2022-05` keeps 2022-05-31 and a stance dated only 2022.

    bool empty() const;
    // What the slice keeps, for a report's heading: "topic csto; since 2022-03". "" when empty.
    std::string describe() const;
};

// Reads a date bound written as YYYY, YYYY-MM or YYYY-MM-DD; none when malformed.
std::optional<Date> parse_date_bound(const std::string& text);

// Whether a stance date lies in [since, until] (comparing on the parts both dates have); an
// undated stance lies in no bounded range.
bool in_range(const Date& date, const Date& since, const Date& until);

struct Sliced {
    Corpus corpus;
    std::vector<std::string> errors;  // unknown ids, each with the nearest id when there is one
};

// The corpus cut down to the slice: the claims in the slice (by topic and id), the stances of
// the experts and sources in it dated in its range, the experts who keep a stance, and the
// relations between kept claims. Sources, topics and files are kept whole (they label what is
// kept). An empty slice gives the corpus as it is.
Sliced apply_slice(const Corpus& corpus, const Slice& slice);

// A time window: the months [since, until], both YYYY-MM.
struct Window {
    Date since;
    Date until;
    std::string label() const;  // "2022-01 to 2022-06"
};

// "6m" -> 6, "2y" -> 24; none unless a positive count of months (m) or years (y).
std::optional<int> parse_months(const std::string& text);

// Windows of `months` months every `step` months, as Discourse Network Analysis slides them:
// the first starts with the month of the earliest dated stance (a date without a month counts
// from its January), and they go on while a window starts at or before the latest. None when
// no stance is dated.
std::vector<Window> time_windows(const Corpus& corpus, int months, int step);

}  // namespace stance::model
