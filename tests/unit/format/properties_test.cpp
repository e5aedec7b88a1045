// The properties of `stance fmt` over every corpus in the repository: the CSTO corpus
// (claims/), every *.claims file under tests/data, and the fuzz corpus (files that do not parse
// are left out, as fmt leaves them). Formatting is idempotent; the formatted file parses to the
// same tree (spans aside, attributes in the documented order); every comment is kept, in order
// (a comment inside a block moves with its attribute when the attributes are put in order: in
// such files the comments are only checked to be all there).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "grammar/parse.hpp"
#include "stance/format/attribute_order.hpp"
#include "stance/format/format.hpp"
#include "support/ast_dump.hpp"
#include "support/run_command.hpp"

namespace stance::test {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> corpus_files() {
    std::vector<std::string> files;
    fs::path root = STANCE_SOURCE_DIR;
    for (const char* folder : {"claims", "tests/data", "fuzz/corpus"})
        for (const auto& entry : fs::recursive_directory_iterator(root / folder))
            if (entry.is_regular_file() && (entry.path().extension() == ".claims" || std::string(folder) == "fuzz/corpus"))
                files.push_back(fs::relative(entry.path(), root).string());
    std::sort(files.begin(), files.end());
    return files;
}

// The comments of a text, as written from '#' (trailing blanks aside), in order; read here
// without the formatter's comment finder: a line's '#' outside strings, with escapes honoured.
struct CommentAt {
    std::size_t offset;
    std::string text;
};

std::vector<CommentAt> comments_at(const std::string& text) {
    std::vector<CommentAt> comments;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (in_string) {
            if (text[i] == '\\') ++i;
            else if (text[i] == '"') in_string = false;
        } else if (text[i] == '"') {
            in_string = true;
        } else if (text[i] == '#') {
            std::size_t end = std::min(text.find('\n', i), text.size());
            std::string comment = text.substr(i, end - i);
            while (!comment.empty() && (comment.back() == ' ' || comment.back() == '\t' || comment.back() == '\r'))
                comment.pop_back();
            comments.push_back({i, comment});
            i = end;
        }
    }
    return comments;
}

std::vector<std::string> comments_of(const std::string& text) {
    std::vector<std::string> texts;
    for (auto& c : comments_at(text)) texts.push_back(c.text);
    return texts;
}

// Whether fmt puts in order the attributes of a block that holds a comment.
bool reorders_commented_block(const std::string& text) {
    util::SourceFile file(0, "x.claims", text);
    diag::Sink sink;
    ast::File tree = grammar::parse(file, sink);
    ast::File sorted = tree;
    format::sort_attributes(sorted);
    auto comments = comments_at(text);
    for (std::size_t i = 0; i < tree.statements.size(); ++i) {
        auto block_of = [](const ast::Statement& s) -> const ast::Block* {
            if (auto* d = std::get_if<ast::Declaration>(&s)) return d->block ? &*d->block : nullptr;
            if (auto* r = std::get_if<ast::Relation>(&s)) return r->block ? &*r->block : nullptr;
            if (auto* t = std::get_if<ast::Stance>(&s)) return t->block ? &*t->block : nullptr;
            return nullptr;
        };
        const ast::Block* before = block_of(tree.statements[i]);
        const ast::Block* after = block_of(sorted.statements[i]);
        if (!before) continue;
        bool moved = false;
        for (std::size_t j = 0; j < before->attributes.size(); ++j)
            moved = moved || before->attributes[j].span.begin != after->attributes[j].span.begin;
        bool commented = std::any_of(comments.begin(), comments.end(), [&](const CommentAt& c) {
            return c.offset > before->span.begin && c.offset < before->span.end;
        });
        if (moved && commented) return true;
    }
    return false;
}

struct Parsed {
    bool clean = false;
    std::string tree;  // span-free dump, attributes in the documented order
};

Parsed parse_text(const std::string& text) {
    util::SourceFile file(0, "x.claims", text);
    diag::Sink sink;
    ast::File tree = grammar::parse(file, sink);
    format::sort_attributes(tree);
    return {!sink.has_errors(), dump_ast(tree, false)};
}

std::optional<std::string> formatted(const std::string& text) {
    util::SourceFile file(0, "x.claims", text);
    diag::Sink sink;
    return format::format(file, sink);
}

class FormatProperties : public ::testing::TestWithParam<std::string> {};

TEST_P(FormatProperties, IdempotentSameTreeEveryComment) {
    std::string text = read_text(fs::path(STANCE_SOURCE_DIR) / GetParam());
    Parsed original = parse_text(text);
    std::optional<std::string> once = formatted(text);
    ASSERT_EQ(once.has_value(), original.clean) << "fmt formats exactly the files that parse without errors";
    if (!once) return;  // does not parse, and fmt left it as it is: all there is to check

    std::optional<std::string> twice = formatted(*once);
    ASSERT_TRUE(twice.has_value());
    EXPECT_EQ(*twice, *once) << "not idempotent";

    Parsed again = parse_text(*once);
    EXPECT_TRUE(again.clean);
    EXPECT_EQ(again.tree, original.tree) << "the formatted file says something else:\n" << *once;

    std::vector<std::string> kept = comments_of(*once), written = comments_of(text);
    if (reorders_commented_block(text)) {
        std::sort(kept.begin(), kept.end());
        std::sort(written.begin(), written.end());
    }
    EXPECT_EQ(kept, written);
}

INSTANTIATE_TEST_SUITE_P(Corpora, FormatProperties, ::testing::ValuesIn(corpus_files()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

}  // namespace
}  // namespace stance::test
