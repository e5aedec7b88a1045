#include "stance/store/store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "stance/store/repository.hpp"
#include "stance/store/schema.hpp"
#include "unit/store/store_fixture.hpp"

namespace stance::store {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// Every row of a query, NULL shown as "NULL", numbers as SQLite prints them.
Rows rows(SQLite::Database& db, const std::string& query) {
    SQLite::Statement statement(db, query);
    Rows result;
    while (statement.executeStep()) {
        std::vector<std::string> row;
        for (int i = 0; i < statement.getColumnCount(); ++i) {
            auto column = statement.getColumn(i);
            row.push_back(column.isNull() ? "NULL" : column.getString());
        }
        result.push_back(std::move(row));
    }
    return result;
}

std::vector<std::string> column_names(SQLite::Database& db, const std::string& view) {
    SQLite::Statement statement(db, "SELECT * FROM " + view);
    std::vector<std::string> names;
    for (int i = 0; i < statement.getColumnCount(); ++i) names.emplace_back(statement.getColumnName(i));
    return names;
}

class StoreViews : public ::testing::Test {
protected:
    StoreViews() { repository.write(test::small_corpus(), test::small_analysis(), {}); }
    Repository repository{":memory:"};
    SQLite::Database& db = repository.database();
};

TEST_F(StoreViews, StanceMatrixHasOneRowPerCellWithIds) {
    EXPECT_EQ(column_names(db, "stance_matrix"), (std::vector<std::string>{"expert", "claim", "value", "derived"}));
    EXPECT_EQ(rows(db, "SELECT * FROM stance_matrix"), (Rows{
                                                           {"zogg", "csto.russia-controls", "0", "0"},
                                                           {"cornell", "csto.russia-controls", "1", "0"},
                                                           {"cornell", "csto.members-sovereign", "-1", "0"},
                                                           {"cornell", "csto.weak", "1", "1"},
                                                           {"nikitina", "csto.russia-controls", "-2", "0"},
                                                           {"nikitina", "csto.members-sovereign", "1", "0"},
                                                       }));
    EXPECT_EQ(rows(db, "SELECT typeof(value), typeof(derived) FROM stance_matrix LIMIT 1"),
              (Rows{{"integer", "integer"}}));
}

TEST_F(StoreViews, ClaimConsensusGivesCountsMeansAndConsensus) {
    EXPECT_EQ(column_names(db, "claim_consensus"), (std::vector<std::string>{"claim", "n", "mean", "consensus"}));
    EXPECT_EQ(rows(db, "SELECT claim, n FROM claim_consensus"),
              (Rows{{"csto.russia-controls", "3"}, {"csto.members-sovereign", "2"}}));
    SQLite::Statement numbers(db, "SELECT mean, consensus FROM claim_consensus");
    ASSERT_TRUE(numbers.executeStep());
    EXPECT_NEAR(numbers.getColumn(0).getDouble(), -1.0 / 3, 1e-12);
    EXPECT_NEAR(numbers.getColumn(1).getDouble(), 0.5039663461771442, 1e-12);  // 1 + (log2 2/3 + log2 7/12 + log2 11/12) / 3
    ASSERT_TRUE(numbers.executeStep());
    EXPECT_NEAR(numbers.getColumn(0).getDouble(), 0.0, 1e-12);
    EXPECT_NEAR(numbers.getColumn(1).getDouble(), 0.5849625007211562, 1e-12);  // 1 + log2 3/4
    // The query docs/store.md gives for the most contested claims.
    EXPECT_EQ(rows(db, R"(
        SELECT c.claim, claims.text, c.n, round(c.mean, 2) AS mean, round(c.consensus, 3) AS consensus
        FROM claim_consensus AS c JOIN claims ON claims.id = c.claim
        WHERE c.n >= 2
        ORDER BY c.consensus ASC, c.n DESC
        LIMIT 10)"),
              (Rows{{"csto.russia-controls", "Russia controls the CSTO.", "3", "-0.33", "0.504"},
                    {"csto.members-sovereign", "Member states put national sovereignty above bloc logic.", "2", "0.0",
                     "0.585"}}));
}

TEST_F(StoreViews, ExpertAgreementHasEachPairOnceWithTheSmallerIdFirst) {
    EXPECT_EQ(column_names(db, "expert_agreement"),
              (std::vector<std::string>{"a", "b", "shared", "congruence", "conflict", "qualified", "derived", "score"}));
    EXPECT_EQ(rows(db, "SELECT * FROM expert_agreement"), (Rows{
                                                              {"cornell", "zogg", "1", "0", "0", "1", "0", "NULL"},
                                                              {"nikitina", "zogg", "1", "0", "0", "1", "0", "NULL"},
                                                              {"cornell", "nikitina", "2", "0", "2", "0", "0", "-1.0"},
                                                          }));
    EXPECT_EQ(rows(db, "SELECT count(*) FROM expert_agreement WHERE NOT a < b"), (Rows{{"0"}}));
}

TEST(StoreConsensus, OneVoiceIsNullWithItsN) {
    check::Analysis analysis = test::small_analysis();
    analysis.consensus[1] = {1, 1, 1.0, std::nullopt, 1, 0, 0};
    Repository repository{":memory:"};
    repository.write(test::small_corpus(), analysis, {});
    EXPECT_EQ(rows(repository.database(), "SELECT claim, n, consensus FROM claim_consensus WHERE consensus IS NULL"),
              (Rows{{"csto.members-sovereign", "1", "NULL"}}));
}

TEST_F(StoreViews, FindingsNameItemsByIdAndPlacesByPath) {
    EXPECT_EQ(column_names(db, "findings"), (std::vector<std::string>{"kind", "severity", "expert", "claim", "source",
                                                                      "file", "line", "message"}));
    EXPECT_EQ(rows(db, "SELECT * FROM findings"),
              (Rows{
                  {"unsourced", "warning", "zogg", "csto.russia-controls", "NULL", "claims/eurasianet.claims", "12",
                   "zogg's stance on csto.russia-controls has no source"},
                  {"unused-source", "note", "NULL", "NULL", "carnegie-2023", "NULL", "NULL",
                   "nothing cites carnegie-2023"},
                  {"quote-not-found", "warning", "nikitina", "csto.russia-controls", "eurasianet-2022",
                   "claims/eurasianet.claims", "8", "quote not found in texts/eurasianet-2022.txt"},
              }));
}

TEST_F(StoreViews, TablesAreReadableWithoutJoins) {
    EXPECT_EQ(rows(db, "SELECT id, expert, claim, value, verb, source, date, effective_date FROM stances WHERE id IN (0, 2)"),
              (Rows{{"0", "cornell", "csto.russia-controls", "1", "asserts", "eurasianet-2022", "NULL", "2022-10"},
                    {"2", "zogg", "csto.russia-controls", "0", "qualifies", "NULL", "2023-01-02", "2023-01-02"}}));
    EXPECT_EQ(rows(db, "SELECT expert, affiliation FROM expert_affiliations ORDER BY expert, ord"),
              (Rows{{"cornell", "Institute for Security and Development Policy (ISDP)"}, {"cornell", "AFPC"}}));
    EXPECT_EQ(rows(db, "SELECT id, camp FROM experts ORDER BY seq"),
              (Rows{{"zogg", "NULL"}, {"cornell", "Sceptics"}, {"nikitina", "NULL"}}));
    EXPECT_EQ(rows(db, "SELECT stance, claim FROM because ORDER BY stance, ord"),
              (Rows{{"1", "csto.members-sovereign"}, {"1", "csto.weak"}}));
    EXPECT_EQ(rows(db, "SELECT camp, ord, expert FROM camps ORDER BY camp, ord"),
              (Rows{{"0", "0", "nikitina"}, {"0", "1", "zogg"}}));
    EXPECT_EQ(rows(db, "PRAGMA user_version"), (Rows{{std::to_string(schema_version)}}));
    EXPECT_EQ(rows(db, "PRAGMA application_id"), (Rows{{std::to_string(application_id)}}));
}

void expect_same_position(const model::Position& a, const model::Position& b, const std::string& what) {
    EXPECT_EQ(a.file, b.file) << what;
    EXPECT_EQ(a.line, b.line) << what;
    EXPECT_EQ(a.column, b.column) << what;
}

void expect_same_corpus(const model::Corpus& got, const model::Corpus& want) {
    ASSERT_EQ(got.files.size(), want.files.size());
    for (std::size_t i = 0; i < want.files.size(); ++i) {
        EXPECT_EQ(got.files[i].path, want.files[i].path);
        EXPECT_EQ(got.files[i].hash, want.files[i].hash);
    }
    ASSERT_EQ(got.sources.size(), want.sources.size());
    for (std::size_t i = 0; i < want.sources.size(); ++i) {
        const auto &g = got.sources[i], &w = want.sources[i];
        EXPECT_EQ(g.id, w.id);
        EXPECT_EQ(g.title, w.title);
        EXPECT_EQ(g.authors, w.authors);
        EXPECT_EQ(g.publisher, w.publisher);
        EXPECT_EQ(g.date, w.date);
        EXPECT_EQ(g.url, w.url);
        EXPECT_EQ(g.kind, w.kind);
        EXPECT_EQ(g.text, w.text);
        EXPECT_EQ(g.text_path, w.text_path);
        EXPECT_EQ(g.cite, w.cite);
        EXPECT_EQ(g.note, w.note);
        expect_same_position(g.where, w.where, "source " + w.id);
    }
    ASSERT_EQ(got.experts.size(), want.experts.size());
    for (std::size_t i = 0; i < want.experts.size(); ++i) {
        const auto &g = got.experts[i], &w = want.experts[i];
        EXPECT_EQ(g.id, w.id);
        EXPECT_EQ(g.name, w.name);
        EXPECT_EQ(g.affiliations, w.affiliations);
        EXPECT_EQ(g.role, w.role);
        EXPECT_EQ(g.country, w.country);
        EXPECT_EQ(g.camp, w.camp);
        EXPECT_EQ(g.aka, w.aka);
        EXPECT_EQ(g.note, w.note);
        expect_same_position(g.where, w.where, "expert " + w.id);
    }
    ASSERT_EQ(got.topics.size(), want.topics.size());
    for (std::size_t i = 0; i < want.topics.size(); ++i) {
        EXPECT_EQ(got.topics[i].id, want.topics[i].id);
        EXPECT_EQ(got.topics[i].question, want.topics[i].question);
        EXPECT_EQ(got.topics[i].parent, want.topics[i].parent);
        EXPECT_EQ(got.topics[i].note, want.topics[i].note);
        expect_same_position(got.topics[i].where, want.topics[i].where, "topic " + want.topics[i].id);
    }
    ASSERT_EQ(got.claims.size(), want.claims.size());
    for (std::size_t i = 0; i < want.claims.size(); ++i) {
        const auto &g = got.claims[i], &w = want.claims[i];
        EXPECT_EQ(g.id, w.id);
        EXPECT_EQ(g.text, w.text);
        EXPECT_EQ(g.topic, w.topic);
        EXPECT_EQ(g.tags, w.tags);
        EXPECT_EQ(g.date, w.date);
        EXPECT_EQ(g.note, w.note);
        expect_same_position(g.where, w.where, "claim " + w.id);
    }
    ASSERT_EQ(got.relations.size(), want.relations.size());
    for (std::size_t i = 0; i < want.relations.size(); ++i) {
        const auto &g = got.relations[i], &w = want.relations[i];
        EXPECT_EQ(g.kind, w.kind);
        EXPECT_EQ(g.from, w.from);
        EXPECT_EQ(g.to, w.to);
        EXPECT_EQ(g.note, w.note);
        expect_same_position(g.where, w.where, "relation " + std::to_string(i));
    }
    ASSERT_EQ(got.stances.size(), want.stances.size());
    for (std::size_t i = 0; i < want.stances.size(); ++i) {
        const auto &g = got.stances[i], &w = want.stances[i];
        std::string what = "stance " + std::to_string(i);
        EXPECT_EQ(g.expert, w.expert) << what;
        EXPECT_EQ(g.claim, w.claim) << what;
        EXPECT_EQ(g.value, w.value) << what;
        EXPECT_EQ(g.source, w.source) << what;
        ASSERT_EQ(g.quotes.size(), w.quotes.size()) << what;
        for (std::size_t k = 0; k < w.quotes.size(); ++k) {
            EXPECT_EQ(g.quotes[k].text, w.quotes[k].text) << what;
            expect_same_position(g.quotes[k].where, w.quotes[k].where, what + " quote");
        }
        EXPECT_EQ(g.at, w.at) << what;
        EXPECT_EQ(g.date, w.date) << what;
        EXPECT_EQ(g.because, w.because) << what;
        EXPECT_EQ(g.note, w.note) << what;
        expect_same_position(g.where, w.where, what);
    }
}

TEST(StoreFile, WriteThenReadGivesTheSameCorpusAndFindings) {
    test::TemporaryFolder folder;
    auto path = folder.path() / "claims.db";
    auto corpus = test::small_corpus();
    auto analysis = test::small_analysis();
    write_store(path, corpus, analysis);

    Stored stored = read_store(path);
    expect_same_corpus(stored.corpus, corpus);
    EXPECT_EQ(stored.corpus.find_claim("csto.members-sovereign"), 1u);
    EXPECT_EQ(stored.corpus.find_expert("nikitina"), 2u);
    EXPECT_EQ(stored.corpus.find_source("carnegie-2023"), 1u);
    EXPECT_EQ(stored.corpus.find_topic("csto"), 1u);

    ASSERT_EQ(stored.findings.size(), analysis.findings.size());
    for (std::size_t i = 0; i < analysis.findings.size(); ++i) {
        const auto &g = stored.findings[i], &w = analysis.findings[i];
        EXPECT_EQ(g.kind, w.kind);
        EXPECT_EQ(g.severity, w.severity);
        EXPECT_EQ(g.expert, w.expert);
        EXPECT_EQ(g.claim, w.claim);
        EXPECT_EQ(g.source, w.source);
        expect_same_position(g.where, w.where, "finding");
        EXPECT_EQ(g.message, w.message);
    }
    // Only the store is left in the folder: no temporary file.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder.path()), {}), 1);
}

TEST(StoreFile, AnEmptyCorpusRoundTrips) {
    test::TemporaryFolder folder;
    auto path = folder.path() / "empty.db";
    write_store(path, {}, {});
    Stored stored = read_store(path);
    EXPECT_TRUE(stored.corpus.files.empty());
    EXPECT_TRUE(stored.corpus.stances.empty());
    EXPECT_TRUE(stored.findings.empty());
}

TEST(StoreFile, ARebuildReplacesTheOldStore) {
    test::TemporaryFolder folder;
    auto path = folder.path() / "claims.db";
    write_store(path, test::small_corpus(), test::small_analysis());
    auto corpus = test::small_corpus();
    corpus.stances.pop_back();
    write_store(path, corpus, {});
    EXPECT_EQ(read_store(path).corpus.stances.size(), 4u);
    EXPECT_TRUE(read_store(path).findings.empty());
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder.path()), {}), 1);
}

