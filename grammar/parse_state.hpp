#pragma once
// ParseState: what every part of the grammar shares while one file is parsed: the text, the
// diagnostics sink and where the last error was. The X3 context carries it under state_tag,
// so rules and lexical parsers report errors in place instead of printing or throwing.
#include <cstddef>
#include <string>
#include <string_view>

#include "grammar/ast.hpp"
#include "stance/diag/diagnostic.hpp"
#include "stance/util/source_file.hpp"

namespace stance::grammar {

struct state_tag;

class ParseState {
public:
    ParseState(const util::SourceFile& file, diag::Sink& sink);

    const char* begin() const { return m_begin; }
    const char* end() const { return m_end; }
    std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - m_begin); }
    ast::Span span(const char* b, const char* e) const { return {offset(b), offset(e)}; }

    void error(diag::Code code, const char* b, const char* e, std::string message,
               std::string suggestion = {});
    // A failed expectation at `where` (white space not yet skipped): reports
    // "expected WHAT, found ..." on the token found there.
    void expected(const char* where, std::string_view what);

    std::size_t error_count() const { return m_errors; }
    // Where the last error began (after white space); the parser resynchronises from there.
    const char* last_error() const { return m_last_error; }

private:
    diag::Sink& m_sink;
    util::FileId m_file;
    const char* m_begin;
    const char* m_end;
    std::size_t m_errors = 0;
    const char* m_last_error = nullptr;
};

}  // namespace stance::grammar
