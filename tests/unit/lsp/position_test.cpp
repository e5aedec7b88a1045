#include "stance/lsp/position.hpp"

#include <gtest/gtest.h>

#include "stance/lsp/uri.hpp"

namespace stance::lsp {
namespace {

// "é" is 2 bytes and one UTF-16 unit; "😀" is 4 bytes and two UTF-16 units.
const util::SourceFile file(0, "a.claims", "ab\n\xC3\xA9x\xF0\x9F\x98\x80y\nlast");

TEST(Position, ByteOffsetsBecomeUtf16Characters) {
    EXPECT_EQ(to_position(file, 0, Encoding::utf16).line, 0u);
    Position y = to_position(file, 10, Encoding::utf16);  // 'y' on line 2
    EXPECT_EQ(y.line, 1u);
    EXPECT_EQ(y.character, 4u);  // é, x, and the two units of 😀
    EXPECT_EQ(to_position(file, 10, Encoding::utf8).character, 7u);
}

TEST(Position, CharactersBecomeByteOffsetsAndAreClamped) {
    EXPECT_EQ(to_offset(file, {1, 4}, Encoding::utf16), 10u);
    EXPECT_EQ(to_offset(file, {1, 7}, Encoding::utf8), 10u);
    EXPECT_EQ(to_offset(file, {1, 99}, Encoding::utf16), 11u);  // the end of line 2
    EXPECT_EQ(to_offset(file, {9, 0}, Encoding::utf16), file.text().size());
}

TEST(Position, RoundTripsEveryCharacterBoundary) {
    for (std::uint32_t offset : {0u, 1u, 2u, 3u, 5u, 6u, 10u, 11u, 12u, 16u})
        for (auto encoding : {Encoding::utf16, Encoding::utf8})
            EXPECT_EQ(to_offset(file, to_position(file, offset, encoding), encoding), offset) << offset;
}

TEST(Uri, FileUrisAndPathsRoundTrip) {
    std::filesystem::path path = "/tmp/a b/ö#1.claims";
    std::string uri = uri_from_path(path);
    EXPECT_EQ(uri, "file:///tmp/a%20b/%C3%B6%231.claims");
    EXPECT_EQ(path_from_uri(uri), path);
    EXPECT_EQ(path_from_uri("file://localhost/x/y.claims"), std::filesystem::path("/x/y.claims"));
}

TEST(Uri, OtherSchemesHostsAndBadEscapesAreRefused) {
    EXPECT_FALSE(path_from_uri("untitled:Untitled-1"));
    EXPECT_FALSE(path_from_uri("file://server/share/a.claims"));
    EXPECT_FALSE(path_from_uri("file:///a%zz"));
    EXPECT_FALSE(path_from_uri("file:///a%00b"));
    EXPECT_FALSE(path_from_uri("file:"));
}

}  // namespace
}  // namespace stance::lsp
