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

    // The last string read, so that a syntax error right after a string that ran over several
    // lines can point at its opening quote: the usual sign of a missing closing quote.
    void string_read(const char* open, const char* close);
    // Where the statement being parsed starts.
    void statement_at(const char* start);
    // The `{` of the attribute block being parsed (blocks do not nest).
    void block_opened(const char* brace) { m_block_open = brace; }
    // The block is not closed: `next` is the statement (or the end of the file) that follows.
    void unclosed_block(const char* next);
    // "line:column" of p, for messages that name another place.
    std::string place(const char* p) const;

    // The whole text is valid UTF-8 (set once report_invalid_utf8 has found no bad byte).
    bool valid_utf8() const { return m_valid_utf8; }
    void set_valid_utf8() { m_valid_utf8 = true; }

    std::size_t error_count() const { return m_errors; }
    // Where the last error began (after white space); the parser resynchronises from there.
    const char* last_error() const { return m_last_error; }

private:
    diag::Sink& m_sink;
    const util::SourceFile& m_source;
    util::FileId m_file;
    const char* m_begin;
    const char* m_end;
    std::size_t m_errors = 0;
    bool m_valid_utf8 = false;
    const char* m_last_error = nullptr;
    const char* m_statement = nullptr;
    const char* m_block_open = nullptr;
    const char* m_string_open = nullptr;   // of the last string, if it spans lines
    const char* m_string_close = nullptr;
    const char* m_same_line_until = nullptr;  // no line break from m_string_close up to here
};

}  // namespace stance::grammar
