// Quote checks: normalisation, matching with gaps, the closest passage, missing texts.
#include <gtest/gtest.h>

#include "stance/check/analysis.hpp"
#include "stance/check/normalise.hpp"
#include "stance/check/quotes.hpp"
#include "unit/check/corpus_builder.hpp"

namespace stance::check {
namespace {

using test::CorpusBuilder;

// tests/data/check/texts/article.txt, as bytes:
//   The organisation’s “collective security” is a ﬁction — members said so\n
//   in 2022. Russia’s\n
//      pressure matters, but the bloc endures.\n
const std::string article = std::string(STANCE_TEST_DATA) + "/check/texts/article.txt";

TEST(CheckNormalise, FoldsQuotesDashesSpaceAndCompatibilityForms) {
    EXPECT_EQ(normalise_text("\xef\xac\x81nal"), "final");                          // ﬁ ligature (NFKC)
    EXPECT_EQ(normalise_text("\xe2\x80\x9cyes\xe2\x80\x9d, \xe2\x80\x98no\xe2\x80\x99"), "\"yes\", 'no'");
    EXPECT_EQ(normalise_text("\xc2\xab" "bloc" "\xc2\xbb \xe2\x80\x9e" "a" "\xe2\x80\x9f"), "\"bloc\" \"a\"");
    EXPECT_EQ(normalise_text("5\xe2\x80\xb2 6\xe2\x80\xb3"), "5' 6\"");             // primes (″ folded before NFKC)
    // ‐ ‑ ‒ – — ― and the minus sign
    EXPECT_EQ(normalise_text("\xe2\x80\x90\xe2\x80\x91\xe2\x80\x92\xe2\x80\x93\xe2\x80\x94\xe2\x80\x95\xe2\x88\x92"),
              "-------");
    EXPECT_EQ(normalise_text("  one\n\t two \xc2\xa0 three\r\n"), "one two three");  // no-break space too
    EXPECT_EQ(normalise_text("co\xc2\xad" "operation"), "cooperation");            // soft hyphen dropped
    EXPECT_EQ(normalise_text("wait\xe2\x80\xa6"), "wait...");
    EXPECT_EQ(normalise_text("Case Kept"), "Case Kept");
    EXPECT_EQ(normalise_text("bad \xff byte"), "bad \xef\xbf\xbd byte");             // U+FFFD
    EXPECT_EQ(normalise_text("e\xcc\x81"), "\xc3\xa9");                             // composed
}

TEST(CheckQuotes, PartsMustAppearInOrder) {
    const std::string text = "alpha beta gamma delta";
    EXPECT_TRUE(quote_found(text, "beta gamma"));
    EXPECT_TRUE(quote_found(text, "alpha ... delta"));
    EXPECT_TRUE(quote_found(text, "alpha...gamma ... delta"));
    EXPECT_TRUE(quote_found(text, "beta gamma delta...."));  // a gap then the sentence's full stop
    EXPECT_FALSE(quote_found(text, "delta ... alpha"));
    EXPECT_FALSE(quote_found(text, "Alpha"));  // case-sensitive
    EXPECT_TRUE(quote_found(text, "..."));
}

TEST(CheckQuotes, ClosestPassageByWordOverlap) {
    const std::string text = normalise_text(
        "The organisation\xe2\x80\x99s \xe2\x80\x9c" "collective security\xe2\x80\x9d is a \xef\xac\x81" "ction "
        "\xe2\x80\x94 members said so\nin 2022. Russia\xe2\x80\x99s\n   pressure matters, but the bloc endures.\n");
    // Words (punctuation-only "-" is no word): 0 The, 1 organisation's, 2 "collective, 3 security",
    // 4 is, 5 a, 6 fiction, 7 members, 8 said, 9 so, 10 in, 11 2022., 12 Russia's, 13 pressure,
    // 14 matters,, 15 but, 16 the, 17 bloc, 18 endures.
    // "Russia controls the bloc" (4 words: russia, controls, the, bloc): windows of 4 words
    // score 1 at 0 (The), first 2 at 14 (matters, but, the, bloc); shown with words 12..18.
    EXPECT_EQ(closest_passage(text, "Russia controls the bloc"), "…Russia's pressure matters, but the bloc endures.");
    // "collective security was" shares 2 words with the windows starting at 1 (organisation's,
    // collective, security) and 2 (collective, security, is); the tie goes to 2, whose words stand
    // where the quote has them. Shown with words 0..6, text goes on after.
    EXPECT_EQ(closest_passage(text, "collective security was"),
              "The organisation's \"collective security\" is a fiction…");
    EXPECT_EQ(closest_passage(text, "zebra"), "");
}

TEST(CheckQuotes, FoundDespiteTypographyLigaturesLineBreaksAndGaps) {
    CorpusBuilder b;
    const Index art = b.source("art", {}, "", "texts/article.txt", article);
    const Index ann = b.expert("ann");
    const Index x = b.claim("x");
    b.stance(ann, 1, x,
             {.source = art,
              .quotes = {"The organisation's \"collective security\" is a fiction - members said so in 2022.",
                         "Russia\xe2\x80\x99s pressure matters ... the bloc endures.",
                         "is a \xef\xac\x81" "ction \xe2\x80\xa6 bloc endures", "said so\n   in 2022"}});
    const Analysis analysis = analyse(b.corpus());
    EXPECT_TRUE(analysis.findings.empty()) << analysis.findings.front().message;
}

TEST(CheckQuotes, NotFoundShowsTheClosestPassage) {
    CorpusBuilder b;
    const Index art = b.source("art", {}, "", "texts/article.txt", article);  // 1
    const Index ann = b.expert("ann");                                      // 2
    const Index x = b.claim("x");                                           // 3
    b.stance(ann, 1, x, {.source = art, .quotes = {"Russia controls the bloc"}});                 // 4
    b.stance(ann, 1, x, {.source = art, .quotes = {"the bloc endures ... Russia's pressure"}});   // 5
    const Analysis analysis = analyse(b.corpus());
    ASSERT_EQ(analysis.findings.size(), 2u);
    const Finding& f = analysis.findings[0];
    EXPECT_EQ(f.kind, FindingKind::quote_not_found);
    EXPECT_EQ(f.severity, diag::Severity::warning);
    EXPECT_EQ(f.where.line, 4u);
    EXPECT_EQ(f.where.column, 5u);  // the quote's own place
    EXPECT_EQ(f.expert, ann);
    EXPECT_EQ(f.claim, x);
    EXPECT_EQ(f.source, art);
    EXPECT_EQ(
        f.message,
        "quote not found in the text of art; closest passage: \"…Russia's pressure matters, but the bloc endures.\"; "
        "word by word: [-Russia controls-] {+matters, but+} the bloc");
    // Out of order: the second part is not found after the first; its closest passage is where
    // it stands (words 10..15: "in 2022. Russia's pressure matters, but").
    EXPECT_EQ(analysis.findings[1].where.line, 5u);
    EXPECT_EQ(analysis.findings[1].message,
              "quote not found in the text of art: \"Russia's pressure\"; closest passage: "
              "\"…in 2022. Russia's pressure matters, but…\"");
}

TEST(CheckQuotes, WordDiffMarksWhatOnlyTheQuoteOrOnlyThePassageHas) {
    EXPECT_EQ(word_diff("the bloc is dead", "the bloc is dead"), "the bloc is dead");
    EXPECT_EQ(word_diff("the bloc is dead", "the bloc was dead"), "the bloc [-is-] {+was+} dead");
    EXPECT_EQ(word_diff("the alliance is dead", "the bloc is not dead"), "the [-alliance-] {+bloc+} is {+not+} dead");
    EXPECT_EQ(word_diff("a b c", "x y"), "[-a b c-] {+x y+}");
    // Exact words: a change of case or punctuation shows.
    EXPECT_EQ(word_diff("the CSTO is", "the csto is,"), "the [-CSTO is-] {+csto is,+}");
    EXPECT_EQ(word_diff("", "a"), "{+a+}");
    // Too long to compare in reasonable time and space: no diff rather than a quadratic one.
    std::string long_quote;
    for (int i = 0; i < 1001; ++i) long_quote += "w ";
    EXPECT_EQ(word_diff(long_quote, "w"), "");
}

TEST(CheckQuotes, FindPassagesGivesLineParagraphAndSentence) {
    const std::string text =
        "Title\n"
        "\n"
        "First paragraph. The bloc is \xe2\x80\x9c" "dead\xe2\x80\x9d, Ann said. Then more.\n"
        "\n"
        "Second: the bloc lives! Or so Bob thinks\n";
    const auto dead = find_passages(text, "THE BLOC", 10);
    ASSERT_EQ(dead.size(), 2u);
    EXPECT_EQ(dead[0].line, 3u);
    EXPECT_EQ(dead[0].paragraph, 2u);  // blank lines are no paragraphs
    EXPECT_EQ(dead[0].sentence, "The bloc is \"dead\", Ann said.");  // normalised: it matches as a quote
    EXPECT_EQ(dead[1].line, 5u);
    EXPECT_EQ(dead[1].sentence, "Second: the bloc lives!");
    // Gaps, and a passage that runs over sentences keeps them all.
    const auto gap = find_passages(text, "first ... is", 10);
    ASSERT_EQ(gap.size(), 1u);
    EXPECT_EQ(gap[0].sentence, "First paragraph. The bloc is \"dead\", Ann said.");
    EXPECT_EQ(find_passages(text, "Or so Bob", 10).at(0).sentence, "Or so Bob thinks");
    EXPECT_TRUE(find_passages(text, "the bloc is alive", 10).empty());
    EXPECT_EQ(find_passages(text, "the bloc", 1).size(), 1u);  // at most the limit
    EXPECT_TRUE(find_passages(text, "...", 10).empty());      // no words, nothing to find
}

TEST(CheckQuotes, ReportedPassagesAreCheckedAlike) {
    CorpusBuilder b;
    const Index art = b.source("art", {}, "", "texts/article.txt", article);
    const Index ann = b.expert("ann");
    const Index x = b.claim("x");
    b.stance(ann, 1, x, {.source = art, .quotes = {"Russia's pressure matters", "Russia controls the bloc"}});
    for (auto& quote : b.corpus().stances[0].quotes) quote.words = model::Words::reported;
    const Analysis analysis = analyse(b.corpus());
    ASSERT_EQ(analysis.findings.size(), 1u);  // the first is in the text
    EXPECT_EQ(analysis.findings[0].kind, FindingKind::quote_not_found);
    EXPECT_EQ(analysis.findings[0].message.rfind("reported passage not found in the text of art", 0), 0u)
        << analysis.findings[0].message;
}

TEST(CheckQuotes, MissingTextIsANoteAndItsQuotesAreNotChecked) {
    CorpusBuilder b;
    const Index gone = b.source("gone", {}, "", "texts/gone.txt", "");                          // 1: not found
    const Index bad = b.source("bad", {}, "", "texts/bad.txt", std::string(STANCE_TEST_DATA) + "/check/none.txt");  // 2
    const Index plain = b.source("plain");                                                     // 3: no text
    const Index ann = b.expert("ann");
    const Index x = b.claim("x");
    for (Index s : {gone, bad, plain}) b.stance(ann, 1, x, {.source = s, .quotes = {"whatever"}});
    const Analysis analysis = analyse(b.corpus());
    ASSERT_EQ(analysis.findings.size(), 2u);
    EXPECT_EQ(analysis.findings[0].kind, FindingKind::text_not_found);
    EXPECT_EQ(analysis.findings[0].severity, diag::Severity::note);
    EXPECT_EQ(analysis.findings[0].source, gone);
    EXPECT_EQ(analysis.findings[0].where.line, 1u);
    EXPECT_EQ(analysis.findings[1].kind, FindingKind::text_not_found);
    EXPECT_EQ(analysis.findings[1].source, bad);
}

}  // namespace
}  // namespace stance::check
