#include "grammar/parse_state.hpp"

#include <algorithm>
#include <cstring>

#include "grammar/lexer.hpp"

namespace stance::grammar {

ParseState::ParseState(const util::SourceFile& file, diag::Sink& sink)
    : m_sink(sink),
      m_source(file),
      m_file(file.id()),
      m_begin(file.text().data()),
      m_end(file.text().data() + file.text().size()) {}

void ParseState::error(diag::Code code, const char* b, const char* e, std::string message,
                       std::string suggestion) {
    diag::Diagnostic d{diag::Severity::error, code, {m_file, offset(b), offset(e)}, std::move(message),
                       std::move(suggestion), {}};
    // The statement in error began on the line where a multi-line string ended (statement_at
    // keeps m_string_close only while that holds), and the error is on that line too.
    if (code == diag::Code::syntax && m_string_close && m_statement <= b &&
        std::memchr(m_statement, '\n', static_cast<std::size_t>(b - m_statement)) == nullptr) {
        d.notes.push_back({{m_file, offset(m_string_open), offset(m_string_open) + 1},
                           "the string that starts here runs over several lines up to the error: is its "
                           "closing '\"' missing?"});
    }
    m_sink.report(std::move(d));
    ++m_errors;
    m_last_error = b;
}

void ParseState::string_read(const char* open, const char* close) {
    bool multiline = std::memchr(open, '\n', static_cast<std::size_t>(close - open)) != nullptr;
    m_string_open = multiline ? open : nullptr;
    m_string_close = multiline ? close : nullptr;
    m_same_line_until = m_string_close;
}

void ParseState::statement_at(const char* start) {
    m_statement = start;
    if (!m_string_close) return;
    // Incremental, so that many statements on one long line cost one scan of it.
    const char* from = std::max(m_same_line_until, m_string_close);
    if (from < start && std::memchr(from, '\n', static_cast<std::size_t>(start - from)) != nullptr) {
        m_string_open = m_string_close = m_same_line_until = nullptr;
    } else if (from < start) {
        m_same_line_until = start;
    }
}

std::string ParseState::place(const char* p) const {
    auto at = m_source.line_column(offset(p));
    return std::to_string(at.line) + ":" + std::to_string(at.column);
}

void ParseState::unclosed_block(const char* next) {
    const char* open = m_block_open ? m_block_open : next;
    std::string before = next == m_end ? "the end of the file"
                                       : "the statement on line " + place(next).substr(0, place(next).find(':'));
    error(diag::Code::unclosed_block, open, open + 1,
          "the block opened at " + place(open) + " is not closed: expected '}' before " + before);
}

void ParseState::expected(const char* where, std::string_view what) {
    const char* at = skip_blanks(where, m_end);
    std::string message = "expected ";
    message += what;
    message += ", found ";
    message += describe_token(at, m_end);
    error(diag::Code::syntax, at, token_end(at, m_end), std::move(message));
}

}  // namespace stance::grammar
