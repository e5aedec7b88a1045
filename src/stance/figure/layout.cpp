#include "stance/figure/layout.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <stdexcept>

namespace stance::figure {
namespace {

// Graphviz reports through a C callback without context: messages of the current layout gather
// here instead of on stderr.
thread_local std::string graphviz_messages;

int gather(char* message) {
    graphviz_messages += message;
    return 0;
}

// Everything from `<svg` on, without comments (Graphviz writes one per node and edge).
std::string svg_element(const std::string& document) {
    std::string out;
    auto start = document.find("<svg");
    if (start == std::string::npos) return out;
    out.reserve(document.size() - start);
    for (std::size_t at = start; at < document.size();) {
        auto comment = document.find("<!--", at);
        if (comment == std::string::npos) {
            out.append(document, at, std::string::npos);
            break;
        }
        out.append(document, at, comment - at);
        auto end = document.find("-->", comment + 4);
        at = end == std::string::npos ? document.size() : end + 3;
        if (at < document.size() && document[at] == '\n') ++at;
    }
    return out;
}

}  // namespace

std::string layout_svg(const std::string& dot, const char* engine) {
    graphviz_messages.clear();
    agseterrf(gather);
    agseterr(AGWARN);
    // One context for the process: starting one loads Graphviz's plugins, which costs more than
    // laying out a small graph.
    static const std::unique_ptr<GVC_t, int (*)(GVC_t*)> context(gvContext(), gvFreeContext);
    if (!context) throw std::runtime_error("Graphviz could not start");
    std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> graph(agmemread(dot.c_str()), agclose);
    if (!graph) throw std::runtime_error("Graphviz could not read a figure: " + graphviz_messages);
    if (gvLayout(context.get(), graph.get(), engine) != 0)
        throw std::runtime_error("Graphviz could not lay out a figure: " + graphviz_messages);
    char* data = nullptr;
    unsigned int length = 0;
    int rendered = gvRenderData(context.get(), graph.get(), "svg", &data, &length);
    std::string document = rendered == 0 && data ? std::string(data, length) : std::string();
    if (data) gvFreeRenderData(data);
    gvFreeLayout(context.get(), graph.get());
    if (rendered != 0) throw std::runtime_error("Graphviz could not draw a figure: " + graphviz_messages);
    return svg_element(document);
}

}  // namespace stance::figure
