#include "grammar/parse.hpp"

#include <algorithm>
#include <array>
#include <limits>

#include "grammar/config.hpp"
#include "grammar/keywords.hpp"
#include "grammar/lexer.hpp"
#include "grammar/recovery.hpp"
#include "grammar/statement.hpp"
#include "grammar/suggest.hpp"

namespace stance::grammar {

namespace {

constexpr std::size_t max_from_depth = 32;
// Past this many errors a file is not worth reading on (a binary file, a file in another
// language): the reader learns nothing from the thousandth message.
constexpr std::size_t max_errors = 1000;

constexpr std::array statement_keywords = {Keyword::include, Keyword::source, Keyword::expert,
                                           Keyword::topic,   Keyword::claim,  Keyword::from};
constexpr std::array verbs = {Keyword::asserts,     Keyword::denies,     Keyword::qualifies,
                              Keyword::strongly,    Keyword::implies,    Keyword::contradicts,
                              Keyword::equivalent,  Keyword::supports,   Keyword::undermines};
constexpr std::string_view verb_list =
    "asserts, denies, qualifies, implies, contradicts, equivalent, supports or undermines";

// Runs the X3 statement rule once per statement. Statements are parsed one at a time so that
// `from` blocks (FromOpen ... FromClose) are paired here with a stack instead of by recursion,
// and so that after an error the parse resumes at the next statement.
class Driver {
public:
    Driver(ParseState& state, ast::File& file) : m_state(state), m_file(file) {}

    void run() {
        const char* it = m_state.begin();
        const char* end = m_state.end();
        // A statement takes some tens of bytes; this avoids most regrowth on big files.
        m_file.statements.reserve(static_cast<std::size_t>(end - it) / 160);
        auto const parser = x3::with<state_tag>(m_state)[statement()];
        while (true) {
            it = skip_blanks(it, end);
            if (it == end) break;
            if (m_state.error_count() >= max_errors) {
                m_state.error(diag::Code::syntax, it, it, "too many errors in this file: the rest of it is not read");
                break;
            }
            const char* start = it;
            m_state.statement_at(start);
            std::size_t errors = m_state.error_count();
            ParsedStatement parsed;
            if (x3::phrase_parse(it, end, parser, skipper, parsed)) {
                std::visit([&](auto& s) { accept(std::move(s)); }, parsed);
            } else {
                const char* error = start;
                if (m_state.error_count() == errors) report_unexpected(start);
                note_broken_declaration(start);
                if (m_state.last_error() && m_state.last_error() > start) error = m_state.last_error();
                it = recover(start, error);
            }
            m_first = false;
        }
        close_at_end();
    }

private:
    template <typename Statement>
    void accept(Statement&& s) {
        m_file.statements.emplace_back(std::move(s));
    }

    void accept(LanguageStatement&& s) {
        const char* at = m_state.begin() + s.span.begin;
        if (!m_first) {
            m_state.error(diag::Code::syntax, at, at + name_of(Keyword::language).size(),
                          "'language' may only be the first statement of a file");
            return;
        }
        auto* version = std::get_if<ast::Integer>(&s.version);
        if (!version) {
            m_state.expected(m_state.begin() + std::visit([](auto& v) { return v.span.begin; }, s.version),
                             "a version number after 'language'");
            return;
        }
        if (version->value != 1) {
            m_state.error(diag::Code::unsupported_language, m_state.begin() + version->span.begin,
                          m_state.begin() + version->span.end,
                          "unsupported language version " + std::to_string(version->value) +
                              ": this version of stance reads 'language 1'");
        }
        m_file.language = *version;
    }

    void accept(ast::FromOpen&& s) {
        open(s.span.begin, false);
        m_file.statements.emplace_back(std::move(s));
    }

    void accept(ast::FromClose&& s) {
        if (m_open.empty()) {
            // A run of stray braces is one mistake: report its first.
            const char* at = m_state.begin() + s.span.begin;
            if (!m_after_stray || skip_blanks(m_after_stray, m_state.end()) != at)
                m_state.error(diag::Code::syntax, at, at + 1, "this '}' closes nothing: no 'from' block is open here");
            m_after_stray = at + 1;
            return;
        }
        bool phantom = m_open.back().phantom;
        m_open.pop_back();
        if (m_open.size() <= max_from_depth) m_too_deep = false;
        if (!phantom) m_file.statements.emplace_back(std::move(s));
    }

    // A `from` at depth 33 is reported once for its whole run of too-deep nesting.
    void open(std::uint32_t at, bool phantom) {
        m_open.push_back({at, phantom});
        if (m_open.size() > max_from_depth && !m_too_deep) {
            m_too_deep = true;
            const char* p = m_state.begin() + at;
            m_state.error(diag::Code::from_too_deep, p, p + name_of(Keyword::from).size(),
                          "'from' blocks nest more than " + std::to_string(max_from_depth) + " deep here");
        }
    }

