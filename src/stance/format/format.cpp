#include "stance/format/format.hpp"

#include <algorithm>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "grammar/parse.hpp"
#include "stance/format/attribute_order.hpp"
#include "stance/format/comments.hpp"
#include "stance/format/layout.hpp"
#include "stance/format/same_tree.hpp"

namespace stance::format {

namespace {

std::vector<std::string_view> comment_texts(std::string_view text) {
    std::vector<std::string_view> texts;
    for (const Comment& c : find_comments(text)) texts.push_back(text.substr(c.begin, c.end - c.begin));
    std::sort(texts.begin(), texts.end());
    return texts;
}

}  // namespace

std::optional<std::string> format(const util::SourceFile& file, diag::Sink& sink) {
    diag::Sink parsing;
    ast::File tree = grammar::parse(file, parsing);
    sink.append(parsing);
    if (parsing.has_errors()) return std::nullopt;

    std::string text = layout(file.text(), tree);

    util::SourceFile formatted(file.id(), file.path(), text);
    diag::Sink again;
    ast::File reparsed = grammar::parse(formatted, again);
    sort_attributes(tree);
    if (again.has_errors() || !same_tree(tree, reparsed) || comment_texts(file.text()) != comment_texts(text))
        throw std::logic_error("stance fmt would change what '" + file.path() +
                               "' says (a fault in the formatter); the file is left as it is");
    return text;
}

}  // namespace stance::format
