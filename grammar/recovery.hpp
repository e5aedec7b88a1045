#pragma once
// Where the parser resumes after a syntax error. The rule: skip to the next line whose first
// token starts a statement (a statement keyword, `}` closing a `from`, or `id [strongly] verb`);
// when the error left an attribute block open, skip to the `}` that closes it instead (or to a
// line that plainly starts a new declaration, for a block that was never closed). Comments and
// strings that close on their line are skipped whole, so their contents never look like
// statements; a quote that does not close on its line is taken for a stray one.
namespace stance::grammar {

// Whether the token at p (the first on its line) starts a statement. `depth` counts the blocks
// open at p: inside one, `source`, `topic`... may be attribute keys, so there the whole shape of
// a declaration is required.
bool starts_statement_at(const char* begin, const char* p, const char* end, int depth);

// `start`: where the failed statement began; `error`: where its error was found. The result is
// always past `start` (or the end of the text), so recovery always makes progress.
const char* resynchronise(const char* begin, const char* start, const char* error, const char* end);

}  // namespace stance::grammar
