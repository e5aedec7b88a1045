#include "grammar/parse_state.hpp"

#include "grammar/lexer.hpp"

namespace stance::grammar {

ParseState::ParseState(const util::SourceFile& file, diag::Sink& sink)
    : m_sink(sink),
      m_file(file.id()),
      m_begin(file.text().data()),
      m_end(file.text().data() + file.text().size()) {}

void ParseState::error(diag::Code code, const char* b, const char* e, std::string message,
                       std::string suggestion) {
    m_sink.error(code, {m_file, offset(b), offset(e)}, std::move(message), std::move(suggestion));
    ++m_errors;
    m_last_error = b;
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
