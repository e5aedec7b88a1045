#include "stance/exports/exports.hpp"

namespace stance::exports {

std::string_view format_name(Format format) {
    switch (format) {
    case Format::dot: return "dot";
    case Format::graphml: return "graphml";
    case Format::gexf: return "gexf";
    case Format::argdown: return "argdown";
    case Format::aif: return "aif";
    case Format::csv_edges: return "csv-edges";
    }
    return "";
}

std::string_view network_name(Network network) {
    switch (network) {
    case Network::two_mode: return "two-mode";
    case Network::congruence: return "congruence";
    case Network::conflict: return "conflict";
    }
    return "";
}

}  // namespace stance::exports
