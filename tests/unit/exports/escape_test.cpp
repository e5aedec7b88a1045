// Each format's escaping on its own: what the consumers read back is tested in consumer_test;
// here, that nothing in a hostile string can end the quoted or marked-up context it sits in.
#include <gtest/gtest.h>

#include "stance/exports/escape.hpp"
#include "stance/exports/label.hpp"

namespace stance::exports {
namespace {

TEST(ExportEscape, DotQuotesBackslashesNewlinesAndEntities) {
    EXPECT_EQ(dot_escape("a \"b\" \\n &amp; <c>\nd\x01\u00e9"), "a \\\"b\\\" \\\\n &amp;amp; <c>\\nd \u00e9");
}

TEST(ExportEscape, ArgdownEscapesEveryPunctuationCharacter) {
    EXPECT_EQ(argdown_escape("[a] <b> #c {d} // e\nf \u00e9 1.5"), "\\[a\\] \\<b\\> \\#c \\{d\\} \\/\\/ e f \u00e9 1\\.5");
}

TEST(ExportLabel, CutsAtAWordAndWrapsByCharacters) {
    EXPECT_EQ(cut("short", 10), "short");
    EXPECT_EQ(cut("one two three four", 10), "one two\u2026");
    EXPECT_EQ(cut("\u00e9\u00e9\u00e9\u00e9", 2), "\u00e9\u00e9\u2026");
    EXPECT_EQ(wrap("one two three four", 9), "one two\nthree\nfour");
    // Two-byte characters count once: eight of them fit a width of 8.
    EXPECT_EQ(wrap("\u00e9\u00e9\u00e9\u00e9 \u00e9\u00e9\u00e9 x", 8), "\u00e9\u00e9\u00e9\u00e9 \u00e9\u00e9\u00e9\nx");
    EXPECT_EQ(wrap("averyveryverylongword x", 5), "averyveryverylongword\nx");
}

}  // namespace
}  // namespace stance::exports
