#include "stance/diag/diagnostic.hpp"

#include <algorithm>

namespace stance::diag {

std::string_view code_name(Code code) {
    switch (code) {
    case Code::syntax: return "syntax";
    case Code::unterminated_string: return "unterminated-string";
    case Code::invalid_utf8: return "invalid-utf8";
    case Code::bad_escape: return "bad-escape";
    case Code::bad_date: return "bad-date";
    case Code::keyword_as_identifier: return "keyword-as-identifier";
    case Code::unsupported_language: return "unsupported-language";
    case Code::from_too_deep: return "from-too-deep";
    case Code::unescaped_quote: return "unescaped-quote";
    case Code::typographic_quotes: return "typographic-quotes";
    case Code::non_ascii_id: return "non-ascii-id";
    case Code::unclosed_block: return "unclosed-block";
    case Code::io_error: return "io-error";
    case Code::include_missing: return "include-missing";
    case Code::include_cycle: return "include-cycle";
    case Code::bibtex_syntax: return "bibtex-syntax";
    case Code::bibtex_crossref: return "bibtex-crossref";
    case Code::unknown_cite_key: return "unknown-cite-key";
    case Code::unknown_reference: return "unknown-reference";
    case Code::wrong_kind: return "wrong-kind";
    case Code::duplicate_declaration: return "duplicate";
    case Code::self_relation: return "self-relation";
    case Code::contradicts_equivalent: return "contradicts-equivalent";
    case Code::strongly_qualifies: return "strongly-qualifies";
    case Code::reported_by_alone: return "reported-by-alone";
    case Code::unknown_attribute: return "unknown-attribute";
    case Code::repeated_attribute: return "repeated-attribute";
    case Code::bad_attribute_value: return "bad-attribute-value";
    case Code::unsourced: return "unsourced";
    case Code::unused_claim: return "unused-claim";
    case Code::unused_expert: return "unused-expert";
    case Code::unused_source: return "unused-source";
    case Code::quote_not_found: return "quote-not-found";
    case Code::text_not_found: return "text-not-found";
    case Code::inconsistent: return "inconsistent";
    case Code::shift: return "shift";
    case Code::lone_camp: return "lone-camp";
    }
    return "unknown";
}

std::string_view severity_name(Severity severity) {
    switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
    }
    return "error";
}

void Sink::report(Diagnostic diagnostic) {
    if (diagnostic.severity == Severity::error) ++m_errors;
    if (diagnostic.severity == Severity::warning) ++m_warnings;
    m_diagnostics.push_back(std::move(diagnostic));
}

void Sink::error(Code code, Location where, std::string message, std::string suggestion) {
    report({Severity::error, code, where, std::move(message), std::move(suggestion), {}});
}

void Sink::warning(Code code, Location where, std::string message) {
    report({Severity::warning, code, where, std::move(message), {}, {}});
}

void Sink::append(const Sink& other) {
    for (const auto& d : other.m_diagnostics) report(d);
}

void Sink::sort() {
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.where.file != b.where.file) return a.where.file < b.where.file;
        return a.where.begin < b.where.begin;
    });
}

}  // namespace stance::diag
