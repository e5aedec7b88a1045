#pragma once
// Loading a corpus: expand the paths (folders give every *.claims below them, sorted), read
// each file once (by canonical path) however often it is named or included, follow includes
// relative to the including file, report missing includes and include cycles, parse, and
// resolve everything into one Corpus. Diagnostics go to the sink; bad input never throws.
// Reads are confined (util::ReadScope) to the folders named as paths (a file's own folder for
// a file), the text folders and the allow_read folders, and to regular files; a folder that
// holds no *.claims file, an unreadable subfolder and a missing text folder are errors.
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "grammar/ast.hpp"

#include "stance/diag/diagnostic.hpp"
#include "stance/model/corpus.hpp"
#include "stance/util/source_file.hpp"

namespace stance::model {

// Parse results of earlier runs, by content hash: a file whose hash is found is not parsed
// again. Only files that parsed without errors are put. Both are called from the loading
// threads, several at once when there is enough text to load in parallel.
class ParseCache {
public:
    virtual ~ParseCache() = default;
    virtual std::optional<ast::File> find(const std::string& hash) = 0;
    virtual void put(const std::string& hash, const ast::File& file) = 0;
};

struct LoadOptions {
    std::vector<std::filesystem::path> paths;      // files or folders
    std::vector<std::filesystem::path> text_dirs;  // --texts: where source texts are looked up by file name
    std::vector<std::filesystem::path> allow_read; // --allow-read: more folders that may be read
    std::vector<std::filesystem::path> bib_files;  // --bib: where `cite` keys are looked up
    ParseCache* cache = nullptr;                   // optional
    // Texts that win over the disk, by canonical path: an editor's unsaved buffers. A path here
    // is read from the map even when no file is on disk.
    const std::unordered_map<std::string, std::string>* overlay = nullptr;
    bool keep_trees = false;  // fill Loaded::trees (an editor's go-to-definition walks them)
    bool take_strings = false;  // ResolveOptions::take_strings
};

struct Loaded {
    // FileId == Position::file == index into corpus.files: the claims files, then the --bib files.
    util::SourceManager files;
    Corpus corpus;
    diag::Sink diagnostics;     // syntax, include and resolution diagnostics, sorted by position
    std::vector<ast::File> trees;  // by FileId, with LoadOptions::keep_trees; else empty
};

Loaded load(const LoadOptions& options);

// What a load read, as a claim store records it: each claims file (as Corpus::files has it),
// each source's `text` attribute (the declaring file, the attribute, where it was found) and
// the content hash of each text found ("" for one that cannot be read).
struct RecordedInputs {
    struct Text {
        Index file = none;
        std::string written;
        std::string found;  // "" when not found
    };
    std::vector<CorpusFile> files;
    std::vector<Text> texts;
    std::vector<std::pair<std::string, std::string>> text_hashes;  // path, content hash
};

// True when load(options) would read the files of `recorded`, no more, with the same content,
// and find the same texts with the same content: then it makes the same corpus. The files are
// read as load reads them (confined alike); one that cannot be read is a change. Never throws
// for the files' content or absence.
bool same_inputs(const LoadOptions& options, const RecordedInputs& recorded);

// The content hashes of the texts that the sources of `corpus` found, each once, for
// RecordedInputs::text_hashes.
std::vector<std::pair<std::string, std::string>> hash_texts(const Corpus& corpus);

}  // namespace stance::model
