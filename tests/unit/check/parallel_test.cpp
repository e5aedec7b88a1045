// The checks run their per-expert and per-claim halves on two threads; the analysis must be the
// one of running them in sequence, member by member, whatever the options.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "stance/check/analysis.hpp"
#include "stance/check/consistency.hpp"
#include "stance/check/graph.hpp"
#include "stance/check/matrix.hpp"
#include "stance/model/load.hpp"
#include "unit/store/store_fixture.hpp"

namespace stance::check {
namespace {

// A corpus with camps, shifts, inconsistencies and both kinds of disagreement: 60 experts, 80
// claims with implications and contradictions, 12 dated sources, stances drawn by splitmix64.
std::string generated_corpus() {
    std::uint64_t state = 42;
    auto next = [&state] {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    };
    std::string text;
    for (int e = 0; e < 60; ++e) text += "expert e" + std::to_string(e) + " \"E" + std::to_string(e) + "\"\n";
    for (int c = 0; c < 80; ++c) text += "claim c" + std::to_string(c) + " \"C" + std::to_string(c) + ".\"\n";
    for (int c = 0; c + 1 < 80; c += 4) text += "c" + std::to_string(c) + " implies c" + std::to_string(c + 1) + "\n";
    for (int c = 2; c + 1 < 80; c += 8) text += "c" + std::to_string(c) + " contradicts c" + std::to_string(c + 1) + "\n";
    const char* verbs[] = {"strongly asserts", "asserts", "qualifies", "denies", "strongly denies"};
    for (int s = 0; s < 12; ++s) {
        text += "source s" + std::to_string(s) + " \"S\" { date 20" + std::to_string(10 + s) + "-01-01 }\nfrom s" +
                std::to_string(s) + " {\n";
        for (int i = 0; i < 120; ++i) {
            const std::uint64_t e = next() % 60, c = next() % 80;
            // Each expert mostly follows one of three camps; now and then a verb at random.
            const std::uint64_t camp = (e % 3 + c) % 5;
            const std::uint64_t verb = next() % 8 == 0 ? next() % 5 : camp;
            text += "  e" + std::to_string(e) + " " + verbs[verb] + " c" + std::to_string(c);
            text += next() % 2 ? " { quote \"q\" }\n" : "\n";
        }
        text += "}\n";
    }
    return text;
}

// The generated corpus with `extra` after it, loaded (from a file, as stance loads claims).
model::Loaded load_generated(const std::string& extra = {}) {
    store::test::TemporaryFolder folder;
    store::test::write_bytes(folder.path() / "g.claims", generated_corpus() + extra);
    model::LoadOptions load;
    load.paths = {folder.path() / "g.claims"};
    return model::load(load);
}

// An unused claim and an unsourced stance, so that the checks of the corpus as written find something.
constexpr const char* unused_and_unsourced = "claim unused \"U.\"\ne1 asserts c1\n";

// The members that the claim store keeps (analyse_for_store), one by one.
void expect_same_stored_members(const Analysis& actual, const Analysis& expected) {
    EXPECT_EQ(actual.cells, expected.cells);
    EXPECT_EQ(actual.consensus, expected.consensus);
    EXPECT_EQ(actual.agreement, expected.agreement);
    EXPECT_EQ(actual.camps, expected.camps);
    EXPECT_EQ(actual.unplaced, expected.unplaced);
    EXPECT_EQ(actual.expert_order, expected.expert_order);
    EXPECT_EQ(actual.inconsistencies, expected.inconsistencies);
    EXPECT_EQ(actual.shifts, expected.shifts);
    EXPECT_EQ(actual.findings, expected.findings);
}

TEST(AnalyseInParallel, SameAnalysisAsInSequence) {
    const model::Loaded loaded = load_generated();
    ASSERT_FALSE(loaded.diagnostics.has_errors());

    for (bool with_derived : {false, true})
        for (bool direct_only : {false, true}) {
            AnalyseOptions options{.check_quotes = false, .with_derived = with_derived, .direct_only = direct_only};
            options.parallel = false;
            const Analysis in_sequence = analyse(loaded.corpus, options);
            options.parallel = true;
            const Analysis in_parallel = analyse(loaded.corpus, options);
            SCOPED_TRACE(testing::Message() << "with_derived " << with_derived << ", direct_only " << direct_only);
            // Not a corpus where the halves have nothing to do.
            EXPECT_GT(in_sequence.agreement.size(), 100u);
            EXPECT_FALSE(in_sequence.camps.empty());
            EXPECT_FALSE(in_sequence.inconsistencies.empty());
            EXPECT_FALSE(in_sequence.shifts.empty());
            EXPECT_FALSE(in_sequence.direct.empty());
            expect_same_stored_members(in_parallel, in_sequence);
            EXPECT_EQ(in_parallel.camp_labels, in_sequence.camp_labels);
            EXPECT_EQ(in_parallel.direct, in_sequence.direct);
            EXPECT_EQ(in_parallel.indirect, in_sequence.indirect);
            EXPECT_EQ(in_parallel.evidence, in_sequence.evidence);
        }
}

// `stance build` computes what the store keeps: those members of the whole analysis, the others
// left empty.
TEST(AnalyseForStore, SameStoredMembersAsTheWholeAnalysis) {
    const model::Loaded loaded = load_generated(unused_and_unsourced);
    ASSERT_FALSE(loaded.diagnostics.has_errors());

    for (bool with_derived : {false, true})
        for (bool direct_only : {false, true})
            for (bool parallel : {false, true}) {
                AnalyseOptions options{.check_quotes = false, .with_derived = with_derived, .direct_only = direct_only};
                options.parallel = parallel;
                const Analysis whole = analyse(loaded.corpus, options);
                const Analysis stored = analyse_for_store(loaded.corpus, options);
                SCOPED_TRACE(testing::Message() << "with_derived " << with_derived << ", direct_only " << direct_only
                                                << ", parallel " << parallel);
                EXPECT_FALSE(whole.camps.empty());
                EXPECT_FALSE(whole.findings.empty());
                EXPECT_EQ(stored.options, whole.options);
                expect_same_stored_members(stored, whole);
                EXPECT_TRUE(stored.camp_labels.empty());
                EXPECT_TRUE(stored.direct.empty());
                EXPECT_TRUE(stored.indirect.empty());
                EXPECT_TRUE(stored.evidence.empty());
            }
}

// `stance check` computes the findings alone, the matrix on one thread and the checks of the
// corpus as written on the other: the findings of the whole analysis, in sequence or not.
TEST(AnalyseFindings, SameFindingsAsTheWholeAnalysis) {
    const model::Loaded loaded = load_generated(unused_and_unsourced);
    ASSERT_FALSE(loaded.diagnostics.has_errors());

    for (bool direct_only : {false, true}) {
        AnalyseOptions options{.check_quotes = false, .direct_only = direct_only};
        const std::vector<Finding> expected = analyse(loaded.corpus, options).findings;
        SCOPED_TRACE(testing::Message() << "direct_only " << direct_only);
        auto has = [&](FindingKind kind) {
            return std::any_of(expected.begin(), expected.end(), [&](const Finding& f) { return f.kind == kind; });
        };
        EXPECT_TRUE(has(FindingKind::inconsistent));
        EXPECT_TRUE(has(FindingKind::shift));
        EXPECT_TRUE(has(FindingKind::unused_claim));
        EXPECT_TRUE(has(FindingKind::unsourced));
        for (bool parallel : {false, true}) {
            options.parallel = parallel;
            EXPECT_EQ(analyse_findings(loaded.corpus, options), expected) << "parallel " << parallel;
        }
    }
}

// The experts' consistency, shared by two cores: the inconsistencies of every expert, in expert
// order, as in sequence. Every expert here is inconsistent (each asserts two claims that
// contradict each other), with more stances for some, so that none may be lost at the split.
TEST(InconsistenciesInParallel, SameAsInSequence) {
    std::string text = "claim a \"A.\"\nclaim b \"B.\"\na contradicts b\n";
    for (int c = 0; c < 30; ++c) text += "claim c" + std::to_string(c) + " \"C.\"\n";
    for (int e = 0; e < 41; ++e) {
        const std::string expert = "e" + std::to_string(e);
        text += "expert " + expert + " \"E\"\n" + expert + " asserts a\n" + expert + " asserts b\n";
        for (int c = 0; c < e % 7 * 4; ++c) text += expert + " asserts c" + std::to_string(c) + "\n";
    }
    store::test::TemporaryFolder folder;
    store::test::write_bytes(folder.path() / "i.claims", text);
    model::LoadOptions load;
    load.paths = {folder.path() / "i.claims"};
    const model::Loaded loaded = model::load(load);
    ASSERT_FALSE(loaded.diagnostics.has_errors());
    const model::Corpus& corpus = loaded.corpus;
    const StatedMatrix matrix = build_matrix(corpus, false);
    const ImplicationGraph graph(corpus);
    const auto in_sequence = find_inconsistencies(corpus, matrix, graph, false);
    EXPECT_EQ(in_sequence.size(), corpus.experts.size());
    EXPECT_EQ(find_inconsistencies(corpus, matrix, graph, true), in_sequence);
    EXPECT_EQ(find_commitments(corpus, matrix, graph).inconsistencies, in_sequence);
}

}  // namespace
}  // namespace stance::check
