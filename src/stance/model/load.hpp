#pragma once
// Loading a corpus: expand the paths (folders give every *.claims below them, sorted), read
// each file once (by canonical path) however often it is named or included, follow includes
// relative to the including file, report missing includes and include cycles, parse, and
// resolve everything into one Corpus. Diagnostics go to the sink; bad input never throws.
#include <filesystem>
#include <vector>

#include "stance/diag/diagnostic.hpp"
#include "stance/model/corpus.hpp"
#include "stance/util/source_file.hpp"

namespace stance::model {

struct LoadOptions {
    std::vector<std::filesystem::path> paths;      // files or folders
    std::vector<std::filesystem::path> text_dirs;  // --texts: where source texts are looked up by file name
};

struct Loaded {
    util::SourceManager files;  // FileId == Position::file == index into corpus.files
    Corpus corpus;
    diag::Sink diagnostics;     // syntax, include and resolution diagnostics, sorted by position
};

Loaded load(const LoadOptions& options);

}  // namespace stance::model
