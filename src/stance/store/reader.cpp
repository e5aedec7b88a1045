// Reading a store back into a corpus: items in their stored order, references from ids back
// to indexes, NULL back to "". A store may come from anywhere, so what is read is checked as
// the resolver would have made it: ids by the language's lexical rules and unique, references
// existing, values and positions in range; anything else is a damaged store.
#include <stdexcept>
#include <string>
#include <unordered_set>

#include "grammar/lexer.hpp"
#include "stance/store/repository.hpp"
#include "stance/store/sqlite.hpp"

namespace stance::store {

namespace {

using model::Index;

// What is wrong with a store's content; read_store names the file.
class Damaged : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string text(const SQLite::Column& column) { return column.isNull() ? std::string() : column.getString(); }

std::uint32_t count(const SQLite::Column& column) {
    return column.isNull() ? 0 : static_cast<std::uint32_t>(column.getInt64());
}

Index index_of(const SQLite::Column& column) {
    return column.isNull() ? model::none : static_cast<Index>(column.getInt64());
}

// Columns `first`, +1, +2 hold file, line, col.
model::Position position(const SQLite::Statement& row, int first) {
    model::Position where;
    where.file = index_of(row.getColumn(first));
    where.line = count(row.getColumn(first + 1));
    where.column = count(row.getColumn(first + 2));
    return where;
}

// An id column back to an index; an id the store does not declare means a damaged store.
// `found` is the lookup of `id`; "" (NULL) is no reference.
Index resolve(Index found, const std::string& id, const char* what) {
    if (id.empty()) return model::none;
    if (found == model::none) throw Damaged(std::string("unknown ") + what + " '" + id + "'");
    return found;
}

using Find = Index (model::Corpus::*)(std::string_view) const;
Index reference(const model::Corpus& corpus, Find find, const std::string& id, const char* what) {
    return resolve((corpus.*find)(id), id, what);
}

template <class Items>
Items& at(std::vector<Items>& items, const std::unordered_map<std::string, Index>& index, const std::string& id,
          const char* what) {
    auto it = index.find(id);
    if (it == index.end()) throw Damaged(std::string("unknown ") + what + " '" + id + "'");
    return items[it->second];
}

void read_files(SQLite::Database& db, model::Corpus& corpus) {
    SQLite::Statement row(db, "SELECT id, path, hash FROM files ORDER BY id");
    while (row.executeStep()) {
        // Positions refer to files by id, read here as the index: ids must be 0, 1, 2...
        if (row.getColumn(0).getInt64() != static_cast<std::int64_t>(corpus.files.size()))
            throw Damaged("file ids are not 0, 1, 2...");
        corpus.files.push_back({text(row.getColumn(1)), text(row.getColumn(2))});
    }
}

// An id as the language writes it (segments joined by dots).
void check_id(const std::string& id, const char* what) {
    const char* end = id.data() + id.size();
    if (id.empty() || grammar::scan_identifier(id.data(), end) != end)
        throw Damaged(std::string("invalid ") + what + " id '" + id + "'");
}

template <class Items>
void check_ids(const std::vector<Items>& items, const std::unordered_map<std::string, Index>& index, const char* what) {
    for (const auto& item : items) check_id(item.id, what);
    if (index.size() != items.size()) {
        std::unordered_set<std::string_view> seen;
        for (const auto& item : items)
            if (!seen.insert(item.id).second) throw Damaged(std::string("duplicate ") + what + " '" + item.id + "'");
    }
}

void check_position(const model::Corpus& corpus, const model::Position& where) {
    if (where.file != model::none && where.file >= corpus.files.size())
        throw Damaged("unknown file " + std::to_string(where.file));
}

// The ids first, before anything refers to them: an id that is not one is the first thing
// to report.
void validate_ids(const model::Corpus& corpus) {
    check_ids(corpus.sources, corpus.source_index, "source");
    check_ids(corpus.experts, corpus.expert_index, "expert");
    check_ids(corpus.topics, corpus.topic_index, "topic");
    check_ids(corpus.claims, corpus.claim_index, "claim");
}

// What the resolver guarantees and the reports rely on, checked once everything is read.
void validate(const model::Corpus& corpus, const std::vector<check::Finding>& findings) {
    for (const auto& s : corpus.sources) check_position(corpus, s.where);
    for (const auto& e : corpus.experts) check_position(corpus, e.where);
    for (const auto& c : corpus.claims) check_position(corpus, c.where);
    for (const auto& r : corpus.relations) {
        check_position(corpus, r.where);
        if (r.from == model::none || r.to == model::none) throw Damaged("a relation without both claims");
    }
    for (Index t = 0; t < corpus.topics.size(); ++t) {
        check_position(corpus, corpus.topics[t].where);
        // A parent chain longer than the number of topics goes round a cycle.
        Index at = corpus.topics[t].parent;
        for (std::size_t steps = 0; at != model::none; at = corpus.topics[at].parent)
            if (++steps > corpus.topics.size()) throw Damaged("topic '" + corpus.topics[t].id + "' is its own ancestor");
    }
    for (const auto& s : corpus.stances) {
        check_position(corpus, s.where);
        if (s.expert == model::none || s.claim == model::none) throw Damaged("a stance without an expert or a claim");
        if (s.value < -2 || s.value > 2) throw Damaged("stance value " + std::to_string(s.value) + " out of range");
        for (const auto& q : s.quotes) check_position(corpus, q.where);
        for (Index c : s.because)
            if (c == model::none) throw Damaged("a reason without a claim");
    }
    for (const auto& f : findings) check_position(corpus, f.where);
}

void read_sources(SQLite::Database& db, model::Corpus& corpus) {
    SQLite::Statement row(db,
                          "SELECT id, title, publisher, date, url, kind, text, text_path, cite, bib_type, note, file, "
                          "line, col FROM sources ORDER BY seq");
    while (row.executeStep()) {
        model::Source s;
        s.id = text(row.getColumn(0));
        s.title = text(row.getColumn(1));
        s.publisher = text(row.getColumn(2));
        s.date = parse_date(text(row.getColumn(3)));
        s.url = text(row.getColumn(4));
        s.kind = text(row.getColumn(5));
        s.text = text(row.getColumn(6));
        s.text_path = text(row.getColumn(7));
        s.cite = text(row.getColumn(8));
        s.bib.type = text(row.getColumn(9));
        s.note = text(row.getColumn(10));
        s.where = position(row, 11);
        corpus.sources.push_back(std::move(s));
    }
}

void read_experts(SQLite::Database& db, model::Corpus& corpus) {
    SQLite::Statement row(db, "SELECT id, name, role, country, camp, note, file, line, col FROM experts ORDER BY seq");
    while (row.executeStep()) {
        model::Expert e;
        e.id = text(row.getColumn(0));
        e.name = text(row.getColumn(1));
        e.role = text(row.getColumn(2));
        e.country = text(row.getColumn(3));
        e.camp = text(row.getColumn(4));
        e.note = text(row.getColumn(5));
        e.where = position(row, 6);
        corpus.experts.push_back(std::move(e));
    }
}

void read_topics(SQLite::Database& db, model::Corpus& corpus, std::vector<std::string>& parents) {
    SQLite::Statement row(db, "SELECT id, question, parent, note, file, line, col FROM topics ORDER BY seq");
    while (row.executeStep()) {
        model::Topic t;
        t.id = text(row.getColumn(0));
        t.question = text(row.getColumn(1));
        parents.push_back(text(row.getColumn(2)));
        t.note = text(row.getColumn(3));
        t.where = position(row, 4);
        corpus.topics.push_back(std::move(t));
    }
}

void read_claims(SQLite::Database& db, model::Corpus& corpus, std::vector<std::string>& topics) {
    SQLite::Statement row(db, "SELECT id, text, topic, date, note, file, line, col FROM claims ORDER BY seq");
    while (row.executeStep()) {
        model::Claim c;
        c.id = text(row.getColumn(0));
        c.text = text(row.getColumn(1));
        topics.push_back(text(row.getColumn(2)));
        c.date = parse_date(text(row.getColumn(3)));
        c.note = text(row.getColumn(4));
        c.where = position(row, 5);
        corpus.claims.push_back(std::move(c));
    }
}

// The list tables: (owner id, element) in element order.
template <class Add>
void read_list(SQLite::Database& db, const char* query, Add add) {
    SQLite::Statement row(db, query);
    while (row.executeStep()) add(text(row.getColumn(0)), text(row.getColumn(1)));
}

model::RelationKind relation_kind(const std::string& name) {
    for (auto kind : {model::RelationKind::implies, model::RelationKind::contradicts, model::RelationKind::equivalent,
                      model::RelationKind::supports, model::RelationKind::undermines})
        if (model::relation_name(kind) == name) return kind;
    throw Damaged("unknown relation kind '" + name + "'");
}

void read_relations(SQLite::Database& db, model::Corpus& corpus) {
    SQLite::Statement row(db, "SELECT kind, from_claim, to_claim, note, file, line, col FROM relations ORDER BY id");
    while (row.executeStep()) {
        model::Relation r;
        r.kind = relation_kind(text(row.getColumn(0)));
        r.from = reference(corpus, &model::Corpus::find_claim, text(row.getColumn(1)), "claim");
        r.to = reference(corpus, &model::Corpus::find_claim, text(row.getColumn(2)), "claim");
        r.note = text(row.getColumn(3));
        r.where = position(row, 4);
        corpus.relations.push_back(std::move(r));
    }
}

model::Stance& stance_at(model::Corpus& corpus, std::int64_t id) {
    if (id < 0 || static_cast<std::uint64_t>(id) >= corpus.stances.size())
        throw Damaged("unknown stance " + std::to_string(id));
    return corpus.stances[static_cast<std::size_t>(id)];
}

model::Words words(const std::string& name) {
    for (auto w : {model::Words::own, model::Words::reported})
        if (model::words_name(w) == name) return w;
    throw std::runtime_error("damaged claim store: unknown words '" + name + "' of a quote");
}

void read_stances(SQLite::Database& db, model::Corpus& corpus) {
    SQLite::Statement row(db,
                          "SELECT expert, claim, value, source, at, date, note, file, line, col "
                          "FROM stances ORDER BY id");
    while (row.executeStep()) {
        model::Stance s;
        s.expert = reference(corpus, &model::Corpus::find_expert, text(row.getColumn(0)), "expert");
        s.claim = reference(corpus, &model::Corpus::find_claim, text(row.getColumn(1)), "claim");
        std::int64_t value = row.getColumn(2).getInt64();
        if (value < -2 || value > 2) throw Damaged("stance value " + std::to_string(value) + " out of range");
        s.value = static_cast<int>(value);
        s.source = reference(corpus, &model::Corpus::find_source, text(row.getColumn(3)), "source");
        s.at = text(row.getColumn(4));
        s.date = parse_date(text(row.getColumn(5)));
        s.note = text(row.getColumn(6));
        s.where = position(row, 7);
        corpus.stances.push_back(std::move(s));
    }
    SQLite::Statement quote(db,
                            "SELECT stance, text, words, reported_by, file, line, col FROM quotes ORDER BY stance, ord");
    while (quote.executeStep())
        stance_at(corpus, quote.getColumn(0).getInt64())
            .quotes.push_back({text(quote.getColumn(1)), position(quote, 4), words(text(quote.getColumn(2))),
                               reference(corpus, &model::Corpus::find_expert, text(quote.getColumn(3)), "expert")});
    SQLite::Statement because(db, "SELECT stance, claim FROM because ORDER BY stance, ord");
    while (because.executeStep())
        stance_at(corpus, because.getColumn(0).getInt64())
            .because.push_back(reference(corpus, &model::Corpus::find_claim, text(because.getColumn(1)), "claim"));
}

check::FindingKind finding_kind(const std::string& name) {
    for (int k = 0; k <= static_cast<int>(check::last_finding_kind); ++k) {
        auto kind = static_cast<check::FindingKind>(k);
        if (check::finding_name(kind) == name) return kind;
    }
    throw Damaged("unknown finding kind '" + name + "'");
}

diag::Severity severity(const std::string& name) {
    for (auto s : {diag::Severity::error, diag::Severity::warning, diag::Severity::note})
        if (diag::severity_name(s) == name) return s;
    throw Damaged("unknown severity '" + name + "'");
}

std::vector<check::Finding> read_findings(SQLite::Database& db, const model::Corpus& corpus) {
    std::vector<check::Finding> findings;
    SQLite::Statement row(db,
                          "SELECT kind, severity, expert, claim, source, file, line, col, message "
                          "FROM finding_rows ORDER BY seq");
    while (row.executeStep()) {
        check::Finding f;
        f.kind = finding_kind(text(row.getColumn(0)));
        f.severity = severity(text(row.getColumn(1)));
        f.expert = reference(corpus, &model::Corpus::find_expert, text(row.getColumn(2)), "expert");
        f.claim = reference(corpus, &model::Corpus::find_claim, text(row.getColumn(3)), "claim");
        f.source = reference(corpus, &model::Corpus::find_source, text(row.getColumn(4)), "source");
        f.where = position(row, 5);
        f.message = text(row.getColumn(8));
        findings.push_back(std::move(f));
    }
    return findings;
}

Stored read_all(SQLite::Database& db) {
    Stored stored;
    model::Corpus& corpus = stored.corpus;
    read_files(db, corpus);
    read_sources(db, corpus);
    read_experts(db, corpus);
    std::vector<std::string> topic_parents, claim_topics;
    read_topics(db, corpus, topic_parents);
    read_claims(db, corpus, claim_topics);
    corpus.reindex();
    validate_ids(corpus);

    for (std::size_t i = 0; i < corpus.topics.size(); ++i)
        corpus.topics[i].parent = reference(corpus, &model::Corpus::find_topic, topic_parents[i], "topic");
    for (std::size_t i = 0; i < corpus.claims.size(); ++i)
        corpus.claims[i].topic = reference(corpus, &model::Corpus::find_topic, claim_topics[i], "topic");

    read_list(db, "SELECT source, author FROM source_authors ORDER BY source, ord",
              [&](const std::string& id, std::string value) {
                  at(corpus.sources, corpus.source_index, id, "source").authors.push_back(std::move(value));
              });
    {
        SQLite::Statement row(db, "SELECT source, name, value, latex FROM source_bib_fields ORDER BY source, ord");
        while (row.executeStep())
            at(corpus.sources, corpus.source_index, text(row.getColumn(0)), "source")
                .bib.fields.push_back({text(row.getColumn(1)), text(row.getColumn(2)), text(row.getColumn(3))});
    }
    read_list(db, "SELECT expert, affiliation FROM expert_affiliations ORDER BY expert, ord",
              [&](const std::string& id, std::string value) {
                  at(corpus.experts, corpus.expert_index, id, "expert").affiliations.push_back(std::move(value));
              });
    read_list(db, "SELECT expert, name FROM expert_aka ORDER BY expert, ord",
              [&](const std::string& id, std::string value) {
                  at(corpus.experts, corpus.expert_index, id, "expert").aka.push_back(std::move(value));
              });
    read_list(db, "SELECT claim, tag FROM claim_tags ORDER BY claim, ord",
              [&](const std::string& id, std::string value) {
                  at(corpus.claims, corpus.claim_index, id, "claim").tags.push_back(std::move(value));
              });

    read_relations(db, corpus);
    read_stances(db, corpus);
    stored.findings = read_findings(db, corpus);
    validate(corpus, stored.findings);
    return stored;
}

}  // namespace

Stored read_database(SQLite::Database& db) {
    try {
        return read_all(db);
    } catch (const Damaged& damaged) {
        throw std::runtime_error(std::string("damaged claim store: ") + db.getFilename() + ": " + damaged.what());
    } catch (const SQLite::Exception& e) {
        // A table or column missing, or of another type, in a file that claims to be a store.
        throw std::runtime_error(std::string("damaged claim store: ") + db.getFilename() + ": " + e.what());
    }
}

}  // namespace stance::store

