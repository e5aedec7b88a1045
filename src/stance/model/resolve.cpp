#include "stance/model/resolve.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <iterator>
#include <optional>
#include <span>
#include <string_view>
#include <system_error>
#include <unordered_map>

#include <boost/container/small_vector.hpp>

#include "stance/model/cite.hpp"
#include "stance/util/id_table.hpp"
#include "stance/util/parallel.hpp"
#include "stance/util/suggest.hpp"

namespace stance::model {
namespace {

using diag::Code;
using util::FileId;

enum class Kind { source, expert, topic, claim };

std::string_view kind_name(Kind kind) {
    switch (kind) {
    case Kind::source: return "source";
    case Kind::expert: return "expert";
    case Kind::topic: return "topic";
    case Kind::claim: return "claim";
    }
    return "claim";
}

std::string_view with_article(Kind kind) {
    return kind == Kind::expert ? "an expert" : kind == Kind::source ? "a source" : kind == Kind::topic ? "a topic" : "a claim";
}

RelationKind relation_kind(ast::RelationVerb verb) {
    switch (verb) {
    case ast::RelationVerb::implies: return RelationKind::implies;
    case ast::RelationVerb::contradicts: return RelationKind::contradicts;
    case ast::RelationVerb::equivalent: return RelationKind::equivalent;
    case ast::RelationVerb::supports: return RelationKind::supports;
    case ast::RelationVerb::undermines: return RelationKind::undermines;
    }
    return RelationKind::implies;
}

Kind kind_of(ast::DeclarationKind kind) {
    switch (kind) {
    case ast::DeclarationKind::source: return Kind::source;
    case ast::DeclarationKind::expert: return Kind::expert;
    case ast::DeclarationKind::topic: return Kind::topic;
    case ast::DeclarationKind::claim: return Kind::claim;
    }
    return Kind::claim;
}

// --- The attribute table of DSL.md -------------------------------------------------------

enum class ValueType { string, date, id, source_kind, citation_key };

struct KeySpec {
    std::string_view key;
    ValueType type;
    bool many;  // may repeat or take a list
};

constexpr std::array source_keys{
    KeySpec{"title", ValueType::string, false},  KeySpec{"author", ValueType::string, true},
    KeySpec{"publisher", ValueType::string, false}, KeySpec{"date", ValueType::date, false},
    KeySpec{"url", ValueType::string, false},    KeySpec{"kind", ValueType::source_kind, false},
    KeySpec{"text", ValueType::string, false},   KeySpec{"cite", ValueType::citation_key, false},
    KeySpec{"note", ValueType::string, false},
};
constexpr std::array expert_keys{
    KeySpec{"affiliation", ValueType::string, true}, KeySpec{"role", ValueType::string, false},
    KeySpec{"country", ValueType::string, false},    KeySpec{"aka", ValueType::string, true},
    KeySpec{"camp", ValueType::string, false},       KeySpec{"note", ValueType::string, false},
};
constexpr std::array topic_keys{
    KeySpec{"parent", ValueType::id, false},
    KeySpec{"note", ValueType::string, false},
};
constexpr std::array claim_keys{
    KeySpec{"topic", ValueType::id, false}, KeySpec{"tag", ValueType::id, true},
    KeySpec{"date", ValueType::date, false}, KeySpec{"note", ValueType::string, false},
};
constexpr std::array relation_keys{
    KeySpec{"note", ValueType::string, false},
};
constexpr std::array stance_keys{
    KeySpec{"source", ValueType::id, false},   KeySpec{"quote", ValueType::string, true},
    KeySpec{"reported", ValueType::string, true}, KeySpec{"reported-by", ValueType::id, false},
    KeySpec{"at", ValueType::string, false},   KeySpec{"date", ValueType::date, false},
    KeySpec{"because", ValueType::id, true},   KeySpec{"note", ValueType::string, false},
};

constexpr std::size_t max_keys =
    std::max({source_keys.size(), expert_keys.size(), topic_keys.size(), claim_keys.size(), relation_keys.size(),
              stance_keys.size()});

constexpr std::array<std::string_view, 7> source_kinds{"article", "interview", "report", "book",
                                                       "speech",  "dataset",   "other"};

std::string_view value_type_name(const ast::Value& value) {
    switch (value.index()) {
    case 0: return "a string";
    case 1: return "a date";
    case 2: return "a number";
    case 3: return "an identifier";
    default: return "a citation key";
    }
}

std::string_view expected_name(ValueType type) {
    switch (type) {
    case ValueType::string: return "a string";
    case ValueType::date: return "a date (YYYY, YYYY-MM or YYYY-MM-DD)";
    case ValueType::id: return "an identifier";
    case ValueType::source_kind: return "one of article, interview, report, book, speech, dataset, other";
    case ValueType::citation_key: return "a citation key (letters, digits and :-_./+) or a string";
    }
    return "a value";
}

ast::Span span_of(const ast::Value& value) {
    return std::visit([](const auto& v) { return v.span; }, value);
}

// A 4-digit number where a date is expected is a year: the parser may read `2022` either way.
std::optional<Date> as_date(const ast::Value& value) {
    if (const auto* date = std::get_if<ast::Date>(&value)) return Date{date->year, date->month, date->day};
    if (const auto* number = std::get_if<ast::Integer>(&value)) {
        bool four_digits = number->span.end - number->span.begin == 4;
        if (four_digits && number->value >= 1 && number->value <= 9999) return Date{static_cast<int>(number->value), 0, 0};
    }
    return std::nullopt;
}

// A declared item: its id, its text (title, name, question or proposition) and its place.
template <class Item>
Item make_item(const std::string& id, Position where, std::string Item::*text_member, std::string text) {
    Item item;
    item.id = id;
    item.*text_member = std::move(text);
    item.where = where;
    return item;
}

// One value that passed the table's checks, with its key.
struct Accepted {
    std::string_view key;
    const ast::Value* value;
};
// A block's accepted values: held inline for the blocks people write (a stance's source, quote
// and place), as every statement has one.
using AcceptedValues = boost::container::small_vector<Accepted, 8>;

// --- The resolver ---------------------------------------------------------------------------

struct Declared {
    Kind kind;
    Index index;
    diag::Location where;  // the id of the declaration
};

// A reference that names no item of the kind expected. It is reported when the results of the
// files are joined, in file order, as what is said of it depends on the references before it (a
// declaration that did not parse is noted once; suggestions share one budget of work).
struct FailedLookup {
    std::size_t before;  // how many of its file's diagnostics come before it
    ast::Identifier id;
    Kind expected;
};

// What resolving one file gives, kept apart so that files are resolved on several threads and
// joined in file order.
struct FileResult {
    diag::Sink diagnostics;
    std::vector<FailedLookup> failed;
    std::vector<Relation> relations;
    std::vector<diag::Location> relation_locations;  // parallel to relations
    std::vector<Stance> stances;
};

// What the resolution of every file reads: pass 1's declarations and the items they made, whose
// attributes only the file of their declaration fills in.
struct Declarations {
    const util::SourceManager& files;
    const ResolveOptions& options;
    const Bibliographies& bibliographies;
    const util::IdTable<Declared>& declared;
    Corpus& corpus;
};

diag::Location location(FileId file, ast::Span span) { return {file, span.begin, span.end}; }

Position position(const util::SourceManager& files, FileId file, ast::Span span) {
    auto at = files.get(file).line_column(span.begin);
    return {file, at.line, at.column};
}

// Pass 2 for one file: attributes, references, relations and stances, with the stack of `from`
// sources.
class FileResolver {
public:
    // With `take_strings` (ResolveOptions::take_strings, for a tree freed once its file is
    // resolved), quotes and notes move out of the tree into the corpus instead of being copied.
    FileResolver(const Declarations& declarations, FileResult& result, bool take_strings)
        : m_files(declarations.files),
          m_options(declarations.options),
          m_bibliographies(declarations.bibliographies),
          m_declared(declarations.declared),
          m_corpus(declarations.corpus),
          m_result(result),
          m_sink(result.diagnostics),
          m_take_strings(take_strings) {}

