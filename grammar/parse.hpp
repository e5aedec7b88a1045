#pragma once
// The one door into the grammar: parse a claims file into its syntax tree. Every Spirit X3
// include stays behind this header.
#include "grammar/ast.hpp"
#include "stance/diag/diagnostic.hpp"
#include "stance/util/source_file.hpp"

namespace stance::grammar {

// Parses the whole file. Every syntax error goes to `sink` with its location; after an error
// the parser resumes at the next statement, so one call reports all of them. Never throws on
// bad input, never recurses with the input's nesting depth. The tree holds every statement
// that parsed.
ast::File parse(const util::SourceFile& file, diag::Sink& sink);

}  // namespace stance::grammar