namespace stance::store {

StoredInputs read_build_inputs(SQLite::Database& db) {
    StoredInputs stored;
    SQLite::Statement options(db, "SELECT name, value FROM build_options ORDER BY name");
    while (options.executeStep()) stored.record.options.emplace_back(text(options.getColumn(0)), text(options.getColumn(1)));
    SQLite::Statement texts(db, "SELECT path, hash FROM source_texts ORDER BY path");
    while (texts.executeStep()) stored.record.texts.emplace_back(text(texts.getColumn(0)), text(texts.getColumn(1)));
    stored.inputs.text_hashes = stored.record.texts;
    SQLite::Statement files(db, "SELECT id, path, hash FROM files ORDER BY id");
    while (files.executeStep()) {
        if (files.getColumn(0).getInt64() != static_cast<std::int64_t>(stored.inputs.files.size()))
            throw Damaged("file ids are not 0, 1, 2...");
        stored.inputs.files.push_back({text(files.getColumn(1)), text(files.getColumn(2))});
    }
    SQLite::Statement sources(db, "SELECT file, text, text_path FROM sources WHERE text IS NOT NULL ORDER BY seq");
    while (sources.executeStep())
        stored.inputs.texts.push_back(
            {index_of(sources.getColumn(0)), text(sources.getColumn(1)), text(sources.getColumn(2))});
    SQLite::Statement findings(db,
                               "SELECT f.kind, f.severity, CASE WHEN f.kind = 'text-not-found' THEN EXISTS (SELECT 1 FROM "
                               "stances AS s JOIN quotes AS q ON q.stance = s.id WHERE s.source = f.source) ELSE 0 END "
                               "FROM finding_rows AS f ORDER BY f.seq");
    while (findings.executeStep())
        stored.findings.push_back({finding_kind(text(findings.getColumn(0))), severity(text(findings.getColumn(1))),
                                   findings.getColumn(2).getInt() != 0});
    stored.claims = static_cast<std::size_t>(db.execAndGet("SELECT coalesce(max(seq) + 1, 0) FROM claims").getInt64());
    stored.stances = static_cast<std::size_t>(db.execAndGet("SELECT coalesce(max(id) + 1, 0) FROM stances").getInt64());
    return stored;
}

}  // namespace stance::store
