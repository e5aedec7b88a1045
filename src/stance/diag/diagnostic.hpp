#pragma once
// Diagnostics: what every stage reports about its input. Stages append to a Sink and never
// throw on bad input; tests assert codes and positions, not wording.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "stance/util/source_file.hpp"

namespace stance::diag {

enum class Severity { error, warning, note };

enum class Code : std::uint16_t {
    // syntax (the parser)
    syntax,                 // anything outside the grammar
    unterminated_string,
    invalid_utf8,
    bad_escape,
    bad_date,               // malformed, or a calendar date that does not exist
    keyword_as_identifier,
    unsupported_language,   // `language N` with N other than 1
    from_too_deep,          // `from` nested more than 32 deep
    unescaped_quote,        // a '"' inside a string, not written '\"'
    typographic_quotes,     // a string between “ ” rather than '"'
    non_ascii_id,           // an id with letters outside ASCII (`pörtner`)
    unclosed_block,         // a `{ ... }` block whose '}' is missing
    // input files (the loader)
    io_error,               // a path on the command line that cannot be read
    include_missing,
    include_cycle,
    // bibliographies (--bib)
    bibtex_syntax,          // anything outside BibTeX as reference managers write it
    bibtex_crossref,        // a crossref that is not followed (a note)
    unknown_cite_key,       // a source's `cite` key that no --bib file has
    // resolution (the resolver)
    unknown_reference,
    wrong_kind,
    duplicate_declaration,
    self_relation,
    contradicts_equivalent,  // `contradicts` between claims that `implies` makes equivalent
    strongly_qualifies,
    reported_by_alone,      // `reported-by` in a stance with no `reported` passage
    unknown_attribute,
    repeated_attribute,     // a single-valued attribute given twice
    bad_attribute_value,    // a value of the wrong type (a string where a date is expected...)
    // findings (the checks); warnings or notes
    unsourced,
    unused_claim,
    unused_expert,
    unused_source,
    quote_not_found,
    text_not_found,
    inconsistent,
    shift,
    lone_camp,              // a declared camp of one expert whose name is near another camp's
};

// Stable kebab-case name of a code ("unknown-reference"), used in output and in the store.
std::string_view code_name(Code code);
std::string_view severity_name(Severity severity);

// A range of bytes in one file: [begin, end).
struct Location {
    util::FileId file = util::no_file;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

struct Note {
    Location where;
    std::string message;
};

struct Diagnostic {
    Severity severity = Severity::error;
    Code code = Code::syntax;
    Location where;
    std::string message;     // what was expected or what is wrong
    std::string suggestion;  // the nearest known name, when there is one ("did you mean ...")
    std::vector<Note> notes; // other places involved (the first declaration of a duplicate...)
};

class Sink {
public:
    void report(Diagnostic diagnostic);
    void error(Code code, Location where, std::string message, std::string suggestion = {});
    void warning(Code code, Location where, std::string message);
    void append(const Sink& other);

    const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }
    std::size_t error_count() const { return m_errors; }
    std::size_t warning_count() const { return m_warnings; }
    bool has_errors() const { return m_errors > 0; }

    // Orders diagnostics by file, then position (stable for equal positions).
    void sort();

private:
    std::vector<Diagnostic> m_diagnostics;
    std::size_t m_errors = 0;
    std::size_t m_warnings = 0;
};

}  // namespace stance::diag