// A write that fails midway leaves the old store byte for byte, and no temporary behind.
void expect_failed_write_keeps_old_store(const check::Analysis& bad) {
    test::TemporaryFolder folder;
    auto path = folder.path() / "claims.db";
    write_store(path, test::small_corpus(), test::small_analysis());
    std::string before = test::bytes_of(path);
    ASSERT_GT(before.size(), 0u);

    auto corpus = test::small_corpus();
    corpus.stances.pop_back();  // a different corpus: a successful write would change the bytes
    EXPECT_ANY_THROW(write_store(path, corpus, bad));

    EXPECT_EQ(test::bytes_of(path), before);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder.path()), {}), 1);
    EXPECT_EQ(read_store(path).corpus.stances.size(), 5u);
}

TEST(StoreFile, FailedWriteOnAConstraintLeavesTheOldStoreUnchanged) {
    // The same claim twice in claim_consensus: SQLite refuses the second row, after the whole
    // corpus has been inserted.
    auto bad = test::small_analysis();
    bad.consensus.push_back(bad.consensus.front());
    expect_failed_write_keeps_old_store(bad);
}

TEST(StoreFile, FailedWriteOnABadReferenceLeavesTheOldStoreUnchanged) {
    auto bad = test::small_analysis();
    bad.findings.push_back({check::FindingKind::unused_expert, diag::Severity::warning, 17, model::none,
                            model::none, {}, "an expert the corpus does not have"});
    expect_failed_write_keeps_old_store(bad);
}