    void run(FileId file, const ast::File& tree) {
        m_lines.emplace(m_files.get(file));
        std::vector<Index> from_sources;
        const auto& statements = tree.statements;
        for (std::size_t i = 0; i < statements.size(); ++i) {
            // The ids of a stance a few statements on are loaded while this one is resolved:
            // each is a cache miss in a table of 10^5 ids.
            if (i + lookahead < statements.size())
                if (const auto* ahead = std::get_if<ast::Stance>(&statements[i + lookahead])) {
                    m_declared.prefetch(ahead->expert.name);
                    m_declared.prefetch(ahead->claim.name);
                }
            const auto& statement = statements[i];
            if (const auto* declaration = std::get_if<ast::Declaration>(&statement)) {
                resolve_declaration(file, *declaration);
            } else if (const auto* relation = std::get_if<ast::Relation>(&statement)) {
                resolve_relation(file, *relation);
            } else if (const auto* stance = std::get_if<ast::Stance>(&statement)) {
                resolve_stance(file, *stance, from_sources.empty() ? none : from_sources.back());
            } else if (const auto* open = std::get_if<ast::FromOpen>(&statement)) {
                from_sources.push_back(lookup(file, open->source, Kind::source));
            } else if (std::holds_alternative<ast::FromClose>(statement)) {
                if (!from_sources.empty()) from_sources.pop_back();
            }
        }
    }

private:
    static constexpr std::size_t lookahead = 4;  // statements

    // Statements come in the order of the file: their positions from a cursor, not a search each.
    Position position(FileId file, ast::Span span) {
        auto at = m_lines->at(span.begin);
        return {file, at.line, at.column};
    }

