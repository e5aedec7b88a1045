#include "grammar/bibtex_def.hpp"

#include <algorithm>
#include <cctype>

#include "grammar/lexer.hpp"

namespace stance::grammar {

BibtexState::BibtexState(const util::SourceFile& file, diag::Sink& sink)
    : m_sink(sink), m_file(file.id()), m_begin(file.text().data()), m_end(file.text().data() + file.text().size()) {}

void BibtexState::report(diag::Diagnostic diagnostic) {
    if (diagnostic.severity == diag::Severity::error) ++m_errors;
    m_sink.report(std::move(diagnostic));
}

void BibtexState::error(diag::Code code, const char* b, const char* e, std::string message, std::string suggestion) {
    auto span = this->span(b, e);
    m_sink.report({diag::Severity::error, code, {m_file, span.begin, span.end}, std::move(message),
                   std::move(suggestion), {}});
    ++m_errors;
}

void BibtexState::note(diag::Code code, const char* b, const char* e, std::string message) {
    auto span = this->span(b, e);
    m_sink.report({diag::Severity::note, code, {m_file, span.begin, span.end}, std::move(message), {}, {}});
}

void BibtexState::expected(const char* where, std::string_view what) {
    if (m_too_deep) return;
    const char* at = where;
    x3::parse(at, m_end, *x3::ascii::space);
    std::string message = "expected " + std::string(what) + ", found ";
    if (at == m_end) {
        message += "the end of the file";
        error(diag::Code::bibtex_syntax, at, at, std::move(message));
        return;
    }
    const char* e = token_end(at, m_end);
    message += "'" + std::string(at, e) + "'";
    error(diag::Code::bibtex_syntax, at, e, std::move(message));
}

bool BibtexState::enter(const char* at) {
    if (m_depth < max_depth) {
        ++m_depth;
        return true;
    }
    if (!m_too_deep)
        error(diag::Code::bibtex_syntax, at, at + 1, "braces nest more than " + std::to_string(max_depth) + " deep here");
    m_too_deep = true;
    return false;
}

namespace bibtex {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

BOOST_SPIRIT_INSTANTIATE(item_type, iterator_type, bibtex_context_type)

}  // namespace bibtex
}  // namespace stance::grammar

namespace stance::ast::bibtex {

const Field* Entry::field(std::string_view name) const {
    for (const auto& f : fields)
        if (f.name == name) return &f;
    return nullptr;
}

}  // namespace stance::ast::bibtex
