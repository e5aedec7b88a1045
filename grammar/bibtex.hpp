#pragma once
// The BibTeX grammar as X3 rules: one `@...` item at a time (an entry, an `@string` macro, or a
// skipped `@comment` or `@preamble`), white space skipped between tokens. Reference managers
// write one item per line start, so a line that starts with `@` ends any value left open: a
// malformed entry is reported where it should have ended and the next one is still read.
// Only grammar/ includes this header; the rest of stance calls parse_bibtex.hpp.
#include <cstddef>
#include <string>
#include <string_view>

#include "grammar/bibtex_ast.hpp"
#include "grammar/config.hpp"
#include "stance/diag/diagnostic.hpp"
#include "stance/util/source_file.hpp"

namespace stance::grammar {

struct bibtex_state_tag;

// What the BibTeX rules share while one file is parsed: the text, where errors go, and how deep
// the braces of the current value nest (bounded, as the rules recurse on nesting).
class BibtexState {
public:
    static constexpr int max_depth = 64;

    BibtexState(const util::SourceFile& file, diag::Sink& sink);

    const char* begin() const { return m_begin; }
    const char* end() const { return m_end; }
    ast::Span span(const char* b, const char* e) const {
        return {static_cast<std::uint32_t>(b - m_begin), static_cast<std::uint32_t>(e - m_begin)};
    }

    diag::Location location(ast::Span span) const { return {m_file, span.begin, span.end}; }
    void report(diag::Diagnostic diagnostic);
    void error(diag::Code code, const char* b, const char* e, std::string message, std::string suggestion = {});
    void note(diag::Code code, const char* b, const char* e, std::string message);
    // "expected WHAT, found ..." at the token after `where`; nothing once the braces of this
    // item nested too deep (that error says why the rest failed).
    void expected(const char* where, std::string_view what);
    std::size_t error_count() const { return m_errors; }

    // Braces: `enter` at a '{' is false past max_depth (reported once per item).
    bool enter(const char* at);
    void leave() { --m_depth; }
    void start_item() { m_depth = 0, m_too_deep = false; }

private:
    diag::Sink& m_sink;
    util::FileId m_file;
    const char* m_begin;
    const char* m_end;
    std::size_t m_errors = 0;
    int m_depth = 0;
    bool m_too_deep = false;
};

using bibtex_skipper_type = x3::ascii::space_type;
using bibtex_context_type =
    x3::context<bibtex_state_tag, BibtexState, x3::phrase_parse_context<bibtex_skipper_type>::type>;

namespace bibtex {

std::string lower(std::string text);  // ASCII lower case: BibTeX names and keys ignore case

struct item_class;
// One item from its '@'; a failed expectation is reported through the BibtexState.
using item_type = x3::rule<item_class, ast::bibtex::RawItem>;
BOOST_SPIRIT_DECLARE(item_type)

}  // namespace bibtex

bibtex::item_type const& bibtex_item();

}  // namespace stance::grammar
