// stance_generate: writes a deterministic benchmark corpus of N stances as claims files
// (DIR/claims: experts.claims, claims.claims, sources/*.claims, one file per source) and, with
// --argdown, the same content as one Argdown document (DIR/argdown/corpus.argdown).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>

#include <CLI/CLI.hpp>

#include "corpus_generator.hpp"

namespace {

void write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"stance_generate: write a deterministic benchmark corpus"};
    std::uint64_t stances = 1000;
    std::uint64_t seed = 0;
    std::filesystem::path out_dir;
    bool argdown = false;
    std::uint32_t claims = 0;
    app.add_option("-n,--stances", stances, "number of stances")->required();
    app.add_option("-o,--out", out_dir, "output folder (claims/ and argdown/ are written below it)")->required();
    app.add_option("--seed", seed, "varies the corpus; the same size and seed give the same bytes");
    app.add_flag("--argdown", argdown, "also write the same content as Argdown");
    app.add_option("--claims", claims, "number of claims (default: one per 50 stances)");
    CLI11_PARSE(app, argc, argv);

    try {
        stance::bench::CorpusGenerator generator(stances, seed, claims);
        const auto& shape = generator.shape();
        auto claims_dir = out_dir / "claims";
        // Only a folder this program wrote is ever replaced: --out could name a real corpus.
        auto marker = claims_dir / ".stance-generated";
        if (std::filesystem::exists(claims_dir) && !std::filesystem::exists(marker)) {
            throw std::runtime_error(claims_dir.string() + " exists and was not written by stance_generate; not replacing it");
        }
        std::filesystem::remove_all(claims_dir);
        std::filesystem::create_directories(claims_dir / "sources");
        write_text(marker, "written by stance_generate; replaced by the next run\n");
        std::uintmax_t bytes = 0;
        for (std::size_t i = 0; i < generator.file_count(); ++i) {
            auto file = generator.file(i);
            write_text(claims_dir / file.name, file.text);
            bytes += file.text.size();
        }
        std::uintmax_t argdown_bytes = 0;
        if (argdown) {
            std::filesystem::create_directories(out_dir / "argdown");
            std::ofstream out(out_dir / "argdown" / "corpus.argdown", std::ios::binary);
            generator.write_argdown([&](const std::string& chunk) {
                out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
                argdown_bytes += chunk.size();
            });
            if (!out) throw std::runtime_error("cannot write the Argdown file");
        }
        std::cout << "stances " << shape.stances << ", experts " << shape.experts << ", topics " << shape.topics
                  << ", claims " << shape.claims << ", relations " << shape.relations << ", sources "
                  << shape.sources << "; " << generator.file_count() << " files, " << bytes << " bytes ("
                  << (shape.stances ? bytes / shape.stances : 0) << " per stance)";
        if (argdown) std::cout << "; argdown " << argdown_bytes << " bytes";
        std::cout << '\n';
    } catch (const std::exception& e) {
        std::cerr << "stance_generate: error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
