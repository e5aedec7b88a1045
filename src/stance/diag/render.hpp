#pragma once
// Renders diagnostics as GCC does: `path:line:col: error: message`, the source line, and a
// caret with tildes under the range; notes follow in the same form.
#include <ostream>

#include "stance/diag/diagnostic.hpp"
#include "stance/util/source_file.hpp"

namespace stance::diag {

struct RenderOptions {
    bool colour = false;
    bool show_source_line = true;
};

void render(std::ostream& out, const Diagnostic& diagnostic, const util::SourceManager& files,
            const RenderOptions& options = {});
void render_all(std::ostream& out, const Sink& sink, const util::SourceManager& files,
                const RenderOptions& options = {});

}  // namespace stance::diag