    // A broken `from ... {` still opens a block, so that its `}` is not reported as stray; the
    // block is left out of the tree.
    const char* recover(const char* start, const char* error) {
        const char* end = m_state.end();
        const char* e = scan_identifier(start, end);
        if (std::string_view(start, static_cast<std::size_t>(e - start)) == name_of(Keyword::from)) {
            // Only a `{` close by: `from {`, `from "s" {` (bounded, so that a long line of broken
            // statements is not scanned once per statement).
            const char* limit = end - e > 200 ? e + 200 : end;
            for (const char* p = e; p != limit && *p != '\n' && *p != '"' && *p != '#'; ++p) {
                if (*p == '{') {
                    open(m_state.offset(start), true);
                    return p + 1;
                }
            }
        }
        return resynchronise(m_state.begin(), start, error, end);
    }

    void close_at_end() {
        if (m_open.empty()) return;
        const char* at = m_state.begin() + m_open.back().at;
        m_state.error(diag::Code::syntax, at, at + name_of(Keyword::from).size(),
                      "this 'from' block is not closed: expected '}' before the end of the file");
        auto end = static_cast<std::uint32_t>(m_state.end() - m_state.begin());
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it)
            if (!it->phantom) m_file.statements.emplace_back(ast::FromClose{{end, end}});
        m_open.clear();
    }

    // Nothing matched at `start`: say what a statement looks like, with a suggestion for a
    // misspelt keyword or verb.
    void report_unexpected(const char* start) {
        const char* end = m_state.end();
        const char* e = scan_identifier(start, end);
        if (e == start) {
            std::string found = describe_token(start, end);
            if (*start == '{')
                m_state.error(diag::Code::syntax, start, start + 1,
                              "expected a statement, found '{' (a block belongs after a declaration, a "
                              "relation or a stance)");
            else
                m_state.error(diag::Code::syntax, start, token_end(start, end),
                              "expected a statement (include, source, expert, topic, claim, from, a "
                              "relation or a stance), found " + found);
            return;
        }
        std::string word(start, e);
        if (auto k = find_keyword(word)) {
            std::string before = is_stance_verb(*k) || *k == Keyword::strongly
                                     ? "the expert's id"
                                     : "a claim's id";
            m_state.error(diag::Code::syntax, start, e,
                          "a statement cannot start with '" + word + "': expected " + before + " before it");
            return;
        }
        const char* next = skip_blanks(e, end);
        const char* next_end = scan_identifier(next, end);
        std::string keyword = nearest(word, statement_keywords);
        if (!keyword.empty()) {
            m_state.error(diag::Code::syntax, start, e,
                          "unknown statement '" + word + "': expected include, source, expert, topic, "
                          "claim or from (or an id followed by a verb)",
                          keyword);
            return;
        }
        std::string message = "expected a verb after '" + word + "' (" + std::string(verb_list) + "), found ";
        message += describe_token(next, end);
        std::string verb = next_end != next ? nearest({next, static_cast<std::size_t>(next_end - next)}, verbs)
                                            : std::string();
        m_state.error(diag::Code::syntax, next, token_end(next, end), std::move(message), std::move(verb));
    }

    // A failed statement that reads as a declaration, misspelt keyword included: the id it
    // would have declared.
    void note_broken_declaration(const char* start) {
        static constexpr std::array declarations = {Keyword::source, Keyword::expert, Keyword::topic, Keyword::claim};
        const char* end = m_state.end();
        const char* e = scan_identifier(start, end);
        std::string_view word(start, static_cast<std::size_t>(e - start));
        auto k = find_keyword(word);
        bool declaration = k ? std::find(declarations.begin(), declarations.end(), *k) != declarations.end()
                             : !nearest(word, declarations).empty();
        if (!declaration) return;
        const char* id = skip_blanks(e, end);
        const char* id_end = scan_identifier(id, end);
        if (id_end == id || find_keyword({id, static_cast<std::size_t>(id_end - id)})) return;
        m_file.broken.push_back({m_state.span(start, id_end), {m_state.span(id, id_end), std::string(id, id_end)}});
    }

    struct Open {
        std::uint32_t at;  // offset of the `from` keyword
        bool phantom;      // a broken `from` line, not in the tree
    };

    ParseState& m_state;
    ast::File& m_file;
    std::vector<Open> m_open;
    bool m_too_deep = false;
    bool m_first = true;
    const char* m_after_stray = nullptr;  // just past the last stray '}'

};

}  // namespace

ast::File parse(const util::SourceFile& file, diag::Sink& sink) {
    ast::File result;
    if (file.text().size() >= std::numeric_limits<std::uint32_t>::max()) {
        sink.error(diag::Code::syntax, {file.id(), 0, 0}, "the file is too large (4 GiB or more)");
        return result;
    }
    ParseState state(file, sink);
    report_invalid_utf8(state);
    Driver(state, result).run();
    return result;
}

}  // namespace stance::grammar
