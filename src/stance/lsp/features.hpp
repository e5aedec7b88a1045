#pragma once
// What the language server answers, computed from the workspace in stance's own terms (byte
// offsets and ids); server.cpp turns these into the protocol's JSON.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stance/lsp/workspace.hpp"

namespace stance::lsp {

// Markdown describing the id under the cursor: a claim's text, topic and stances by expert; an
// expert's name, affiliation and number of stances; a source's title, date and publisher; a
// topic's question. Empty when the cursor is on no known id.
struct Hover {
    std::string markdown;
    ast::Span span;
};
std::optional<Hover> hover(const Workspace& workspace, util::FileId file, std::uint32_t offset);

enum class CompletionKind { keyword, verb, expert, claim, source, topic };

struct CompletionItem {
    std::string label;
    std::string detail;  // the name, the proposition, the title...
    CompletionKind kind = CompletionKind::keyword;
};

struct Completion {
    std::uint32_t replace_begin = 0;  // the partly typed id or keyword that the item replaces
    std::uint32_t replace_end = 0;
    std::vector<CompletionItem> items;
};

// Completion in context, from the text before `offset`: claims after a stance or relation verb
// and after `because`; experts, claims and keywords where a statement starts; sources after
// `from` and `source`; topics after `topic` and `parent`; experts after `reported-by`; verbs
// after an expert.
Completion complete(const Workspace& workspace, std::string_view text, std::uint32_t offset);

// The outline of a file: its declarations, and its `from` blocks with their stances.
struct Symbol {
    std::string name;
    std::string detail;
    enum class Kind { source, expert, topic, claim, from, stance, relation } kind = Kind::claim;
    ast::Span range;
    ast::Span selection;
    std::vector<Symbol> children;
};
std::vector<Symbol> document_symbols(const ast::File& tree);

// Why `name` cannot be the new name of a declared id ("" when it can).
std::string rename_problem(const Workspace& workspace, std::string_view old_name, std::string_view name);

}  // namespace stance::lsp
