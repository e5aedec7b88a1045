// A store keeps everything the checks read: the checks run on a corpus read back from a store
// find what they found on the corpus loaded from the claims files.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stance/check/analysis.hpp"
#include "stance/model/load.hpp"
#include "stance/store/store.hpp"
#include "unit/store/store_fixture.hpp"

namespace stance::store {
namespace {

const char* const corpus_text = R"(source eurasianet-2022 "Too early to call time on the CSTO" {
  publisher "Eurasianet"
  date 2022-10
  author "Kamila Ibragimova", "Peter Leonard"
}
source carnegie-2024 "The CSTO after Armenia" { date 2024-02 }
expert cornell "Svante Cornell" { affiliation "ISDP" role "director" }
expert nikitina "Yulia Nikitina" { affiliation "MGIMO University" aka "Юлия Никитина" }
expert zogg "Benno Zogg"
topic csto.control "Who steers the CSTO"
claim csto.russia-controls "Russia controls the CSTO." { topic csto.control tag russia }
claim csto.members-sovereign "Member states put national sovereignty above bloc logic." {
  topic csto.control
}
claim csto.hollow "The CSTO is an empty shell."
claim csto.unused "Nobody takes this up."
csto.members-sovereign undermines csto.russia-controls
csto.russia-controls implies csto.hollow
from eurasianet-2022 {
  cornell asserts csto.russia-controls {
    quote "it must refrain from doing so as a result of Russian pressure"
    at "para. 4"
  }
  nikitina strongly denies csto.russia-controls {
    reported "But Nikitina questioned the notion that Russia controls the organization."
    because csto.members-sovereign
  }
  zogg asserts csto.hollow {
    quote "an empty shell"
    reported "Zogg calls it hollow" reported-by cornell
  }
}
from carnegie-2024 {
  zogg denies csto.hollow
  cornell denies csto.hollow
}
nikitina qualifies csto.hollow
)";

using Rows = std::vector<std::vector<std::string>>;

Rows rows(const std::filesystem::path& store, const std::string& query) {
    SQLite::Database db(store, SQLite::OPEN_READONLY);
    SQLite::Statement statement(db, query);
    Rows result;
    while (statement.executeStep()) {
        std::vector<std::string> row;
        for (int i = 0; i < statement.getColumnCount(); ++i)
            row.push_back(statement.getColumn(i).isNull() ? "NULL" : statement.getColumn(i).getString());
        result.push_back(std::move(row));
    }
    return result;
}

TEST(StoreRoundTrip, ChecksOnTheStoredCorpusFindTheSame) {
    test::TemporaryFolder folder;
    test::write_bytes(folder.path() / "csto.claims", corpus_text);
    model::LoadOptions options;
    options.paths = {folder.path() / "csto.claims"};
    model::Loaded loaded = model::load(options);
    ASSERT_FALSE(loaded.diagnostics.has_errors());
    auto first = folder.path() / "first.db";
    write_store(first, loaded.corpus, check::analyse(loaded.corpus));

    Stored stored = read_store(first);
    auto second = folder.path() / "second.db";
    write_store(second, stored.corpus, check::analyse(stored.corpus));

    const std::vector<std::string> queries = {
        "SELECT * FROM stance_matrix",       "SELECT * FROM claim_consensus", "SELECT * FROM expert_agreement",
        "SELECT * FROM findings",            "SELECT * FROM stances",         "SELECT * FROM quotes",
        "SELECT * FROM because",             "SELECT * FROM sources",         "SELECT * FROM source_authors",
        "SELECT * FROM experts",             "SELECT * FROM expert_aka",      "SELECT * FROM claims",
        "SELECT * FROM claim_tags",          "SELECT * FROM relations",       "SELECT * FROM matrix_cells",
        "SELECT * FROM camps",               "SELECT * FROM files",
    };
    for (const auto& query : queries) EXPECT_EQ(rows(second, query), rows(first, query)) << query;
    // Whose words each quote is, as written and as read back.
    const Rows words = {{"0", "0", "own", "NULL"},
                        {"1", "0", "reported", "NULL"},
                        {"2", "0", "own", "NULL"},
                        {"2", "1", "reported", "cornell"}};
    EXPECT_EQ(rows(first, "SELECT stance, ord, words, reported_by FROM quotes ORDER BY stance, ord"), words);
    const auto& hollow = stored.corpus.stances[2].quotes;
    ASSERT_EQ(hollow.size(), 2u);
    EXPECT_EQ(hollow[0].words, model::Words::own);
    EXPECT_EQ(hollow[1].words, model::Words::reported);
    EXPECT_EQ(hollow[1].reported_by, stored.corpus.find_expert("cornell"));
    EXPECT_EQ(stored.corpus.stances[1].quotes.at(0).reported_by, model::none);
    // The corpus is not trivial: every view has rows.
    for (const char* view : {"stance_matrix", "claim_consensus", "expert_agreement", "findings"})
        EXPECT_FALSE(rows(first, std::string("SELECT * FROM ") + view).empty()) << view;
}

}  // namespace
}  // namespace stance::store
