#pragma once
// A small corpus and an analysis of it, written out by hand, for the store tests. The expert
// ids are declared out of alphabetical order (zogg, cornell, nikitina) so that the views' id
// ordering differs from the corpus's index ordering.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

#include "stance/check/analysis.hpp"
#include "stance/model/corpus.hpp"

namespace stance::store::test {

inline model::Position at(model::Index file, std::uint32_t line, std::uint32_t column = 1) {
    return {file, line, column};
}

inline model::Corpus small_corpus() {
    model::Corpus c;
    c.files = {{"claims/eurasianet.claims", "0123456789abcdef0123456789abcdef"},
               {"claims/claims.claims", "fedcba9876543210fedcba9876543210"}};

    model::Source eurasianet;
    eurasianet.id = "eurasianet-2022";
    eurasianet.title = "Too early to call time on the CSTO";
    eurasianet.authors = {"Kamila Ibragimova", "Peter Leonard"};
    eurasianet.publisher = "Eurasianet";
    eurasianet.date = {2022, 10, 0};
    eurasianet.url = "https://eurasianet.org/too-early";
    eurasianet.kind = "article";
    eurasianet.text = "texts/eurasianet-2022.txt";
    eurasianet.text_path = "/corpus/texts/eurasianet-2022.txt";
    eurasianet.cite = "ibragimova2022";
    eurasianet.note = "paywalled";
    eurasianet.where = at(0, 2);
    model::Source carnegie;
    carnegie.id = "carnegie-2023";
    carnegie.date = {2023, 5, 17};
    carnegie.where = at(0, 9, 3);
    c.sources = {eurasianet, carnegie};

    model::Expert zogg;
    zogg.id = "zogg";
    zogg.name = "Benno Zogg";
    zogg.where = at(1, 1);
    model::Expert cornell;
    cornell.id = "cornell";
    cornell.name = "Svante Cornell";
    cornell.affiliations = {"Institute for Security and Development Policy (ISDP)", "AFPC"};
    cornell.role = "director";
    cornell.country = "Sweden";
    cornell.camp = "Sceptics";
    cornell.where = at(1, 2);
    model::Expert nikitina;
    nikitina.id = "nikitina";
    nikitina.name = "Yulia Nikitina";
    nikitina.aka = {"Юлия Никитина"};
    nikitina.note = "MGIMO";
    nikitina.where = at(1, 3);
    c.experts = {zogg, cornell, nikitina};

    // The first topic's parent is declared after it.
    c.topics = {{"csto.control", "Who steers the CSTO", 1, "", at(1, 5)}, {"csto", "What is the CSTO for", model::none, "root", at(1, 6)}};

    model::Claim controls;
    controls.id = "csto.russia-controls";
    controls.text = "Russia controls the CSTO.";
    controls.topic = 0;
    controls.tags = {"russia", "control"};
    controls.date = {2022, 0, 0};
    controls.where = at(1, 8);
    model::Claim sovereign;
    sovereign.id = "csto.members-sovereign";
    sovereign.text = "Member states put national sovereignty above bloc logic.";
    sovereign.topic = 0;
    sovereign.where = at(1, 9);
    model::Claim weak;
    weak.id = "csto.weak";
    weak.text = "";  // kept as "", apart from a missing text
    weak.note = "unused";
    weak.where = at(1, 10);
    c.claims = {controls, sovereign, weak};

    c.relations = {{model::RelationKind::undermines, 1, 0, "", at(1, 11)},
                   {model::RelationKind::implies, 0, 2, "a guess", at(1, 12, 5)}};

    model::Stance s0;  // cornell asserts controls, from eurasianet
    s0.expert = 1;
    s0.claim = 0;
    s0.value = 1;
    s0.source = 0;
    s0.quotes = {{"it must refrain from doing so as a result of Russian pressure", at(0, 5, 11)}, {"", at(0, 6, 11)}};
    s0.at = "para. 4";
    s0.where = at(0, 4, 3);
    model::Stance s1;  // nikitina strongly denies controls, because sovereign
    s1.expert = 2;
    s1.claim = 0;
    s1.value = -2;
    s1.source = 0;
    s1.quotes = {{"But Nikitina questioned the notion that Russia controls the organization.", at(0, 8, 11)}};
    s1.because = {1, 2};
    s1.where = at(0, 7, 3);
    model::Stance s2;  // zogg qualifies controls, dated, no source
    s2.expert = 0;
    s2.claim = 0;
    s2.value = 0;
    s2.date = {2023, 1, 2};
    s2.note = "hedged";
    s2.where = at(0, 12);
    model::Stance s3;  // cornell denies sovereign, from carnegie
    s3.expert = 1;
    s3.claim = 1;
    s3.value = -1;
    s3.source = 1;
    s3.where = at(0, 10, 3);
    model::Stance s4;  // nikitina asserts sovereign
    s4.expert = 2;
    s4.claim = 1;
    s4.value = 1;
    s4.source = 1;
    s4.where = at(0, 11, 3);
    c.stances = {s0, s1, s2, s3, s4};
    c.reindex();
    return c;
}

// Tastle & Wierman's consensus, for expectations below (1 when n == 1).
inline double consensus_of(std::initializer_list<int> values) {
    double mean = 0;
    for (int v : values) mean += v;
    mean /= static_cast<double>(values.size());
    double sum = 0;
    for (int v : values) sum += std::log2(1 - std::abs(v - mean) / 4) / static_cast<double>(values.size());
    return 1 + sum;
}

// What the checks find in small_corpus(), worked out by hand.
inline check::Analysis small_analysis() {
    check::Analysis a;
    // zogg(0), cornell(1), nikitina(2); controls(0), sovereign(1), weak(2).
    a.cells = {
        {0, 0, 0, false, 2, ""},
        {1, 0, 1, false, 0, ""},
        {1, 1, -1, false, 3, ""},
        {1, 2, 1, true, model::none, "asserts csto.russia-controls; csto.russia-controls implies csto.weak"},
        {2, 0, -2, false, 1, ""},
        {2, 1, 1, false, 4, ""},
    };
    a.consensus = {
        {0, 3, -1.0 / 3, consensus_of({0, 1, -2}), 1, 1, 1},
        {1, 2, 0.0, consensus_of({-1, 1}), 1, 1, 0},
    };
    // zogg-cornell share controls (0 vs 1: qualified); cornell-nikitina share controls (1 vs -2)
    // and sovereign (-1 vs 1): two conflicts, score -1; zogg-nikitina share controls (0 vs -2).
    // One shared claim is too few to judge.
    a.agreement = {
        {0, 1, 1, 0, 0, 1, 0, std::nullopt},
        {0, 2, 1, 0, 0, 1, 0, std::nullopt},
        {1, 2, 2, 0, 2, 0, 0, -1.0},
    };
    a.camps = {{2, 0}};
    a.unplaced = {1};
    a.expert_order = {2, 0, 1};
    a.findings = {
        {check::FindingKind::unsourced, diag::Severity::warning, 0, 0, model::none, at(0, 12),
         "zogg's stance on csto.russia-controls has no source"},
        {check::FindingKind::unused_source, diag::Severity::note, model::none, model::none, 1, {},
         "nothing cites carnegie-2023"},
        {check::FindingKind::quote_not_found, diag::Severity::warning, 2, 0, 0, at(0, 8, 11),
         "quote not found in texts/eurasianet-2022.txt"},
    };
    return a;
}

// A fresh folder under the system's temporary folder, removed with its content at the end.
class TemporaryFolder {
public:
    TemporaryFolder() {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("stance-store-test-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TemporaryFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

}  // namespace stance::store::test
