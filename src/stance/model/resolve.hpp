#pragma once
// The resolver: turns the syntax trees of every file of a corpus into one model::Corpus.
// Ids are global to the corpus (declared anywhere, usable everywhere), so it runs in two
// passes: declare every source, expert, topic and claim, then resolve every reference, check
// every attribute against DSL.md's table, and check the relations (self relations, and
// `contradicts` between claims that `implies` makes equivalent).
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/bibtex_ast.hpp"

#include "stance/diag/diagnostic.hpp"
#include "stance/model/corpus.hpp"
#include "stance/util/read_scope.hpp"
#include "stance/util/source_file.hpp"

namespace stance::model {

// A --bib file as read: its entries, with spans in the file `file` of the SourceManager.
struct Bibliography {
    util::FileId file = util::no_file;
    ast::bibtex::File bib;
};

struct ResolveOptions {
    // Where a source's `text` is looked up by file name when it is not beside the declaring file.
    std::vector<std::filesystem::path> text_dirs;
    // What may be read: a text that resolves elsewhere is an error. Null: anything.
    const util::ReadScope* scope = nullptr;
    // Where `cite` keys are looked up. With none, keys are kept as written and not looked up (a
    // corpus can be checked without its bibliography); with some, an unknown key is an error.
    std::vector<Bibliography> bibliographies;
    // Files resolved on every core (after the declarations, which come first in file order);
    // false: one after another. The result is the same.
    bool parallel = true;
    // With trees given up to the resolver (which frees each once its file is resolved), move
    // their quotes and notes into the corpus instead of copying them. The result is the same,
    // and faster to make; but those strings then hold on to pages of the freed trees, so that
    // whatever is allocated next takes fresh pages: for a command that goes on to allocate much
    // (build, reports), not one that ends with the checks (docs/performance.md, "Moving the
    // quotes, and what it costs a build").
    bool take_strings = false;
};

// Where a source's `text` attribute is found: beside the declaring file first (its path as the
// SourceManager holds it), then by file name in each text folder. A candidate that resolves
// outside the folders that may be read is refused (the resolver reports each as an error) and
// the look-up goes on.
struct TextLookup {
    std::string path;  // "" when not found
    std::vector<std::pair<std::string, std::string>> refused;  // candidates refused, and why
};
TextLookup locate_text(const std::string& declaring_file, const std::string& text, const ResolveOptions& options);

// `trees[i]` is the syntax tree of `files.get(i)`. The corpus lists the files in that order
// (paths only: hashes are the loader's business). Items whose references cannot be resolved
// (a stance on an unknown claim...) are reported and left out, so that every index in the
// result is valid. Never throws on bad input.
Corpus resolve(const util::SourceManager& files, const std::vector<ast::File>& trees,
               const ResolveOptions& options, diag::Sink& sink);
// As above, taking the trees: each is freed once its file is resolved, so that the trees and
// the corpus made of them are not all in memory at once.
Corpus resolve(const util::SourceManager& files, std::vector<ast::File>&& trees, const ResolveOptions& options,
               diag::Sink& sink);

}  // namespace stance::model
