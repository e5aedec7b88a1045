#pragma once
// Parses a text in one go and lists its diagnostics as "line:column code", the form the grammar
// tests assert on (codes and positions, not wording).
#include <string>
#include <variant>
#include <vector>

#include "grammar/parse.hpp"

namespace stance::grammar::testing {

// "line:column code" of every diagnostic in `sink`, positions in `file`.
inline std::vector<std::string> positions(const util::SourceFile& file, const diag::Sink& sink) {
    std::vector<std::string> out;
    for (const auto& d : sink.diagnostics()) {
        auto lc = file.line_column(d.where.begin);
        out.push_back(std::to_string(lc.line) + ":" + std::to_string(lc.column) + " " +
                      std::string(diag::code_name(d.code)));
    }
    return out;
}

struct Parsed {
    explicit Parsed(std::string text) : file(0, "test.claims", std::move(text)) { tree = parse(file, sink); }

    std::vector<std::string> errors() const { return positions(file, sink); }
    const diag::Diagnostic& first() const { return sink.diagnostics().front(); }
    std::string_view text_of(ast::Span span) const { return file.text().substr(span.begin, span.end - span.begin); }
    std::string_view text_of(const diag::Location& where) const {
        return file.text().substr(where.begin, where.end - where.begin);
    }
    template <typename T>
    const T& statement(std::size_t i) const {
        return std::get<T>(tree.statements.at(i));
    }

    util::SourceFile file;
    diag::Sink sink;
    ast::File tree;
};

using Errors = std::vector<std::string>;

}  // namespace stance::grammar::testing
