#include "stance/store/repository.hpp"

#include <sqlite3.h>

#include <map>
#include <stdexcept>
#include <string>
#include <utility>

#include "stance/store/schema.hpp"
#include "stance/store/sqlite.hpp"

namespace stance::store {

namespace {

using model::Index;

SQLite::Database create(const std::string& filename) {
    // One thread at a time uses the connection (StoreWriter), so SQLite need not lock it on
    // every bind and step: about 8% of the inserts' CPU time (3x10^5 stances).
    SQLite::Database database(filename, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
    // The file is a private temporary until it is complete, synced and renamed (write_store):
    // a journal and intermediate syncs would only slow the build down.
    database.exec("PRAGMA journal_mode = OFF");
    database.exec("PRAGMA synchronous = OFF");
    database.exec("PRAGMA locking_mode = EXCLUSIVE");
    database.exec("PRAGMA cache_size = -65536");
    // Larger pages: fewer b-tree splits while the rows stream in (about 12% faster on 10^5
    // stances), and long quotes fit on one page. Must come before the first table.
    database.exec("PRAGMA page_size = 16384");
    database.exec(schema);
    return database;
}

// The id of an item that must exist; an index out of range is a fault in the caller.
template <class Items>
const std::string& id_of(const Items& items, Index index, const char* what) {
    if (index >= items.size())
        throw std::logic_error(std::string("claim store: a reference to ") + what + " #" + std::to_string(index) +
                               ", of " + std::to_string(items.size()));
    return items[index].id;
}
// The seq of an item that must exist: its index, checked as id_of checks it.
template <class Items>
std::int64_t seq_of(const Items& items, Index index, const char* what) {
    id_of(items, index, what);
    return index;
}
// The id of an optional item: nullptr (NULL) for none.
template <class Items>
const std::string* optional_id(const Items& items, Index index, const char* what) {
    return index == model::none ? nullptr : &id_of(items, index, what);
}
std::optional<std::int64_t> optional_index(Index index) {
    if (index == model::none) return std::nullopt;
    return index;
}
std::int64_t ordinal(std::size_t i) { return static_cast<std::int64_t>(i); }

// Dates as the store writes them ("2022", "2022-10", "2022-10-05": model::Date::write), each
// distinct date formatted once and kept while the rows that name it are written, as rows are
// bound without copies: a corpus has few dates, a million stances two each.
class DateTexts {
public:
    const std::string& operator()(const model::Date& date) {
        auto [text, added] = m_texts.try_emplace(date);
        if (added) {
            char written[model::Date::max_text];
            text->second.assign(written, date.write(written));
        }
        return text->second;  // "" (NULL) for an empty date
    }

private:
    std::map<model::Date, std::string> m_texts;  // node-based: the text of a date stays where it is
};

}  // namespace

Repository::Repository(const std::string& filename)
    : m_database(create(filename)),
      m_file(m_database, "INSERT INTO files (id, path, hash) VALUES (?, ?, ?)"),
      m_source(m_database,
               "INSERT INTO sources (seq, id, title, publisher, date, url, kind, text, text_path, cite, bib_type, "
               "note, file, line, col) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_author(m_database, "INSERT INTO source_authors (source, ord, author) VALUES (?, ?, ?)"),
      m_bib_field(m_database,
                  "INSERT INTO source_bib_fields (source, ord, name, value, latex) VALUES (?, ?, ?, ?, ?)"),
      m_expert(m_database,
               "INSERT INTO experts (seq, id, name, role, country, camp, note, file, line, col) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_affiliation(m_database, "INSERT INTO expert_affiliations (expert, ord, affiliation) VALUES (?, ?, ?)"),
      m_aka(m_database, "INSERT INTO expert_aka (expert, ord, name) VALUES (?, ?, ?)"),
      m_topic(m_database,
              "INSERT INTO topics (seq, id, question, parent, note, file, line, col) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
      m_tag(m_database, "INSERT INTO claim_tags (claim, ord, tag) VALUES (?, ?, ?)"),
      m_camp(m_database, "INSERT INTO camps (camp, ord, expert) VALUES (?, ?, ?)"),
      m_finding(m_database,
                "INSERT INTO finding_rows (seq, kind, severity, expert, claim, source, file, line, col, message) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_option(m_database, "INSERT INTO build_options (name, value) VALUES (?, ?)"),
      m_text(m_database, "INSERT INTO source_texts (path, hash) VALUES (?, ?)"),
      m_claim(m_database, "INSERT INTO claims (seq, id, text, topic, date, note, file, line, col)"),
      m_relation(m_database, "INSERT INTO relations (id, kind, from_claim, to_claim, note, file, line, col)"),
      m_stance(m_database,
               "INSERT INTO stances (id, expert, claim, value, verb, source, at, date, effective_date, note, file, "
               "line, col)"),
      m_quote(m_database, "INSERT INTO quotes (stance, ord, text, words, reported_by, file, line, col)"),
      m_because(m_database, "INSERT INTO because (stance, ord, claim)"),
      m_cell(m_database, "INSERT INTO matrix_cells (expert, claim, value, derived, stance, reason)"),
      m_consensus(m_database,
                  "INSERT INTO claim_stats (seq, claim, n, mean, consensus, asserting, denying, qualifying)"),
      m_agreement(m_database,
                  "INSERT INTO pair_agreement (seq, a, b, shared, congruence, conflict, qualified, derived, score)") {}

void Repository::write(const model::Corpus& corpus, const check::Analysis& analysis, const BuildRecord& record) {
    begin(corpus, record);
    finish(AnalysisTables(":memory:", corpus, analysis));
}

void Repository::begin(const model::Corpus& corpus, const BuildRecord& record) {
    m_transaction.emplace(m_database);
    write_corpus(corpus);
    for (const auto& [name, value] : record.options) execute(m_option, Text{name}, Text{value});
    for (const auto& [path, hash] : record.texts) execute(m_text, Text{path}, Text{hash});
}

void Repository::finish(AnalysisTables analysis) {
    if (!m_transaction) throw std::logic_error("claim store: finish() without begin()");
    // The tables apart are attached as they are (SQLite reads the bytes in place and frees them
    // when they are detached), and each is copied into the empty table of the same definition:
    // SQLite's transfer of whole rows, without decoding them or checking them again.
    AnalysisTables::Image& image = analysis.image();
    m_database.exec("ATTACH ':memory:' AS analysis");
    int status = sqlite3_deserialize(m_database.getHandle(), "analysis", image.bytes, image.size, image.size,
                                     SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    image.bytes = nullptr;  // SQLite's now, freed even when it fails
    if (status != SQLITE_OK) throw SQLite::Exception(m_database.getHandle(), status);
    for (const char* table : analysis_tables)
        m_database.exec(std::string("INSERT INTO main.") + table + " SELECT * FROM analysis." + table);
    m_transaction->commit();
    m_transaction.reset();
    m_database.exec("DETACH analysis");
}

void Repository::write_corpus(const model::Corpus& corpus) {
    for (std::size_t i = 0; i < corpus.files.size(); ++i)
        execute(m_file, ordinal(i), Text{corpus.files[i].path}, Text{corpus.files[i].hash});

    DateTexts dates;
    for (std::size_t i = 0; i < corpus.sources.size(); ++i) {
        const auto& s = corpus.sources[i];
        execute(m_source, ordinal(i), s.id, s.title, s.publisher, dates(s.date), s.url, s.kind, s.text,
                s.text_path, s.cite, s.bib.type, s.note, s.where);
        for (std::size_t k = 0; k < s.authors.size(); ++k) execute(m_author, s.id, ordinal(k), Text{s.authors[k]});
        for (std::size_t k = 0; k < s.bib.fields.size(); ++k) {
            const auto& f = s.bib.fields[k];
            execute(m_bib_field, s.id, ordinal(k), Text{f.name}, Text{f.value}, Text{f.latex});
        }
    }
    for (std::size_t i = 0; i < corpus.experts.size(); ++i) {
        const auto& e = corpus.experts[i];
        execute(m_expert, ordinal(i), e.id, Text{e.name}, e.role, e.country, e.camp, e.note, e.where);
        for (std::size_t k = 0; k < e.affiliations.size(); ++k)
            execute(m_affiliation, e.id, ordinal(k), Text{e.affiliations[k]});
        for (std::size_t k = 0; k < e.aka.size(); ++k) execute(m_aka, e.id, ordinal(k), Text{e.aka[k]});
    }
    for (std::size_t i = 0; i < corpus.topics.size(); ++i) {
        const auto& t = corpus.topics[i];
        execute(m_topic, ordinal(i), t.id, Text{t.question}, optional_id(corpus.topics, t.parent, "a topic"), t.note,
                t.where);
    }
    m_claim.expect(corpus.claims.size());
    for (std::size_t i = 0; i < corpus.claims.size(); ++i) {
        const auto& c = corpus.claims[i];
        m_claim.add(ordinal(i), c.id, Text{c.text}, optional_id(corpus.topics, c.topic, "a topic"), dates(c.date),
                    c.note, c.where);
        for (std::size_t k = 0; k < c.tags.size(); ++k) execute(m_tag, c.id, ordinal(k), Text{c.tags[k]});
    }
    m_claim.end();
    m_relation.expect(corpus.relations.size());
    for (std::size_t i = 0; i < corpus.relations.size(); ++i) {
        const auto& r = corpus.relations[i];
        m_relation.add(ordinal(i), Literal{model::relation_name(r.kind)}, id_of(corpus.claims, r.from, "a claim"),
                       id_of(corpus.claims, r.to, "a claim"), r.note, r.where);
    }
    m_relation.end();
    std::size_t quotes = 0, reasons = 0;
    for (const auto& s : corpus.stances) {
        quotes += s.quotes.size();
        reasons += s.because.size();
    }
    m_stance.expect(corpus.stances.size());
    m_quote.expect(quotes);
    m_because.expect(reasons);
    for (std::size_t i = 0; i < corpus.stances.size(); ++i) {
        const auto& s = corpus.stances[i];
        m_stance.add(ordinal(i), id_of(corpus.experts, s.expert, "an expert"), id_of(corpus.claims, s.claim, "a claim"),
                     s.value, Literal{model::stance_verb(s.value)}, optional_id(corpus.sources, s.source, "a source"),
                     s.at, dates(s.date), dates(corpus.stance_date(s)), s.note, s.where);
        for (std::size_t k = 0; k < s.quotes.size(); ++k) {
            const auto& q = s.quotes[k];
            m_quote.add(ordinal(i), ordinal(k), Text{q.text}, Literal{model::words_name(q.words)},
                        optional_id(corpus.experts, q.reported_by, "an expert"), q.where);
        }
        for (std::size_t k = 0; k < s.because.size(); ++k)
            m_because.add(ordinal(i), ordinal(k), id_of(corpus.claims, s.because[k], "a claim"));
    }
    m_stance.end();
    m_quote.end();
    m_because.end();
}

void Repository::write_analysis(const model::Corpus& corpus, const check::Analysis& analysis) {
    SQLite::Transaction transaction(m_database);
    m_cell.expect(analysis.cells.size());
    for (const auto& cell : analysis.cells)
        m_cell.add(seq_of(corpus.experts, cell.expert, "an expert"), seq_of(corpus.claims, cell.claim, "a claim"),
                   cell.value, cell.derived, optional_index(cell.stance), cell.reason);
    m_cell.end();
    m_consensus.expect(analysis.consensus.size());
    for (std::size_t i = 0; i < analysis.consensus.size(); ++i) {
        const auto& c = analysis.consensus[i];
        m_consensus.add(ordinal(i), id_of(corpus.claims, c.claim, "a claim"), c.n, c.mean, c.consensus, c.asserting,
                        c.denying, c.qualifying);
    }
    m_consensus.end();
    m_agreement.expect(analysis.agreement.size());
    for (std::size_t i = 0; i < analysis.agreement.size(); ++i) {
        const auto& pair = analysis.agreement[i];
        // The view promises a < b on the ids it shows; the measures are symmetric.
        std::int64_t a = seq_of(corpus.experts, pair.a, "an expert");
        std::int64_t b = seq_of(corpus.experts, pair.b, "an expert");
        if (corpus.experts[pair.b].id < corpus.experts[pair.a].id) std::swap(a, b);
        m_agreement.add(ordinal(i), a, b, pair.shared, pair.congruence, pair.conflict, pair.qualified, pair.derived,
                        pair.score);
    }
    m_agreement.end();
    for (std::size_t camp = 0; camp < analysis.camps.size(); ++camp)
        for (std::size_t k = 0; k < analysis.camps[camp].size(); ++k)
            execute(m_camp, ordinal(camp), ordinal(k), id_of(corpus.experts, analysis.camps[camp][k], "an expert"));
    for (std::size_t i = 0; i < analysis.findings.size(); ++i) {
        const auto& f = analysis.findings[i];
        execute(m_finding, ordinal(i), Literal{check::finding_name(f.kind)}, Literal{diag::severity_name(f.severity)},
                optional_id(corpus.experts, f.expert, "an expert"), optional_id(corpus.claims, f.claim, "a claim"),
                optional_id(corpus.sources, f.source, "a source"), f.where, Text{f.message});
    }
    transaction.commit();
}

}  // namespace stance::store