    // The index of the item of kind `expected` that `id` names; `none` when there is none (the
    // failure is reported when the files are joined).
    Index lookup(FileId, const ast::Identifier& id, Kind expected) {
        const Declared* declared = m_declared.find(id.name);
        if (declared && declared->kind == expected) return declared->index;
        m_result.failed.push_back({m_sink.diagnostics().size(), id, expected});
        return none;
    }

    // Checks a block against the keys of its statement: unknown keys, single-valued keys given
    // twice or with a list, values of the wrong type. Gives the values that passed, in order.
    AcceptedValues check_block(FileId file, const std::optional<ast::Block>& block, std::span<const KeySpec> keys,
                               std::string_view statement) {
        AcceptedValues accepted;
        if (!block) return accepted;
        accepted.reserve(block->attributes.size());
        std::array<const ast::Attribute*, max_keys> seen{};  // by key: where it was first given
        for (const auto& attribute : block->attributes) {
            const std::string& key = attribute.key.name;
            auto spec = std::find_if(keys.begin(), keys.end(), [&key](const KeySpec& k) { return k.key == key; });
            if (spec == keys.end()) {
                util::Nearest best(key);
                for (const auto& k : keys) best.consider(k.key);
                m_sink.error(Code::unknown_attribute, location(file, attribute.key.span),
                             "unknown attribute '" + key + "' for " + std::string(statement), best.best());
                continue;
            }
            const ast::Attribute*& first = seen[static_cast<std::size_t>(spec - keys.begin())];
            bool inserted = first == nullptr;
            if (inserted) first = &attribute;
            if (!inserted && !spec->many) {
                diag::Diagnostic d{diag::Severity::error, Code::repeated_attribute, location(file, attribute.key.span),
                                   "'" + key + "' is given twice; it takes one value", {}, {}};
                d.notes.push_back({location(file, first->key.span), "first given here"});
                m_sink.report(std::move(d));
                continue;
            }
            for (std::size_t i = 0; i < attribute.values.size(); ++i) {
                const ast::Value& value = attribute.values[i];
                if (i > 0 && !spec->many) {
                    m_sink.error(Code::bad_attribute_value, location(file, span_of(value)),
                                 "'" + key + "' takes one value");
                    break;
                }
                if (check_value(file, *spec, value)) accepted.push_back({spec->key, &value});
            }
        }
        return accepted;
    }

    bool check_value(FileId file, const KeySpec& spec, const ast::Value& value) {
        bool fits = false;
        switch (spec.type) {
        case ValueType::string: fits = std::holds_alternative<ast::String>(value); break;
        case ValueType::date: fits = as_date(value).has_value(); break;
        case ValueType::id:
        case ValueType::source_kind: fits = std::holds_alternative<ast::Identifier>(value); break;
        case ValueType::citation_key:
            fits = std::holds_alternative<ast::CitationKey>(value) || std::holds_alternative<ast::String>(value);
            break;
        }
        if (!fits) {
            m_sink.error(Code::bad_attribute_value, location(file, span_of(value)),
                         "'" + std::string(spec.key) + "' expects " + std::string(expected_name(spec.type)) + ", not " +
                             std::string(value_type_name(value)));
            return false;
        }
        if (spec.type == ValueType::source_kind) {
            const auto& name = std::get<ast::Identifier>(value).name;
            if (std::find(source_kinds.begin(), source_kinds.end(), name) == source_kinds.end()) {
                util::Nearest best(name);
                for (auto kind : source_kinds) best.consider(kind);
                m_sink.error(Code::bad_attribute_value, location(file, span_of(value)),
                             "unknown source kind '" + name + "' (expected " + std::string(expected_name(spec.type)) + ")",
                             best.best());
                return false;
            }
        }
        return true;
    }

    static const std::string& string_of(const Accepted& a) { return std::get<ast::String>(*a.value).value; }
    // A string's text for the corpus. The trees of `load` are not const (Resolver's `release`
    // is the same vector): a tree freed after this file may give its text up.
    std::string take_text(const ast::String& string) const {
        if (!m_take_strings) return string.value;
        return std::move(const_cast<std::string&>(string.value));
    }
    static const ast::Identifier& id_of(const Accepted& a) { return std::get<ast::Identifier>(*a.value); }

