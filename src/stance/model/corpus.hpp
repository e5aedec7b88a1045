#pragma once
// The Corpus: the resolved model of every claims file read together. It is the single
// in-memory truth that the checks, the store and the reports read. Items refer to each other
// by index into the Corpus vectors; every item knows where it was written.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stance::model {

using Index = std::uint32_t;
inline constexpr Index none = UINT32_MAX;

// YYYY, YYYY-MM or YYYY-MM-DD; month and day are 0 when absent. Year 0: no date.
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    bool empty() const { return year == 0; }
    std::string to_string() const;  // "2022-10", "" when empty
    // The same text written into `out`, which has room for max_text bytes, with no NUL after it;
    // returns its length (at most max_text - 1). Formatted without printf: every stance has dates.
    static constexpr std::size_t max_text = 16;
    std::size_t write(char* out) const;
    auto operator<=>(const Date&) const = default;
};

// Where an item was written: index into Corpus::files, 1-based line and column (characters).
struct Position {
    Index file = none;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    bool operator==(const Position&) const = default;
};

struct CorpusFile {
    std::string path;  // as shown in diagnostics (relative to the working directory when given so)
    std::string hash;  // content hash (hex), for incremental builds
    bool operator==(const CorpusFile&) const = default;
};

// One field of a BibTeX entry: `value` as UTF-8 for reading, `latex` as BibTeX writes it (macros
// expanded), so that the entry can be written back as the .bib had it.
struct BibField {
    std::string name;  // lower case
    std::string value;
    std::string latex;
    bool operator==(const BibField&) const = default;
};

// The BibTeX entry a source cites (`cite KEY`, found in a --bib file); empty when there is none.
struct BibEntry {
    std::string type;  // lower case: "article", "online", ...
    std::vector<BibField> fields;

    bool empty() const { return type.empty(); }
    const BibField* field(std::string_view name) const;  // nullptr when absent
    bool operator==(const BibEntry&) const = default;
};

struct Source {
    std::string id;
    std::string title;
    std::vector<std::string> authors;
    std::string publisher;
    Date date;
    std::string url;
    std::string kind;       // article, interview, report, book, speech, dataset, other; "" if not given
    std::string text;       // the `text` attribute as written
    std::string text_path;  // where that text was found on disk; "" when not found
    std::string cite;  // the BibTeX key
    BibEntry bib;      // the entry `cite` names; title, authors, publisher, date and url fill in from it
    std::string note;
    Position where;
    bool operator==(const Source&) const = default;
};

struct Expert {
    std::string id;
    std::string name;
    std::vector<std::string> affiliations;
    std::string role;
    std::string country;
    std::vector<std::string> aka;
    std::string camp;  // the camp the corpus's author places the expert in (`camp "Name"`); "" if none
    std::string note;
    Position where;
    bool operator==(const Expert&) const = default;
};

struct Topic {
    std::string id;
    std::string question;
    Index parent = none;
    std::string note;
    Position where;
    bool operator==(const Topic&) const = default;
};

struct Claim {
    std::string id;
    std::string text;
    Index topic = none;
    std::vector<std::string> tags;
    Date date;
    std::string note;
    Position where;
    bool operator==(const Claim&) const = default;
};

enum class RelationKind { implies, contradicts, equivalent, supports, undermines };
std::string_view relation_name(RelationKind kind);  // the keyword

struct Relation {
    RelationKind kind = RelationKind::implies;
    Index from = none;  // claims
    Index to = none;
    std::string note;
    Position where;
    bool operator==(const Relation&) const = default;
};

// Whose words a piece of evidence is: the expert's own (`quote`: direct speech, verbatim) or
// the source's report of the expert's view (`reported`: indirect speech, the reporter's words).
enum class Words { own, reported };
std::string_view words_name(Words words);  // "own", "reported"

// A passage of the source's text that a stance rests on; both kinds are checked against it alike.
struct Quote {
    std::string text;
    Position where;
    Words words = Words::own;
    Index reported_by = none;  // reported words: the expert who reports them; none: the source's author(s)
    bool operator==(const Quote&) const = default;
};

struct Stance {
    Index expert = none;
    Index claim = none;
    int value = 0;        // strongly asserts +2, asserts +1, qualifies 0, denies -1, strongly denies -2
    Index source = none;  // the `source` attribute, else the innermost `from`; none if neither
    std::vector<Quote> quotes;
    std::string at;
    Date date;            // the `date` attribute as written; see Corpus::stance_date
    std::vector<Index> because;  // claims
    std::string note;
    Position where;
    bool operator==(const Stance&) const = default;
};
std::string_view stance_verb(int value);  // "strongly asserts", "asserts", ..., "strongly denies"
// At least one of its quotes is the expert's own words (what `--direct-only` counts).
bool rests_on_own_words(const Stance& stance);

struct Corpus {
    std::vector<CorpusFile> files;  // in reading order; Position::file indexes here
    std::vector<Source> sources;
    std::vector<Expert> experts;
    std::vector<Topic> topics;
    std::vector<Claim> claims;
    std::vector<Relation> relations;
    std::vector<Stance> stances;  // in file order

    // Lookup by id; none when absent. Filled by the resolver (and by the store when it reads).
    std::unordered_map<std::string, Index> source_index, expert_index, topic_index, claim_index;

    Index find_source(std::string_view id) const;
    Index find_expert(std::string_view id) const;
    Index find_topic(std::string_view id) const;
    Index find_claim(std::string_view id) const;

    // The stance's date, else its source's date, else an empty date.
    Date stance_date(const Stance& stance) const;
    // "claims/csto/zogg.claims:12" ("" when the position is unknown).
    std::string where(const Position& position) const;
    // Rebuilds the four lookup maps from the vectors.
    void reindex();
    bool operator==(const Corpus&) const = default;
};

}  // namespace stance::model
