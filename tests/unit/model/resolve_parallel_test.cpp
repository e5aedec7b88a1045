// Files are resolved on several threads and joined in file order: the corpus and every
// diagnostic must be those of resolving them one after another, errors included (a failed
// reference is reported at the join, as what is said of it depends on the references before it).
// Trees given up to the resolver may give their strings to the corpus (take_strings): the corpus
// is the one made from trees it may only read.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "grammar/parse.hpp"
#include "stance/model/resolve.hpp"

namespace stance::model {
namespace {

std::string describe(const diag::Diagnostic& d) {
    std::string text = std::to_string(static_cast<int>(d.severity)) + " " + std::to_string(static_cast<int>(d.code)) +
                       " " + std::to_string(d.where.file) + ":" + std::to_string(d.where.begin) + " " + d.message +
                       " [" + d.suggestion + "]";
    for (const auto& note : d.notes)
        text += " / " + std::to_string(note.where.file) + ":" + std::to_string(note.where.begin) + " " + note.message;
    return text;
}

struct Result {
    Corpus corpus;
    std::vector<std::string> diagnostics;
};

Result resolve_all(const std::vector<std::string>& texts, bool parallel, bool take_strings = false) {
    util::SourceManager files;
    diag::Sink syntax;
    std::vector<ast::File> trees;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        util::FileId id = files.add("f" + std::to_string(i) + ".claims", texts[i]);
        trees.push_back(grammar::parse(files.get(id), syntax));
    }
    ResolveOptions options;
    options.parallel = parallel;
    options.take_strings = take_strings;
    diag::Sink sink;
    Result result{resolve(files, std::move(trees), options, sink), {}};
    for (const auto& d : sink.diagnostics()) result.diagnostics.push_back(describe(d));
    return result;
}

std::vector<std::string> corpus_with_errors() {
    std::vector<std::string> texts = {
        "expert ana \"Ana\" { camp \"A\" }\nexpert bo \"Bo\" { role \"analyst\" }\ntopic t \"T?\"\n"
        "claim c.one \"One.\" { topic t }\nclaim c.two \"Two.\" { topic tt }\nc.one implies c.two\n"
        "c.one contradicts c.tow\nclaim \"no id\"\nclaim broken\n",
    };
    for (int f = 0; f < 40; ++f) {
        std::string n = std::to_string(f);
        std::string text = "source s" + n + " \"S\" { date 2020-01-0" + std::to_string(1 + f % 9) + " }\nfrom s" + n + " {\n";
        for (int i = 0; i < 30; ++i) {
            text += (i % 2 ? "  ana" : "  bo");
            text += i % 3 ? " asserts c.one" : " denies c.two";
            text += " { quote \"q" + std::to_string(i) + (i % 4 ? "" : ", in words too long to be kept inline") +
                    "\" at \"p. " + n + "\"" + (i % 6 ? "" : " note \"a note long enough to be on the heap\"") +
                    (i % 9 ? "" : " reported \"words that report the view, at some length\"") + " }\n";
        }
        // Errors in some files: an unknown expert (with a suggestion), a claim where an expert is
        // expected, a use of the declaration that did not parse, an unknown attribute, a
        // duplicate declaration.
        if (f % 5 == 1) text += "  anna asserts c.one\n  c.one denies c.two\n  ana asserts broken\n";
        if (f % 7 == 2) text += "  bo asserts c.one { qoute \"x\" because c.tw }\n";
        text += "}\n";
        if (f % 11 == 3) text += "expert ana \"Again\"\n";
        texts.push_back(text);
    }
    return texts;
}

TEST(ResolveInParallel, SameCorpusAndDiagnosticsAsInSequence) {
    const std::vector<std::string> texts = corpus_with_errors();
    Result in_sequence = resolve_all(texts, false);
    Result in_parallel = resolve_all(texts, true);
    // Not a corpus where nothing happens.
    EXPECT_GT(in_sequence.corpus.stances.size(), 1000u);
    EXPECT_GT(in_sequence.diagnostics.size(), 20u);
    EXPECT_TRUE(in_sequence.corpus == in_parallel.corpus);
    EXPECT_EQ(in_parallel.diagnostics, in_sequence.diagnostics);
}

TEST(ResolveTakingStrings, SameCorpusAndDiagnosticsAsCopyingThem) {
    const std::vector<std::string> texts = corpus_with_errors();
    Result copied = resolve_all(texts, true, false);
    Result taken = resolve_all(texts, true, true);
    // Not a corpus without long quotes and notes to move.
    std::size_t long_quotes = 0, notes = 0;
    for (const auto& stance : copied.corpus.stances) {
        for (const auto& quote : stance.quotes) long_quotes += quote.text.size() > 30;
        notes += !stance.note.empty();
    }
    EXPECT_GT(long_quotes, 400u);
    EXPECT_GT(notes, 100u);
    EXPECT_TRUE(taken.corpus == copied.corpus);
    EXPECT_EQ(taken.diagnostics, copied.diagnostics);
}

}  // namespace
}  // namespace stance::model