    // A duplicate declaration is still checked (its attributes and references), into a scratch
    // item that is then dropped.
    void resolve_declaration(FileId file, const ast::Declaration& declaration) {
        const Declared& declared = *m_declared.find(declaration.id.name);  // pass 1 declared every id
        bool first = declared.where.file == file && declared.where.begin == declaration.id.span.begin;
        switch (kind_of(declaration.kind)) {
        case Kind::source: {
            Source scratch;
            resolve_source(file, declaration, first ? m_corpus.sources[declared.index] : scratch);
            break;
        }
        case Kind::expert: {
            Expert scratch;
            auto& expert = first ? m_corpus.experts[declared.index] : scratch;
            for (const auto& a : check_block(file, declaration.block, expert_keys, "an expert")) {
                if (a.key == "affiliation") expert.affiliations.push_back(string_of(a));
                else if (a.key == "role") expert.role = string_of(a);
                else if (a.key == "country") expert.country = string_of(a);
                else if (a.key == "aka") expert.aka.push_back(string_of(a));
                else if (a.key == "camp") expert.camp = string_of(a);
                else if (a.key == "note") expert.note = string_of(a);
            }
            break;
        }
        case Kind::topic: {
            Topic scratch;
            auto& topic = first ? m_corpus.topics[declared.index] : scratch;
            for (const auto& a : check_block(file, declaration.block, topic_keys, "a topic")) {
                if (a.key == "parent") topic.parent = lookup(file, id_of(a), Kind::topic);
                else if (a.key == "note") topic.note = string_of(a);
            }
            break;
        }
        case Kind::claim: {
            Claim scratch;
            auto& claim = first ? m_corpus.claims[declared.index] : scratch;
            for (const auto& a : check_block(file, declaration.block, claim_keys, "a claim")) {
                if (a.key == "topic") claim.topic = lookup(file, id_of(a), Kind::topic);
                else if (a.key == "tag") claim.tags.push_back(id_of(a).name);
                else if (a.key == "date") claim.date = *as_date(*a.value);
                else if (a.key == "note") claim.note = string_of(a);
            }
            break;
        }
        }
    }

    void resolve_source(FileId file, const ast::Declaration& declaration, Source& source) {
        const ast::String* title_attribute = nullptr;
        const ast::String* text_attribute = nullptr;
        const ast::Value* cite = nullptr;
        for (const auto& a : check_block(file, declaration.block, source_keys, "a source")) {
            if (a.key == "title") {
                if (declaration.text) {
                    diag::Diagnostic d{diag::Severity::error, Code::repeated_attribute,
                                       location(file, std::get<ast::String>(*a.value).span),
                                       "the title is already given after the id", {}, {}};
                    d.notes.push_back({location(file, declaration.text->span), "title given here"});
                    m_sink.report(std::move(d));
                } else {
                    title_attribute = &std::get<ast::String>(*a.value);
                }
            } else if (a.key == "author") source.authors.push_back(string_of(a));
            else if (a.key == "publisher") source.publisher = string_of(a);
            else if (a.key == "date") source.date = *as_date(*a.value);
            else if (a.key == "url") source.url = string_of(a);
            else if (a.key == "kind") source.kind = id_of(a).name;
            else if (a.key == "text") source.text = string_of(a), text_attribute = &std::get<ast::String>(*a.value);
            else if (a.key == "cite") cite = a.value;
            else if (a.key == "note") source.note = string_of(a);
        }
        if (title_attribute) source.title = title_attribute->value;
        if (!source.text.empty()) source.text_path = find_text(file, source.text, text_attribute->span);
        if (cite) resolve_cite(file, *cite, source);
    }

    // A key as BibTeX writes it (`Yao:2023`) or quoted. Looked up only when --bib files are
    // given; the source's own attributes are already set and win.
    void resolve_cite(FileId file, const ast::Value& value, Source& source) {
        const auto* key = std::get_if<ast::CitationKey>(&value);
        source.cite = key ? key->text : std::get<ast::String>(value).value;
        if (!m_bibliographies.given()) return;
        if (const auto* entry = m_bibliographies.find(source.cite)) {
            cite_entry(source, *entry);
            return;
        }
        m_sink.error(Code::unknown_cite_key, location(file, span_of(value)),
                     "no --bib file has an entry with the key '" + source.cite + "'", m_bibliographies.nearest(source.cite));
    }

    std::string find_text(FileId file, const std::string& text, ast::Span written_at) {
        TextLookup found = locate_text(m_files.get(file).path(), text, m_options);
        for (const auto& [candidate, why] : found.refused)
            m_sink.error(Code::io_error, location(file, written_at), "cannot read the text '" + candidate + "': " + why);
        return found.path;
    }

    void resolve_relation(FileId file, const ast::Relation& relation) {
        Index from = lookup(file, relation.from, Kind::claim);
        Index to = lookup(file, relation.to, Kind::claim);
        Relation resolved;
        resolved.kind = relation_kind(relation.verb);
        resolved.from = from;
        resolved.to = to;
        resolved.where = position(file, relation.span);
        for (const auto& a : check_block(file, relation.block, relation_keys, "a relation"))
            if (a.key == "note") resolved.note = string_of(a);
        if (from == none || to == none) return;
        if (from == to) {
            m_sink.error(Code::self_relation, {file, relation.from.span.begin, relation.to.span.end},
                         "claim '" + relation.from.name + "' is related to itself");
            return;
        }
        m_result.relation_locations.push_back(location(file, relation.span));
        m_result.relations.push_back(std::move(resolved));
    }

