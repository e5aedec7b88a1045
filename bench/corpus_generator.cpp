#include "corpus_generator.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace stance::bench {

std::uint64_t Random::next() {
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint32_t Random::below(std::uint32_t n) {
    return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32);
}

CorpusShape shape_for(std::uint64_t stances, std::uint32_t claims) {
    // Proportions of a large literature review: ~50 stances per claim, ~500 per expert,
    // ~200 per source (the source is the unit researchers work in, one file each).
    CorpusShape shape;
    shape.stances = stances;
    shape.claims = claims > 0 ? claims : static_cast<std::uint32_t>(std::max<std::uint64_t>(50, stances / 50));
    shape.experts = static_cast<std::uint32_t>(std::max<std::uint64_t>(12, stances / 500));
    shape.topics = std::max<std::uint32_t>(5, shape.claims / 40);
    shape.relations = shape.claims * 3 / 5;
    shape.sources = static_cast<std::uint32_t>(std::max<std::uint64_t>(1, (stances + 199) / 200));
    return shape;
}

namespace {

template <typename List>
std::string_view pick(Random& random, const List& list) {
    return std::data(list)[random.below(static_cast<std::uint32_t>(std::size(list)))];
}

constexpr std::array<std::string_view, 40> syllables = {
    "ko", "va", "len", "ni", "ti", "na", "mar", "zo", "ber", "gen", "sta", "rov", "ski", "ova",
    "ich", "el", "an", "dre", "mi", "kha", "il", "yu", "lia", "sve", "te", "cor", "da", "vid",
    "son", "lo", "ca", "man", "ke", "bek", "ra", "shev", "tu", "ga", "ya", "ev"};

constexpr std::string_view first_names[] = {
    "Anna", "Boris", "Chen", "Dana", "Elena", "Farid", "Galina", "Hiro", "Ilse", "Jamal", "Kamila",
    "Lars", "Maria", "Nurlan", "Olga", "Pavel", "Qian", "Rosa", "Sergei", "Tamara", "Umar",
    "Vera", "Wen", "Yulia", "Zhanna", "Aidar", "Benno", "Igor", "Marat", "Svante", "Ecaterina",
    "Askar", "Kirill", "Mikhail", "Peter", "Lucia", "Amira", "Tomas"};

constexpr std::string_view affiliations[] = {
    "Institute for Security and Development Policy", "Carnegie Endowment", "MGIMO University",
    "Center for Security Studies, ETH Zurich", "Chatham House", "Kazakhstan Institute for Strategic Studies",
    "Valdai Discussion Club", "University of Oxford", "Higher School of Economics", "RAND Corporation",
    "Central Asia Barometer", "European Council on Foreign Relations", "Brookings Institution",
    "Kennan Institute", "Crisis Group", "Stockholm International Peace Research Institute"};

constexpr std::string_view roles[] = {"senior fellow", "director", "professor", "research associate",
                         "analyst", "lecturer", "editor", "former ambassador"};

constexpr std::string_view countries[] = {"Kazakhstan", "Kyrgyzstan", "Russia", "Armenia", "Belarus", "Tajikistan",
                             "Switzerland", "Sweden", "United Kingdom", "United States", "Germany", "China"};

constexpr std::string_view domains[] = {
    "energy", "security", "trade", "migration", "climate", "health", "finance", "defence", "water",
    "labour", "housing", "education", "transport", "digital", "food", "arms", "sanctions", "tariffs",
    "borders", "elections", "alliances", "pipelines", "currency", "media", "courts", "minorities",
    "religion", "mining", "nuclear", "cyber", "aid", "debt", "ports", "rail", "grain", "oil", "gas",
    "treaties", "peacekeeping", "integration"};

constexpr std::string_view nouns[] = {
    "prices", "sanctions", "alliance", "tariffs", "growth", "reform", "budget", "pipeline", "treaty",
    "borders", "exports", "imports", "troops", "bases", "loans", "elites", "voters", "markets",
    "courts", "media", "summit", "charter", "quotas", "subsidies", "wages", "rents", "banks",
    "unions", "parties", "police", "army", "parliament", "regions", "cities", "farmers", "workers",
    "investors", "donors", "neighbours", "partners", "rivals", "members", "leaders", "citizens",
    "migrants", "refugees", "officials", "ministers", "governors", "envoys", "monitors", "satellites",
    "drones", "grids", "dams", "railways", "ports", "corridors", "mines", "reserves"};

constexpr std::string_view verbs[] = {
    "will weaken", "strengthens", "depends on", "undermines", "protects", "will raise", "lowers",
    "shapes", "constrains", "outweighs", "follows", "drives", "reassures", "alarms", "divides",
    "unites", "replaces", "serves", "ignores", "threatens"};

constexpr std::string_view qualifiers[] = {"in the long run", "for now", "across the region", "at home",
                              "abroad", "in practice", "on paper", "after the crisis", "this decade",
                              "despite the rhetoric"};

// Common words of analytical prose; short on average, as running text is.
constexpr std::string_view prose[] = {
    "the", "of", "and", "to", "in", "is", "that", "it", "for", "as", "was", "with", "on", "not",
    "by", "are", "this", "but", "be", "from", "or", "have", "an", "they", "which", "its", "has",
    "were", "would", "their", "been", "there", "more", "will", "can", "about", "other", "than",
    "when", "into", "only", "some", "could", "these", "them", "what", "over", "also", "after",
    "most", "even", "because", "such", "very", "much", "power", "state", "states", "policy",
    "region", "regional", "security", "interests", "influence", "pressure", "Moscow", "Astana",
    "Bishkek", "Yerevan", "Minsk", "Dushanbe", "Beijing", "Brussels", "Washington", "members",
    "member", "bloc", "organization", "alliance", "treaty", "leaders", "government", "governments",
    "decision", "decisions", "crisis", "conflict", "war", "troops", "forces", "support", "military",
    "economic", "political", "strategic", "national", "sovereignty", "integration", "cooperation",
    "agreement", "question", "answer", "clearly", "rather", "simply", "hardly", "never", "always",
    "often", "still", "already", "perhaps", "indeed", "however", "real", "main", "key", "weak",
    "strong", "new", "old", "own", "whole", "little", "few", "many", "long", "short", "early", "late",
    "said", "says", "argued", "noted", "believe", "think", "see", "show", "shows", "mean", "means",
    "remain", "remains", "became", "become", "seems", "need", "needs", "want", "wants", "act",
    "acted", "refused", "failed", "agreed", "moved", "joined", "left", "signed", "prices", "gas",
    "oil", "grain", "trade", "money", "budget", "loans", "debt", "markets", "growth", "years",
    "months", "today", "now", "then", "here", "there", "we", "us", "our", "he", "she", "his", "her",
    "no", "one", "two", "three", "first", "last", "next", "same", "all", "any", "each", "both"};

constexpr std::string_view publishers[] = {"Eurasianet", "The Diplomat", "Carnegie Politika", "Foreign Affairs",
                              "Valdai Club", "CABAR.asia", "Russia in Global Affairs", "War on the Rocks",
                              "ISDP Policy Brief", "Vedomosti", "Kommersant", "Ritm Eurasia",
                              "Central Asian Survey", "Journal of Eurasian Studies"};

constexpr std::string_view kinds[] = {"article", "article", "article", "interview", "report", "speech"};

const std::unordered_set<std::string_view> keywords = {
    "language", "include", "source", "expert", "topic", "claim", "from", "asserts", "denies",
    "qualifies", "strongly", "implies", "contradicts", "equivalent", "supports", "undermines"};

std::string capitalised(std::string_view word) {
    std::string out(word);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string surname(Random& random) {
    std::string name;
    int count = 2 + static_cast<int>(random.below(2));
    for (int i = 0; i < count; ++i) name += pick(random, syllables);
    return name;
}

// Makes `base` unique among `taken` by appending 2, 3, ...; keywords are never identifiers.
std::string unique(std::string base, std::unordered_map<std::string, int>& taken) {
    int& seen = taken[base];
    ++seen;
    if (seen == 1 && !keywords.contains(base)) return base;
    for (int n = seen + 1;; ++n) {
        std::string candidate = base + std::to_string(n);
        if (taken.emplace(candidate, 1).second) return candidate;
    }
}

void append_date(std::string& out, int year, int month) {
    out += std::to_string(year);
    out += month < 10 ? "-0" : "-";
    out += std::to_string(month);
}

// A quote of running prose, with the typography real quotes carry now and then: typographic
// quotation marks, apostrophes and dashes, escaped straight quotes, elisions, and line breaks
// where a researcher wrapped a long quote by hand. `quote` is the string as written in a claims
// file, `plain` its value (escapes decoded, white space folded) for Argdown.
void make_quote(Random& random, std::string& quote, std::string& plain) {
    int words = 12 + static_cast<int>(random.below(17));  // 12..28
    int inner_from = random.chance(80) ? static_cast<int>(random.below(static_cast<std::uint32_t>(words - 3))) : -1;
    int dash_at = random.chance(80) ? 2 + static_cast<int>(random.below(static_cast<std::uint32_t>(words - 4))) : -1;
    int straight_from = random.chance(20) ? static_cast<int>(random.below(static_cast<std::uint32_t>(words - 2))) : -1;
    int elision_at = random.chance(50) ? 3 + static_cast<int>(random.below(static_cast<std::uint32_t>(words - 5))) : -1;
    int wrap_at = random.chance(80) ? 6 + static_cast<int>(random.below(static_cast<std::uint32_t>(words - 8))) : -1;
    bool unicode_elision = random.chance(400);
    quote.clear();
    plain.clear();
    auto both = [&](std::string_view text) {
        quote += text;
        plain += text;
    };
    for (int i = 0; i < words; ++i) {
        if (i > 0) {
            if (i == wrap_at) {
                quote += "\n      ";
                plain += ' ';
            } else {
                both(" ");
            }
        }
        if (i == dash_at) both(random.chance(700) ? "\xE2\x80\x94 " : "\xE2\x80\x93 ");  // em, en dash
        if (i == elision_at) both(unicode_elision ? "\xE2\x80\xA6 " : "... ");
        if (i == inner_from) both("\xE2\x80\x9C");  // left double quotation mark
        if (i == straight_from) {
            quote += "\\\"";
            plain += '"';
        }
        std::string_view word = pick(random, prose);
        if (i == 0) {
            both(capitalised(word));
        } else {
            both(word);
        }
        if (word.size() > 4 && random.chance(60)) both("\xE2\x80\x99s");  // typographic apostrophe: "Moscow’s"
        if (inner_from >= 0 && i == inner_from + 2) both("\xE2\x80\x9D");
        if (straight_from >= 0 && i == straight_from + 1) {
            quote += "\\\"";
            plain += '"';
        }
        if (i + 1 < words && random.chance(60)) both(",");
    }
    both(".");
}

void make_locator(Random& random, std::string& at) {
    std::uint32_t n = 1 + random.below(40);
    switch (random.below(4)) {
        case 0: at = "p. " + std::to_string(n); break;
        case 1: at = "para. " + std::to_string(n); break;
        case 2: at = "pp. " + std::to_string(n) + "-" + std::to_string(n + 1); break;
        default: at = "question " + std::to_string(1 + n % 12); break;
    }
}

std::string_view relation_keyword(int kind) {
    constexpr std::array<std::string_view, 5> names = {"implies", "contradicts", "equivalent", "supports", "undermines"};
    return names[static_cast<std::size_t>(kind)];
}

}  // namespace

CorpusGenerator::CorpusGenerator(std::uint64_t stances, std::uint64_t seed, std::uint32_t claims)
    : m_shape(shape_for(stances, claims)), m_seed(seed ^ (stances * 0x9e3779b97f4a7c15ULL)) {
    Random random(m_seed);
    // Identifiers are global to a corpus, whatever they name.
    std::unordered_map<std::string, int> taken;
    make_experts(random, taken);
    make_claims(random, taken);
    make_relations(random);
    make_sources(random, taken);
}

void CorpusGenerator::make_experts(Random& random, std::unordered_map<std::string, int>& taken) {
    m_experts.reserve(m_shape.experts);
    for (std::uint32_t i = 0; i < m_shape.experts; ++i) {
        Expert expert;
        std::string last = surname(random);
        expert.id = unique(last, taken);
        expert.name = std::string(pick(random, first_names)) + " " + capitalised(last);
        expert.affiliation = pick(random, affiliations);
        expert.role = pick(random, roles);
        expert.country = pick(random, countries);
        expert.camp = static_cast<int>(random.below(camps));
        m_experts.push_back(std::move(expert));
    }
}

void CorpusGenerator::make_claims(Random& random, std::unordered_map<std::string, int>& taken) {
    for (std::uint32_t i = 0; i < m_shape.topics; ++i) {
        std::string_view domain = domains[i % std::size(domains)];
        Topic topic;
        topic.id = unique(std::string(domain), taken);
        topic.question = "What drives " + std::string(domain) + " policy, and who gains from it?";
        m_topics.push_back(std::move(topic));
    }
    m_topic_claims.resize(m_topics.size());
    m_claims.reserve(m_shape.claims);
    for (std::uint32_t i = 0; i < m_shape.claims; ++i) {
        Claim claim;
        // Every topic gets claims before any gets a second round, so none is empty.
        claim.topic = i < m_shape.topics ? i : random.below(m_shape.topics);
        std::string_view subject = pick(random, nouns);
        std::string_view object = pick(random, nouns);
        while (object == subject) object = pick(random, nouns);
        claim.id = unique(m_topics[claim.topic].id + "." + std::string(subject) + "-" + std::string(object), taken);
        claim.text = "The " + std::string(subject) + " " + std::string(pick(random, verbs)) + " the " +
                     std::string(object) + " " + std::string(pick(random, qualifiers)) + ".";
        // Two in five claims are common ground; on the others each camp takes its own view.
        if (random.chance(400)) {
            claim.truth = random.chance(500) ? 0xF : 0;
        } else {
            claim.truth = static_cast<std::uint8_t>(random.below(16));
        }
        m_topic_claims[claim.topic].push_back(i);
        m_claims.push_back(std::move(claim));
    }
}

// Hard relations (implies, contradicts, equivalent) are only drawn where every camp's view
// satisfies them, so experts who follow their camp stay consistent; the rare stance against
// the camp (see source_stances) is what makes an expert inconsistent, as in real corpora.
// `contradicts` also needs a camp where the two claims differ, which rules out claims that an
// `implies` chain makes equivalent (a relation error in DSL.md).
void CorpusGenerator::make_relations(Random& random) {
    std::unordered_set<std::uint64_t> pairs;
    auto holds = [&](std::uint32_t claim, int camp) { return (m_claims[claim].truth >> camp & 1) != 0; };
    std::uint32_t attempts = 0;
    while (m_relations.size() < m_shape.relations && attempts++ < m_shape.relations * 20) {
        std::uint32_t a = random.below(m_shape.claims);
        const auto& local = m_topic_claims[m_claims[a].topic];
        std::uint32_t b = random.chance(800) ? local[random.below(static_cast<std::uint32_t>(local.size()))]
                                             : random.below(m_shape.claims);
        if (a == b) continue;
        std::uint64_t key = (std::uint64_t{std::min(a, b)} << 32) | std::max(a, b);
        if (!pairs.insert(key).second) continue;
        bool implies_ab = true, implies_ba = true, disjoint = true, equal = true;
        for (int k = 0; k < camps; ++k) {
            bool va = holds(a, k), vb = holds(b, k);
            implies_ab = implies_ab && !(va && !vb);
            implies_ba = implies_ba && !(vb && !va);
            disjoint = disjoint && !(va && vb);
            equal = equal && va == vb;
        }
        int agreeing = 0;
        for (int k = 0; k < camps; ++k) agreeing += holds(a, k) == holds(b, k);
        RelationKind defeasible = agreeing * 2 >= camps ? RelationKind::supports : RelationKind::undermines;
        Relation relation{a, b, defeasible};
        std::uint32_t want = random.below(100);
        if (want < 30) {
            if (implies_ab) {
                relation.kind = RelationKind::implies;
            } else if (implies_ba) {
                relation = {b, a, RelationKind::implies};
            }
        } else if (want < 45) {
            if (disjoint && !equal) relation.kind = RelationKind::contradicts;
        } else if (want < 50) {
            if (equal) relation.kind = RelationKind::equivalent;
        } else {
            relation.kind = want < 78 ? RelationKind::supports : RelationKind::undermines;
        }
        m_relations.push_back(relation);
    }
}

void CorpusGenerator::make_sources(Random& random, std::unordered_map<std::string, int>& taken) {
    std::uint64_t per_source = m_shape.stances / m_shape.sources;
    std::uint64_t extra = m_shape.stances % m_shape.sources;
    for (std::uint32_t i = 0; i < m_shape.sources; ++i) {
        Source source;
        std::string author = surname(random);
        source.author = std::string(pick(random, first_names)) + " " + capitalised(author);
        source.year = 2000 + static_cast<int>(random.below(25));
        source.month = 1 + static_cast<int>(random.below(12));
        source.id = unique(author + "-" + std::to_string(source.year), taken);
        std::string_view a = pick(random, nouns), b = pick(random, nouns);
        source.title = capitalised(a) + " and " + std::string(b) + ": " + std::string(pick(random, qualifiers));
        source.publisher = pick(random, publishers);
        source.kind = pick(random, kinds);
        source.stances = static_cast<std::uint32_t>(per_source + (i < extra ? 1 : 0));
        std::uint32_t speakers = std::min<std::uint32_t>(3 + random.below(8), m_shape.experts);
        while (source.experts.size() < speakers) {
            std::uint32_t e = random.below(m_shape.experts);
            if (std::find(source.experts.begin(), source.experts.end(), e) == source.experts.end()) {
                source.experts.push_back(e);
            }
        }
        std::uint32_t subjects = std::min<std::uint32_t>(1 + random.below(3), m_shape.topics);
        while (source.topics.size() < subjects) {
            std::uint32_t t = random.below(m_shape.topics);
            if (std::find(source.topics.begin(), source.topics.end(), t) == source.topics.end()) {
                source.topics.push_back(t);
            }
        }
        source.seed = random.next();
        m_sources.push_back(std::move(source));
    }
}

std::vector<CorpusGenerator::Stance> CorpusGenerator::source_stances(std::size_t index) const {
    const Source& source = m_sources[index];
    Random random(source.seed);
    std::vector<Stance> stances(source.stances);
    auto n_experts = static_cast<std::uint32_t>(source.experts.size());
    for (auto& stance : stances) {
        // The first experts named in a source speak most, as in an article.
        stance.expert = source.experts[std::min(random.below(n_experts), random.below(n_experts))];
        if (random.chance(850)) {
            const auto& local = m_topic_claims[source.topics[random.below(static_cast<std::uint32_t>(source.topics.size()))]];
            stance.claim = local[random.below(static_cast<std::uint32_t>(local.size()))];
        } else {
            stance.claim = random.below(m_shape.claims);
        }
        int camp = m_experts[stance.expert].camp;
        bool holds = (m_claims[stance.claim].truth >> camp & 1) != 0;
        if (random.below(4000) == 0) holds = !holds;  // an expert who strays from the camp
        std::uint32_t kind = random.below(1000);
        if (kind < 70) {
            stance.value = 0;
        } else {
            stance.value = (kind < 220 ? 2 : 1) * (holds ? 1 : -1);
        }
        make_quote(random, stance.quote, stance.plain);
        make_locator(random, stance.at);
        if (random.chance(30)) {
            stance.year = source.year + static_cast<int>(random.below(2));
            stance.month = 1 + static_cast<int>(random.below(12));
        }
        if (random.chance(80)) {
            const auto& local = m_topic_claims[m_claims[stance.claim].topic];
            for (int attempt = 0; attempt < 4; ++attempt) {
                std::uint32_t reason = local[random.below(static_cast<std::uint32_t>(local.size()))];
                if (reason != stance.claim && (m_claims[reason].truth >> camp & 1) != 0) {
                    stance.because = reason;
                    break;
                }
            }
        }
    }
    return stances;
}

GeneratedFile CorpusGenerator::file(std::size_t index) const {
    if (index == 0) return {"experts.claims", experts_file()};
    if (index == 1) return {"claims.claims", claims_file()};
    return {"sources/" + m_sources[index - 2].id + ".claims", source_file(index - 2)};
}

std::string CorpusGenerator::experts_file() const {
    std::string out = "# Experts of the generated benchmark corpus (" + std::to_string(m_shape.stances) + " stances)\n\n";
    for (const auto& expert : m_experts) {
        out += "expert " + expert.id + " \"" + expert.name + "\" {\n";
        out += "  affiliation \"" + expert.affiliation + "\"\n";
        out += "  role \"" + expert.role + "\"\n";
        out += "  country \"" + expert.country + "\"\n";
        out += "}\n";
    }
    return out;
}

std::string CorpusGenerator::claims_file() const {
    std::string out = "# Topics, claims and relations of the generated benchmark corpus\n\nlanguage 1\n\n";
    for (const auto& topic : m_topics) out += "topic " + topic.id + " \"" + topic.question + "\"\n";
    out += '\n';
    for (const auto& claim : m_claims) {
        out += "claim " + claim.id + " \"" + claim.text + "\" { topic " + m_topics[claim.topic].id + " }\n";
    }
    out += '\n';
    for (const auto& relation : m_relations) {
        out += m_claims[relation.from].id;
        out += ' ';
        out += relation_keyword(static_cast<int>(relation.kind));
        out += ' ';
        out += m_claims[relation.to].id;
        out += '\n';
    }
    return out;
}

std::string CorpusGenerator::source_file(std::size_t index) const {
    const Source& source = m_sources[index];
    std::string out;
    out.reserve(source.stances * 230 + 512);
    out += "# " + source.title + ", " + source.publisher + ", " + std::to_string(source.year) + "\n";
    out += "source " + source.id + " \"" + source.title + "\" {\n";
    out += "  publisher \"" + source.publisher + "\"\n  date ";
    append_date(out, source.year, source.month);
    out += "\n  author \"" + source.author + "\"\n  kind " + source.kind + "\n";
    out += "  url \"https://example.org/" + source.id + "\"\n}\n\nfrom " + source.id + " {\n";
    constexpr std::array<std::string_view, 5> verbs_by_value = {"strongly denies", "denies", "qualifies",
                                                                "asserts", "strongly asserts"};
    for (const auto& stance : source_stances(index)) {
        out += "  ";
        out += m_experts[stance.expert].id;
        out += ' ';
        out += verbs_by_value[static_cast<std::size_t>(stance.value + 2)];
        out += ' ';
        out += m_claims[stance.claim].id;
        out += " {\n    quote \"";
        out += stance.quote;
        out += "\"\n    at \"";
        out += stance.at;
        out += "\"\n";
        if (stance.year != 0) {
            out += "    date ";
            append_date(out, stance.year, stance.month);
            out += '\n';
        }
        if (stance.because != UINT32_MAX) {
            out += "    because ";
            out += m_claims[stance.because].id;
            out += '\n';
        }
        out += "  }\n";
    }
    out += "}\n";
    return out;
}

void CorpusGenerator::argdown_header(std::string& out) const {
    out += "# Generated benchmark corpus (" + std::to_string(m_shape.stances) + " stances)\n\n";
    for (const auto& claim : m_claims) {
        out += '[' + claim.id + "]: " + claim.text + " {topic: \"" + m_topics[claim.topic].id + "\"}\n\n";
    }
    constexpr std::array<std::string_view, 5> arrows = {"+>", "><", "+>", "+>", "->"};
    for (const auto& relation : m_relations) {
        out += '[' + m_claims[relation.from].id + "]\n  ";
        out += arrows[static_cast<std::size_t>(relation.kind)];
        out += " [" + m_claims[relation.to].id + "]\n\n";
    }
}

void CorpusGenerator::argdown_source(std::size_t index, std::string& out) const {
    const Source& source = m_sources[index];
    std::uint32_t n = 0;
    for (const auto& stance : source_stances(index)) {
        const auto& expert = m_experts[stance.expert].id;
        out += '<' + expert + '-' + m_claims[stance.claim].id + '-' + source.id + '-' + std::to_string(++n) + ">: ";
        out += stance.plain;
        out += " {expert: \"" + expert + "\", source: \"" + source.id + "\", at: \"" + stance.at +
               "\", value: " + std::to_string(stance.value) + "}\n  ";
        out += stance.value < 0 ? "->" : "+>";
        out += " [" + m_claims[stance.claim].id + "]\n";
        if (stance.because != UINT32_MAX) out += "  <+ [" + m_claims[stance.because].id + "]\n";
        out += '\n';
    }
}

}  // namespace stance::bench