TEST(StoreFile, FailedFirstWriteLeavesNothing) {
    test::TemporaryFolder folder;
    auto path = folder.path() / "claims.db";
    auto bad = test::small_analysis();
    bad.cells.push_back(bad.cells.front());  // (expert, claim) twice
    try {
        write_store(path, test::small_corpus(), bad);
        ADD_FAILURE() << "a duplicate matrix cell was written";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();  // names the store
    }
    EXPECT_TRUE(std::filesystem::is_empty(folder.path()));
}

TEST(StoreFile, NeverOverwritesAFileThatIsNotAStore) {
    test::TemporaryFolder folder;
    auto path = folder.path() / "notes.claims";
    test::write_bytes(path, "claim a \"A\"\n");
    try {
        write_store(path, test::small_corpus(), test::small_analysis());
        FAIL() << "expected an exception";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("is not a stance claim store"), std::string::npos) << e.what();
    }
    EXPECT_EQ(test::bytes_of(path), "claim a \"A\"\n");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder.path()), {}), 1);
}

std::string read_error(const std::filesystem::path& path) {
    try {
        read_store(path);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "(no exception)";
}

TEST(StoreFile, ReadRefusesMissingForeignAndOtherVersionFiles) {
    test::TemporaryFolder folder;
    EXPECT_NE(read_error(folder.path() / "none.db").find("no claim store at"), std::string::npos);

    auto text = folder.path() / "text.db";
    test::write_bytes(text, "not a database at all, but long enough to have a header of a hundred bytes ........");
    EXPECT_NE(read_error(text).find("is not a stance claim store"), std::string::npos) << read_error(text);

    auto other = folder.path() / "other.db";
    {
        SQLite::Database db(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE t (x); PRAGMA user_version = 1");
    }
    EXPECT_NE(read_error(other).find("is not a stance claim store"), std::string::npos) << read_error(other);

    auto newer = folder.path() / "newer.db";
    write_store(newer, test::small_corpus(), test::small_analysis());
    {
        SQLite::Database db(newer, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = " + std::to_string(schema_version + 1));
    }
    std::string message = read_error(newer);
    EXPECT_NE(message.find("schema version " + std::to_string(schema_version + 1)), std::string::npos) << message;
    EXPECT_NE(message.find("reads version " + std::to_string(schema_version)), std::string::npos) << message;
}

}  // namespace
}  // namespace stance::store
