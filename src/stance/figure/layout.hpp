#pragma once
// Graphviz as a library (libgvc, libcgraph): a DOT graph laid out and drawn as an SVG element,
// in memory, so that the reports need no `dot` program at run time.
#include <string>

namespace stance::figure {

// The <svg> element of the drawing (no XML prolog, doctype or comments), ready to sit inside an
// HTML page. `engine` is a Graphviz layout: "dot" for hierarchies, "neato" for networks.
// Throws std::runtime_error, with Graphviz's messages, when the graph cannot be laid out.
std::string layout_svg(const std::string& dot, const char* engine = "dot");

}  // namespace stance::figure