    void resolve_stance(FileId file, const ast::Stance& stance, Index from_source) {
        Index expert = lookup(file, stance.expert, Kind::expert);
        Index claim = lookup(file, stance.claim, Kind::claim);
        int value = stance.verb == ast::StanceVerb::asserts ? 1 : stance.verb == ast::StanceVerb::denies ? -1 : 0;
        if (stance.strongly) {
            if (value == 0)
                m_sink.error(Code::strongly_qualifies, {file, stance.strongly->begin, stance.verb_span.end},
                             "'strongly' goes with 'asserts' or 'denies'; a qualified stance has no strength");
            value *= 2;
        }
        Stance resolved;
        resolved.expert = expert;
        resolved.claim = claim;
        resolved.value = value;
        resolved.source = from_source;
        resolved.where = position(file, stance.span);
        const ast::Identifier* reported_by = nullptr;
        bool reported = false;
        for (const auto& a : check_block(file, stance.block, stance_keys, "a stance")) {
            if (a.key == "source") resolved.source = lookup(file, id_of(a), Kind::source);
            else if (a.key == "quote" || a.key == "reported") {
                const auto& quote = std::get<ast::String>(*a.value);
                const Words words = a.key == "quote" ? Words::own : Words::reported;
                reported = reported || words == Words::reported;
                resolved.quotes.push_back({take_text(quote), position(file, quote.span), words, none});
            } else if (a.key == "reported-by") reported_by = &id_of(a);
            else if (a.key == "at") resolved.at = string_of(a);
            else if (a.key == "date") resolved.date = *as_date(*a.value);
            else if (a.key == "because") {
                Index reason = lookup(file, id_of(a), Kind::claim);
                if (reason != none) resolved.because.push_back(reason);
            } else if (a.key == "note") resolved.note = take_text(std::get<ast::String>(*a.value));
        }
        if (reported_by) resolve_reporter(file, *reported_by, reported, resolved.quotes);
        if (expert == none || claim == none) return;
        m_result.stances.push_back(std::move(resolved));
    }

    // `reported-by` names who reports every `reported` passage of its stance.
    void resolve_reporter(FileId file, const ast::Identifier& id, bool reported, std::vector<Quote>& quotes) {
        if (!reported) {
            m_sink.error(Code::reported_by_alone, location(file, id.span),
                         "'reported-by' names who reports the stance's `reported` words, but the stance has "
                         "none: add `reported \"...\"` with the words that report the view");
            return;
        }
        Index reporter = lookup(file, id, Kind::expert);
        for (auto& quote : quotes)
            if (quote.words == Words::reported) quote.reported_by = reporter;
    }
    const util::SourceManager& m_files;
    const ResolveOptions& m_options;
    const Bibliographies& m_bibliographies;
    const util::IdTable<Declared>& m_declared;
    Corpus& m_corpus;
    FileResult& m_result;
    diag::Sink& m_sink;
    std::optional<util::LineCursor> m_lines;  // of the file being resolved
    bool m_take_strings;
};


class Resolver {
public:
    // With `release` (the same vector as `trees`), each tree is freed once its file is resolved.
    Resolver(const util::SourceManager& files, const std::vector<ast::File>& trees, const ResolveOptions& options,
             diag::Sink& sink, std::vector<ast::File>* release = nullptr)
        : m_files(files),
          m_trees(trees),
          m_options(options),
          m_sink(sink),
          m_release(release),
          m_bibliographies(options.bibliographies, sink) {}

