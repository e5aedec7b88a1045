#pragma once
// A deterministic generator of claims corpora for the benchmarks: experts, topics, claims,
// relations, and one file per source whose `from` block holds that source's stances with
// quotes and locators (DSL.md), plus the same content written as Argdown for the comparison
// with that tool. A size (number of stances) and a seed always give the same bytes, on every
// platform and standard library: the only randomness is splitmix64 and integer arithmetic.
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace stance::bench {

// splitmix64 (Steele, Lea, Flood 2014): tiny and fully specified. std:: distributions are
// not specified bit for bit, so they would make corpora differ between standard libraries.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    // Uniform in [0, n) by multiply-shift; the bias (below n / 2^32) does not matter here.
    std::uint32_t below(std::uint32_t n);
    bool chance(std::uint32_t per_mille) { return below(1000) < per_mille; }

private:
    std::uint64_t m_state;
};

struct GeneratedFile {
    std::string name;  // relative to the corpus folder
    std::string text;
};

// The shape of a corpus of `stances` stances: the counts the generator derives from the size.
struct CorpusShape {
    std::uint64_t stances = 0;
    std::uint32_t experts = 0;
    std::uint32_t topics = 0;
    std::uint32_t claims = 0;
    std::uint32_t relations = 0;
    std::uint32_t sources = 0;  // one file each
};
// claims: 0 for the default proportion (one claim per 50 stances), else this many.
CorpusShape shape_for(std::uint64_t stances, std::uint32_t claims = 0);

class CorpusGenerator {
public:
    // The world (experts, topics, claims, relations, sources) is built here; it is small next
    // to the stances, which each file generates on demand from its own seed.
    explicit CorpusGenerator(std::uint64_t stances, std::uint64_t seed = 0, std::uint32_t claims = 0);

    const CorpusShape& shape() const { return m_shape; }
    // experts.claims, claims.claims, then one file per source.
    std::size_t file_count() const { return 2 + m_sources.size(); }
    GeneratedFile file(std::size_t index) const;
    // The whole corpus as one Argdown document: claims as statements, relations as support,
    // attack and contradiction, each stance an argument carrying its quote that supports
    // (asserts, qualifies) or attacks (denies) its claim. Appended to `out` source by source
    // through `flush`, so that a large corpus is never held whole.
    template <typename Flush>
    void write_argdown(Flush&& flush) const {
        std::string out;
        argdown_header(out);
        for (std::size_t s = 0; s < m_sources.size(); ++s) {
            flush(out);
            out.clear();
            argdown_source(s, out);
        }
        flush(out);
    }

private:
    static constexpr int camps = 4;

    struct Expert {
        std::string id, name, affiliation, role, country;
        int camp = 0;
    };
    struct Topic {
        std::string id, question;
    };
    struct Claim {
        std::string id, text;
        std::uint32_t topic = 0;
        std::uint8_t truth = 0;  // bit k: what camp k holds
    };
    enum class RelationKind { implies, contradicts, equivalent, supports, undermines };
    struct Relation {
        std::uint32_t from = 0, to = 0;
        RelationKind kind = RelationKind::implies;
    };
    struct Source {
        std::string id, title, publisher, author, kind;
        int year = 0, month = 0;
        std::uint32_t stances = 0;
        std::vector<std::uint32_t> experts;  // who speaks in it
        std::vector<std::uint32_t> topics;   // what it is about
        std::uint64_t seed = 0;
    };
    struct Stance {
        std::uint32_t expert = 0, claim = 0;
        int value = 0;
        std::string quote;  // as written between the double quotes (escapes, line breaks)
        std::string plain;  // the same words without escapes, for Argdown
        std::string at;
        int year = 0, month = 0;             // 0: no `date` attribute
        std::uint32_t because = UINT32_MAX;  // a claim, or none
    };

    using Taken = std::unordered_map<std::string, int>;
    void make_experts(Random& random, Taken& taken);
    void make_claims(Random& random, Taken& taken);
    void make_relations(Random& random);
    void make_sources(Random& random, Taken& taken);
    std::vector<Stance> source_stances(std::size_t source) const;
    std::string experts_file() const;
    std::string claims_file() const;
    std::string source_file(std::size_t source) const;
    void argdown_header(std::string& out) const;
    void argdown_source(std::size_t source, std::string& out) const;

    CorpusShape m_shape;
    std::uint64_t m_seed;
    std::vector<Expert> m_experts;
    std::vector<Topic> m_topics;
    std::vector<Claim> m_claims;
    std::vector<std::vector<std::uint32_t>> m_topic_claims;
    std::vector<Relation> m_relations;
    std::vector<Source> m_sources;
};

}  // namespace stance::bench
