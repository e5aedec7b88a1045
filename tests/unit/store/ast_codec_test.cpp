#include "stance/store/ast_codec.hpp"

#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>

#include "stance/util/hash.hpp"
#include "support/ast_dump.hpp"
#include "support/claims_builder.hpp"

namespace stance::store {
namespace {

std::string dump(const ast::File& file) { return test::dump_ast(file); }

// A file that uses every node, every value type and nested `from` blocks.
ast::File rich_tree() {
    test::ClaimsBuilder b;
    b.comment("CSTO corpus");
    b.include("experts.claims");
    b.source("eurasianet-2022", "Too early to call time on the CSTO",
             {{"publisher", {test::str("Eurasianet")}},
              {"date", {test::date("2022-10")}},
              {"author", {test::str("Kamila Ibragimova"), test::str("Peter Leonard")}},
              {"kind", {test::id("article")}}});
    b.source("bare");
    b.expert("nikitina", "Юлия Никитина", {{"aka", {test::str("Yulia Nikitina")}}});
    b.topic("csto.control", "Who steers the CSTO", {{"parent", {test::id("csto")}}});
    b.claim("csto.russia-controls", "Russia controls the CSTO.", {{"topic", {test::id("csto.control")}},
                                                                     {"date", {test::date("2022-01-05")}},
                                                                     {"rank", {test::num(-42), test::num(7)}}});
    b.relation("csto.members-sovereign", "undermines", "csto.russia-controls");
    b.relation("a", "implies", "b", {{"note", {test::str("why")}}});
    b.from("eurasianet-2022");
    b.from("bare");
    b.stance("cornell", "asserts", "csto.russia-controls", {{"quote", {test::str("Russian pressure")}}});
    b.close();
    b.stance("nikitina", "strongly denies", "csto.russia-controls",
             {{"quote", {test::str("But Nikitina questioned ... the organization.")}},
              {"because", {test::id("csto.members-sovereign")}}});
    b.stance("zogg", "qualifies", "csto.russia-controls");
    b.close();
    ast::File tree = b.tree();
    tree.language = ast::Integer{{0, 10}, 1};
    return tree;
}

TEST(StoreAstCodec, RoundTripKeepsEveryFieldOfARichTree) {
    ast::File tree = rich_tree();
    ASSERT_EQ(tree.statements.size(), 15u);
    std::string blob = encode_ast(tree);
    auto decoded = decode_ast(blob);
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(dump(*decoded), dump(tree));
    // Spot checks that do not depend on the dump.
    const auto& stance = std::get<ast::Stance>(decoded->statements[12]);
    ASSERT_TRUE(stance.strongly.has_value());
    EXPECT_EQ(stance.verb, ast::StanceVerb::denies);
    EXPECT_EQ(std::get<ast::String>(stance.block->attributes[0].values[0]).value,
              "But Nikitina questioned ... the organization.");
    const auto& claim = std::get<ast::Declaration>(decoded->statements[5]);
    EXPECT_EQ(std::get<ast::Integer>(claim.block->attributes[2].values[0]).value, -42);
    EXPECT_EQ(std::get<ast::Date>(claim.block->attributes[1].values[0]).day, 5);
    EXPECT_EQ(std::get<ast::Declaration>(decoded->statements[2]).text, std::nullopt);
}

TEST(StoreAstCodec, RoundTripOfExtremeValues) {
    ast::File tree;
    tree.language = ast::Integer{{UINT32_MAX - 1, UINT32_MAX}, INT64_MIN};
    ast::Declaration d;
    d.kind = ast::DeclarationKind::source;
    d.id = {{0, 0}, ""};
    d.block = ast::Block{{1, 2}, {ast::Attribute{{1, 2}, {{1, 2}, "k"}, {ast::Integer{{1, 2}, INT64_MAX}}}}};
    tree.statements.push_back(d);
    auto decoded = decode_ast(encode_ast(tree));
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(dump(*decoded), dump(tree));
    EXPECT_EQ(decoded->language->value, INT64_MIN);
}

TEST(StoreAstCodec, EmptyFileRoundTrips) {
    auto decoded = decode_ast(encode_ast(ast::File{}));
    ASSERT_TRUE(decoded.has_value());
    EXPECT_FALSE(decoded->language.has_value());
    EXPECT_TRUE(decoded->statements.empty());
}

TEST(StoreAstCodec, RefusesForeignOrDamagedBlobs) {
    std::string blob = encode_ast(rich_tree());
    EXPECT_FALSE(decode_ast("").has_value());
    EXPECT_FALSE(decode_ast("sAST").has_value());
    EXPECT_FALSE(decode_ast("SQLite format 3").has_value());
    // Every truncation and every single flipped byte is refused.
    for (std::size_t size = 0; size < blob.size(); ++size)
        EXPECT_FALSE(decode_ast(std::string_view(blob).substr(0, size)).has_value()) << "truncated to " << size;
    for (std::size_t i = 0; i < blob.size(); ++i) {
        std::string damaged = blob;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x5a);
        EXPECT_FALSE(decode_ast(damaged).has_value()) << "byte " << i;
    }
    EXPECT_FALSE(decode_ast(blob + "x").has_value());
}

TEST(StoreAstCodec, SurvivesRandomBytes) {
    std::mt19937 random(7);
    for (int round = 0; round < 2000; ++round) {
        std::string bytes(random() % 200, '\0');
        for (auto& c : bytes) c = static_cast<char>(random());
        if (round % 2 == 0) bytes.replace(0, std::min<std::size_t>(4, bytes.size()), "sAST");
        EXPECT_FALSE(decode_ast(bytes).has_value());
    }
}

// Damage behind a valid checksum reaches the decoder itself: it must refuse or decode, never
// crash, overrun or allocate without bound (run under the sanitizers in the debug preset).
TEST(StoreAstCodec, DecoderSurvivesDamageBehindAValidChecksum) {
    std::string blob = encode_ast(rich_tree());
    std::string body = blob.substr(0, blob.size() - 32);
    std::mt19937 random(11);
    int refused = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string damaged = body;
        for (int k = 0; k < 1 + round % 3; ++k) damaged[4 + random() % (damaged.size() - 4)] = static_cast<char>(random());
        if (round % 5 == 0) damaged.resize(4 + random() % (damaged.size() - 4));
        if (!decode_ast(damaged + util::content_hash(damaged))) ++refused;
    }
    EXPECT_GT(refused, 0);
}

}  // namespace
}  // namespace stance::store