    Corpus run() {
        outline();
        for (FileId f = 0; f < m_files.size(); ++f) m_corpus.files.push_back({m_files.get(f).path(), {}});
        for (FileId f = 0; f < m_trees.size() && f < m_files.size(); ++f) declare(f);
        for (FileId f = 0; f < m_trees.size() && f < m_files.size(); ++f)
            for (const auto& broken : m_trees[f].broken)
                if (!m_declared.contains(broken.id.name)) m_broken.try_emplace(broken.id.name, location(f, broken.statement));
        const std::size_t files = std::min<std::size_t>(m_trees.size(), m_files.size());
        std::vector<FileResult> results(files);
        const Declarations declarations{m_files, m_options, m_bibliographies, m_declared, m_corpus};
        // The corpus's stances are made first (one for each stance statement, then assigned in
        // file order) by one thread while the others resolve files: memory touched for the first
        // time costs about as much as filling it, and the join that fills it is serial.
        const bool take_strings = m_release && m_options.take_strings;
        util::for_each_index(files + 1, m_options.parallel ? util::cores() : 1, [&](std::size_t i) {
            if (i == 0) {
                m_corpus.stances.resize(m_stance_statements);
                return;
            }
            const std::size_t f = i - 1;
            results[f].stances.reserve(m_outlines[f].stances);
            FileResolver(declarations, results[f], take_strings).run(static_cast<FileId>(f), m_trees[f]);
            if (m_release) (*m_release)[f] = ast::File{};
        });
        for (FileId f = 0; f < files; ++f) join(f, results[f]);
        // The stances in file order, each file's moved in on whichever thread is free.
        std::vector<std::size_t> first_stance(files + 1, 0);
        for (std::size_t f = 0; f < files; ++f) first_stance[f + 1] = first_stance[f] + results[f].stances.size();
        util::for_each_index(files, m_options.parallel ? util::cores() : 1, [&](std::size_t f) {
            auto& stances = results[f].stances;
            std::move(stances.begin(), stances.end(), m_corpus.stances.begin() + first_stance[f]);
            stances = {};
        });
        m_corpus.stances.resize(first_stance[files]);  // without the stances left out
        check_equivalent_contradictions();
        m_corpus.reindex();
        return std::move(m_corpus);
    }

private:
    // Where each file's declarations are and how many relations and stances it has, from one walk
    // over the statements, so that pass 1 visits declarations only; then room for every item up
    // front: growing vectors of 10^6 stances moves them all, repeatedly.
    void outline() {
        m_outlines.resize(std::min<std::size_t>(m_trees.size(), m_files.size()));
        std::size_t declarations = 0, relations = 0, stances = 0;
        for (std::size_t f = 0; f < m_outlines.size(); ++f) {
            const auto& statements = m_trees[f].statements;
            Outline& outline = m_outlines[f];
            for (std::size_t i = 0; i < statements.size(); ++i) {
                if (std::holds_alternative<ast::Declaration>(statements[i])) outline.declarations.push_back(i);
                outline.relations += std::holds_alternative<ast::Relation>(statements[i]);
                outline.stances += std::holds_alternative<ast::Stance>(statements[i]);
            }
            declarations += outline.declarations.size();
            relations += outline.relations;
            stances += outline.stances;
        }
        m_corpus.files.reserve(m_files.size());
        m_declared.reserve(declarations);
        m_corpus.relations.reserve(relations);
        m_relation_locations.reserve(relations);
        m_stance_statements = stances;
    }


    // Pass 1: every declaration, in file order; the first of two with one id wins.
    void declare(FileId file) {
        for (std::size_t i : m_outlines[file].declarations) {
            const auto& declaration = std::get<ast::Declaration>(m_trees[file].statements[i]);
            Kind kind = kind_of(declaration.kind);
            auto where = location(file, declaration.id.span);
            auto [declared, inserted] = m_declared.try_emplace(declaration.id.name, Declared{kind, none, where});
            if (!inserted) {
                diag::Diagnostic d{diag::Severity::error, Code::duplicate_declaration, where,
                                   "'" + declaration.id.name + "' is already declared (as " +
                                       std::string(with_article(declared->kind)) + ")",
                                   {}, {}};
                d.notes.push_back({declared->where, "first declared here"});
                m_sink.report(std::move(d));
                continue;
            }
            std::string text = declaration.text ? declaration.text->value : std::string();
            Position pos = position(m_files, file, declaration.span);
            // The item goes at the end of its list, and its index into the name table.
            auto add = [&]<class Item>(std::vector<Item>& items, std::string Item::*text_member) {
                declared->index = static_cast<Index>(items.size());
                items.push_back(make_item<Item>(declaration.id.name, pos, text_member, std::move(text)));
            };
            switch (kind) {
            case Kind::source: add(m_corpus.sources, &Source::title); break;
            case Kind::expert: add(m_corpus.experts, &Expert::name); break;
            case Kind::topic: add(m_corpus.topics, &Topic::question); break;
            case Kind::claim: add(m_corpus.claims, &Claim::text); break;
            }
        }
    }

    // A file's diagnostics, each failed reference reported in its place among them, then its
    // relations (its stances are moved in afterwards, in parallel).
    void join(FileId file, FileResult& result) {
        const auto& diagnostics = result.diagnostics.diagnostics();
        std::size_t next = 0;
        for (const auto& failed : result.failed) {
            for (; next < failed.before; ++next) m_sink.report(diagnostics[next]);
            report_failed_lookup(file, failed.id, failed.expected);
        }
        for (; next < diagnostics.size(); ++next) m_sink.report(diagnostics[next]);
        std::move(result.relations.begin(), result.relations.end(), std::back_inserter(m_corpus.relations));
        std::move(result.relation_locations.begin(), result.relation_locations.end(),
                  std::back_inserter(m_relation_locations));
    }

