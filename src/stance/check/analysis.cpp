#include "stance/check/analysis.hpp"

namespace stance::check {

Analysis analyse(const model::Corpus&, const AnalyseOptions&) { return {}; }

}  // namespace stance::check