    // Why `id` names no item of kind `expected`.
    void report_failed_lookup(FileId file, const ast::Identifier& id, Kind expected) {
        const Declared* declared = m_declared.find(id.name);
        if (!declared) {
            if (auto broken = m_broken.find(id.name); broken != m_broken.end()) {
                // Follows from a syntax error already reported: said once, as a note.
                if (broken->second.file == util::no_file) return;
                diag::Diagnostic d{diag::Severity::note, Code::unknown_reference, location(file, id.span),
                                   "'" + id.name + "' is not declared because its declaration did not parse (see the "
                                   "error there); its other uses are not reported",
                                   {}, {}};
                d.notes.push_back({broken->second, "the declaration of '" + id.name + "' that did not parse"});
                m_sink.report(std::move(d));
                broken->second.file = util::no_file;
                return;
            }
            m_sink.error(Code::unknown_reference, location(file, id.span),
                         "unknown " + std::string(kind_name(expected)) + " '" + id.name + "'",
                         nearest_id(id.name, expected));
            return;
        }
        if (declared->kind != expected) {
            diag::Diagnostic d{diag::Severity::error, Code::wrong_kind, location(file, id.span),
                               "'" + id.name + "' is " + std::string(with_article(declared->kind)) + ", but " +
                                   std::string(with_article(expected)) + " is expected here",
                               {}, {}};
            d.notes.push_back({declared->where, "'" + id.name + "' is declared here"});
            m_sink.report(std::move(d));
            return;
        }
    }

    // Memoised per kind and name, and given up once the corpus has spent a budget of work
    // (bytes compared and distance cells, so long ids count for their length): a corpus with
    // thousands of unknown references (a forgotten include) must still load fast, and the first
    // suggestions are the useful ones.
    std::string nearest_id(const std::string& name, Kind kind) {
        auto key = std::string(kind_name(kind)) + ' ' + name;
        if (auto it = m_suggestions.find(key); it != m_suggestions.end()) return it->second;
        util::Nearest best(name);
        auto consider_all = [&](const auto& items) {
            for (const auto& item : items) {
                if (m_suggestion_work + best.work() > suggestion_budget) break;
                best.consider(item.id);
            }
            m_suggestion_work += best.work();
        };
        switch (kind) {
        case Kind::source: consider_all(m_corpus.sources); break;
        case Kind::expert: consider_all(m_corpus.experts); break;
        case Kind::topic: consider_all(m_corpus.topics); break;
        case Kind::claim: consider_all(m_corpus.claims); break;
        }
        return m_suggestions.emplace(std::move(key), best.best()).first->second;
    }

    // `contradicts` between two claims of one strongly connected component of the `implies`
    // graph (with `equivalent` as two edges) can never hold: each claim implies the other.
    void check_equivalent_contradictions() {
        const auto& relations = m_corpus.relations;
        const auto n = static_cast<Index>(m_corpus.claims.size());
        std::vector<std::vector<std::pair<Index, Index>>> edges(n);  // (claim, relation)
        bool any_contradiction = false;
        for (Index r = 0; r < relations.size(); ++r) {
            const auto& relation = relations[r];
            if (relation.kind == RelationKind::implies || relation.kind == RelationKind::equivalent)
                edges[relation.from].emplace_back(relation.to, r);
            if (relation.kind == RelationKind::equivalent) edges[relation.to].emplace_back(relation.from, r);
            if (relation.kind == RelationKind::contradicts) any_contradiction = true;
        }
        if (!any_contradiction) return;
        std::vector<Index> component = strongly_connected_components(edges);
        for (Index r = 0; r < relations.size(); ++r) {
            const auto& relation = relations[r];
            if (relation.kind != RelationKind::contradicts || component[relation.from] != component[relation.to])
                continue;
            std::vector<Index> there = path(edges, component, relation.from, relation.to);
            std::vector<Index> back = path(edges, component, relation.to, relation.from);
            const auto& a = m_corpus.claims[relation.from].id;
            const auto& b = m_corpus.claims[relation.to].id;
            diag::Diagnostic d{diag::Severity::error, Code::contradicts_equivalent, m_relation_locations[r],
                               "'" + a + "' contradicts '" + b + "', but they are equivalent: " +
                                   chain_text(relation.from, there) + " and " + chain_text(relation.to, back),
                               {}, {}};
            std::vector<Index> shown;
            for (const auto& chain : {there, back})
                for (Index link : chain) {
                    if (std::find(shown.begin(), shown.end(), link) != shown.end()) continue;  // `equivalent`, both ways
                    shown.push_back(link);
                    const auto& l = relations[link];
                    d.notes.push_back({m_relation_locations[link], "'" + m_corpus.claims[l.from].id + "' " +
                                                                       std::string(relation_name(l.kind)) + " '" +
                                                                       m_corpus.claims[l.to].id + "' here"});
                }
            m_sink.report(std::move(d));
        }
    }

    // "a implies b implies c", following the links from `start`.
    std::string chain_text(Index start, const std::vector<Index>& links) const {
        std::string text = m_corpus.claims[start].id;
        Index at = start;
        for (Index link : links) {
            const auto& relation = m_corpus.relations[link];
            at = relation.from == at ? relation.to : relation.from;
            text += " " + std::string(relation_name(relation.kind)) + " " + m_corpus.claims[at].id;
        }
        return text;
    }

    // Tarjan's algorithm with an explicit stack: corpora are large and deep chains must not
    // exhaust the call stack.
    static std::vector<Index> strongly_connected_components(const std::vector<std::vector<std::pair<Index, Index>>>& edges) {
        const auto n = static_cast<Index>(edges.size());
        std::vector<Index> order(n, none), low(n, 0), component(n, none);
        std::vector<Index> stack;
        std::vector<std::pair<Index, std::size_t>> calls;  // (node, next edge)
        Index counter = 0, components = 0;
        for (Index root = 0; root < n; ++root) {
            if (order[root] != none) continue;
            calls.emplace_back(root, 0);
            order[root] = low[root] = counter++;
            stack.push_back(root);
            while (!calls.empty()) {
                auto& [node, next] = calls.back();
                if (next < edges[node].size()) {
                    Index to = edges[node][next++].first;
                    if (order[to] == none) {
                        order[to] = low[to] = counter++;
                        stack.push_back(to);
                        calls.emplace_back(to, 0);
                    } else if (component[to] == none) {
                        low[node] = std::min(low[node], order[to]);
                    }
                    continue;
                }
                Index done = node;
                if (low[done] == order[done]) {
                    Index member;
                    do {
                        member = stack.back();
                        stack.pop_back();
                        component[member] = components;
                    } while (member != done);
                    ++components;
                }
                calls.pop_back();
                if (!calls.empty()) low[calls.back().first] = std::min(low[calls.back().first], low[done]);
            }
        }
        return component;
    }

    // The relations on a shortest path from `from` to `to` inside their component (breadth first).
    static std::vector<Index> path(const std::vector<std::vector<std::pair<Index, Index>>>& edges,
                                   const std::vector<Index>& component, Index from, Index to) {
        std::unordered_map<Index, std::pair<Index, Index>> parent;  // claim -> (previous claim, relation)
        std::deque<Index> queue{from};
        parent.emplace(from, std::pair{none, none});
        while (!queue.empty() && !parent.count(to)) {
            Index at = queue.front();
            queue.pop_front();
            for (auto [next, relation] : edges[at]) {
                if (component[next] != component[from] || parent.count(next)) continue;
                parent.emplace(next, std::pair{at, relation});
                queue.push_back(next);
            }
        }
        std::vector<Index> links;
        if (!parent.count(to)) return links;
        for (Index at = to; at != from; at = parent[at].first) links.push_back(parent[at].second);
        std::reverse(links.begin(), links.end());
        return links;
    }

    const util::SourceManager& m_files;
    const std::vector<ast::File>& m_trees;
    const ResolveOptions& m_options;
    diag::Sink& m_sink;
    std::vector<ast::File>* m_release;
    Bibliographies m_bibliographies;
    Corpus m_corpus;
    util::IdTable<Declared> m_declared;  // every id, by its first declaration
    // Ids of declarations that did not parse; the location's file is no_file once a use is reported.
    std::unordered_map<std::string, diag::Location> m_broken;
    std::vector<diag::Location> m_relation_locations;  // parallel to m_corpus.relations
    std::size_t m_stance_statements = 0;  // in every tree: at least as many as the stances resolved
    struct Outline {
        std::vector<std::size_t> declarations;  // indices into the file's statements
        std::size_t relations = 0;
        std::size_t stances = 0;
    };
    std::vector<Outline> m_outlines;  // by file
    static constexpr std::size_t suggestion_budget = 500'000'000;  // bytes and cells: about a second at most
    std::size_t m_suggestion_work = 0;
    std::unordered_map<std::string, std::string> m_suggestions;  // "kind name" -> suggestion
};

}  // namespace

TextLookup locate_text(const std::string& declaring_file, const std::string& text, const ResolveOptions& options) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path written(text);
    TextLookup found;
    // Confinement first, as for includes: whether a file exists elsewhere is not told.
    auto admitted = [&](const fs::path& candidate) {
        std::string refusal = options.scope ? options.scope->refusal(candidate) : std::string();
        if (refusal.empty()) return fs::is_regular_file(candidate, ec);
        found.refused.emplace_back(candidate.string(), std::move(refusal));
        return false;
    };
    fs::path beside = (fs::path(declaring_file).parent_path() / written).lexically_normal();
    if (admitted(beside)) {
        found.path = beside.string();
        return found;
    }
    for (const auto& dir : options.text_dirs) {
        fs::path candidate = (dir / written.filename()).lexically_normal();
        if (admitted(candidate)) {
            found.path = candidate.string();
            return found;
        }
    }
    return found;
}

Corpus resolve(const util::SourceManager& files, const std::vector<ast::File>& trees, const ResolveOptions& options,
               diag::Sink& sink) {
    return Resolver(files, trees, options, sink).run();
}

Corpus resolve(const util::SourceManager& files, std::vector<ast::File>&& trees, const ResolveOptions& options,
               diag::Sink& sink) {
    return Resolver(files, trees, options, sink, &trees).run();
}

}  // namespace stance::model
