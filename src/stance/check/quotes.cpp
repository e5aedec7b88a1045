#include "stance/check/quotes.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <unordered_map>

#include "stance/check/normalise.hpp"
#include "stance/check/order.hpp"
#include "stance/util/source_file.hpp"

namespace stance::check {

namespace {

constexpr std::size_t context_words = 2;
constexpr std::size_t max_aligned_words = 64;  // ties between longer windows go to the first

// The parts of a normalised quote between "..." gaps ("…" is "..." after NFKC), trimmed.
std::vector<std::string_view> quote_parts(std::string_view quote) {
    std::vector<std::string_view> parts;
    auto add = [&](std::string_view part) {
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
        if (!part.empty()) parts.push_back(part);
    };
    for (std::size_t gap; (gap = quote.find("...")) != std::string_view::npos;) {
        add(quote.substr(0, gap));
        quote.remove_prefix(gap + 3);
        while (!quote.empty() && quote.front() == '.') quote.remove_prefix(1);  // "...." ends a sentence
    }
    add(quote);
    return parts;
}

// The first part that is not found after the ones before it; nullopt when all are.
std::optional<std::string_view> missing_part(std::string_view text, std::string_view quote) {
    std::size_t from = 0;
    for (std::string_view part : quote_parts(quote)) {
        const auto at = text.find(part, from);
        if (at == std::string_view::npos) return part;
        from = at + part.size();
    }
    return std::nullopt;
}

// ASCII case folded; other bytes as they are, so that byte offsets stay those of `text`.
std::string ascii_lower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

struct Word {
    std::size_t begin, end;  // bytes of the normalised text
    std::string key;         // for comparison: no ASCII case, no surrounding ASCII punctuation
};

std::vector<Word> words(std::string_view text) {
    std::vector<Word> result;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t end = std::min(text.find(' ', i), text.size());
        std::size_t b = i, e = end;
        auto punct = [&](std::size_t k) {
            return static_cast<unsigned char>(text[k]) < 0x80 && std::ispunct(static_cast<unsigned char>(text[k]));
        };
        while (b < e && punct(b)) ++b;
        while (e > b && punct(e - 1)) --e;
        std::string key = ascii_lower(text.substr(b, e - b));
        if (!key.empty()) result.push_back({i, end, std::move(key)});
        i = end + 1;
    }
    return result;
}

// Regular files only, of bounded size (util::read_file): a text is never a FIFO read forever.
std::string read_text(const std::string& path, bool& ok) {
    try {
        return util::read_file(path);
    } catch (const util::FileError&) {
        ok = false;
        return {};
    }
}

}  // namespace

bool quote_found(std::string_view text, std::string_view quote) { return !missing_part(text, quote).has_value(); }

namespace {

// The passage of `text` closest to `quote` (see closest_passage): its words, without context.
struct Window {
    std::size_t first = 0, count = 0;  // in `text_words`; count 0 when no word is shared
};

Window closest_window(const std::vector<Word>& text_words, const std::vector<Word>& wanted) {
    if (wanted.empty() || text_words.empty()) return {};
    std::unordered_map<std::string_view, int> need;  // word -> slot in `have`/`want`
    std::vector<int> want;
    for (const auto& w : wanted) {
        auto [it, added] = need.try_emplace(w.key, static_cast<int>(want.size()));
        if (added) want.push_back(0);
        ++want[static_cast<std::size_t>(it->second)];
    }
    std::vector<int> slot(text_words.size(), -1);
    for (std::size_t i = 0; i < text_words.size(); ++i)
        if (auto it = need.find(text_words[i].key); it != need.end()) slot[i] = it->second;

    const std::size_t k = std::min(wanted.size(), text_words.size());
    std::vector<int> have(want.size(), 0);
    int score = 0, best_score = 0;
    std::size_t best = 0, best_aligned = 0;
    // How many words of the window starting at `start` are the quote's word at the same place.
    auto aligned = [&](std::size_t start) {
        std::size_t n = 0;
        for (std::size_t j = 0; j < k && j < wanted.size(); ++j) n += text_words[start + j].key == wanted[j].key;
        return n;
    };
    for (std::size_t i = 0; i < text_words.size(); ++i) {
        if (slot[i] >= 0 && ++have[static_cast<std::size_t>(slot[i])] <= want[static_cast<std::size_t>(slot[i])])
            ++score;
        if (i >= k) {  // word i - k leaves the window
            const int s = slot[i - k];
            if (s >= 0 && have[static_cast<std::size_t>(s)]-- <= want[static_cast<std::size_t>(s)]) --score;
        }
        if (i + 1 < k || score == 0 || score < best_score) continue;
        const std::size_t start = i + 1 - k;
        if (score > best_score) {
            best_score = score, best = start, best_aligned = aligned(start);
        } else if (k <= max_aligned_words) {  // a tie: the passage whose words stand in the quote's order
            if (const std::size_t a = aligned(start); a > best_aligned) best = start, best_aligned = a;
        }
    }
    return best_score == 0 ? Window{} : Window{best, k};
}

// The passage shown in a message: the window with a few words either side, "…" where the
// text goes on.
std::string shown_passage(std::string_view text, const std::vector<Word>& text_words, Window window) {
    const std::size_t first = window.first >= context_words ? window.first - context_words : 0;
    const std::size_t last = std::min(window.first + window.count - 1 + context_words, text_words.size() - 1);
    const std::size_t begin = text_words[first].begin, end = text_words[last].end;
    std::string passage;
    if (begin > 0) passage += "…";
    passage += text.substr(begin, end - begin);
    if (end < text.size()) passage += "…";
    return passage;
}

// The words of `text` as written (split at spaces), for the word diff.
std::vector<std::string_view> spelt_words(std::string_view text) {
    std::vector<std::string_view> result;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t end = std::min(text.find(' ', i), text.size());
        if (end > i) result.push_back(text.substr(i, end - i));
        i = end + 1;
    }
    return result;
}

constexpr std::size_t max_diff_words = 1000;  // a longer quote is not diffed (quadratic)

}  // namespace

std::string closest_passage(std::string_view text, std::string_view quote) {
    const auto text_words = words(text);
    const Window window = closest_window(text_words, words(quote));
    return window.count == 0 ? std::string() : shown_passage(text, text_words, window);
}

std::string word_diff(std::string_view quote, std::string_view passage) {
    const auto a = spelt_words(quote), b = spelt_words(passage);
    if (a.size() > max_diff_words || b.size() > max_diff_words) return {};
    // Longest common subsequence of whole words, filled from the end so the walk goes forward.
    std::vector<std::vector<std::uint16_t>> common(a.size() + 1, std::vector<std::uint16_t>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            common[i][j] = a[i] == b[j] ? static_cast<std::uint16_t>(common[i + 1][j + 1] + 1)
                                        : std::max(common[i + 1][j], common[i][j + 1]);
    std::string diff, removed, added;
    auto flush = [&] {
        auto put = [&](const std::string& words, const char* open, const char* close) {
            if (words.empty()) return;
            if (!diff.empty()) diff += ' ';
            diff += open + words + close;
        };
        put(removed, "[-", "-]");
        put(added, "{+", "+}");
        removed.clear(), added.clear();
    };
    auto append = [](std::string& to, std::string_view word) { to += (to.empty() ? "" : " ") + std::string(word); };
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            flush();
            append(diff, a[i]);
            ++i, ++j;
        } else if (j == b.size() || (i < a.size() && common[i + 1][j] >= common[i][j + 1])) {
            append(removed, a[i++]);
        } else {
            append(added, b[j++]);
        }
    }
    flush();
    return diff;
}

namespace {

// Where the sentence that goes on at `from` ends: after its '.', '!' or '?' and any closing
// quote marks or brackets, at a space or the end of the line.
std::size_t sentence_end(std::string_view line, std::size_t from) {
    for (std::size_t i = from; i < line.size(); ++i) {
        if (line[i] != '.' && line[i] != '!' && line[i] != '?') continue;
        std::size_t j = i + 1;
        while (j < line.size() && (line[j] == '"' || line[j] == '\'' || line[j] == ')')) ++j;
        if (j == line.size() || line[j] == ' ') return j;
    }
    return line.size();
}

// The sentences of `line` that hold the bytes [begin, end).
std::string_view sentences_around(std::string_view line, std::size_t begin, std::size_t end) {
    std::size_t start = 0;
    for (std::size_t stop; (stop = sentence_end(line, start)) < begin;) start = stop + 1;
    return line.substr(start, sentence_end(line, std::max(start, end - 1)) - start);
}

}  // namespace

std::vector<PassageFound> find_passages(std::string_view raw_text, std::string_view words, std::size_t limit) {
    const std::string wanted = ascii_lower(normalise_text(words));
    const auto parts = quote_parts(wanted);
    std::vector<PassageFound> found;
    if (parts.empty()) return found;
    std::size_t line_number = 0, paragraph = 0;
    for (std::size_t at = 0; at <= raw_text.size() && found.size() < limit;) {
        const std::size_t newline = std::min(raw_text.find('\n', at), raw_text.size());
        ++line_number;
        const std::string line = normalise_text(raw_text.substr(at, newline - at));
        at = newline + 1;
        if (line.empty()) continue;
        ++paragraph;
        const std::string lower = ascii_lower(line);
        std::size_t from = 0, first = std::string::npos;
        for (std::string_view part : parts) {
            const std::size_t hit = lower.find(part, from);
            if (hit == std::string::npos) {
                first = std::string::npos;
                break;
            }
            if (first == std::string::npos) first = hit;
            from = hit + part.size();
        }
        if (first != std::string::npos)
            found.push_back({line_number, paragraph, std::string(sentences_around(line, first, from))});
    }
    return found;
}

void check_quotes(const model::Corpus& corpus, std::vector<Finding>& findings) {
    std::vector<Index> cited;  // stances with a source and quotes, by source
    for (Index s = 0; s < corpus.stances.size(); ++s)
        if (corpus.stances[s].source < corpus.sources.size() && !corpus.stances[s].quotes.empty()) cited.push_back(s);
    cited = bucket_sort(std::move(cited), corpus.sources.size(), [&](Index s) { return corpus.stances[s].source; });

    auto next = cited.begin();
    for (Index src = 0; src < corpus.sources.size(); ++src) {
        const auto first = next;
        while (next != cited.end() && corpus.stances[*next].source == src) ++next;
        const auto& source = corpus.sources[src];
        if (source.text.empty()) continue;
        bool ok = !source.text_path.empty();
        const std::string raw = ok && first != next ? read_text(source.text_path, ok) : std::string();
        if (!ok) {
            std::string message = "the text \"" + source.text + "\" of source " + source.id;
            message += source.text_path.empty() ? " was not found" : " cannot be read";
            findings.push_back({FindingKind::text_not_found, diag::Severity::note, none, none, src, source.where,
                                message + "; its quotes are not checked"});
            continue;
        }
        if (first == next) continue;  // nothing quoted from it
        const std::string text = normalise_text(raw);
        std::optional<std::vector<Word>> text_words;  // split once, when a quote is not found
        for (auto it = first; it != next; ++it) {
            const auto& stance = corpus.stances[*it];
            for (const auto& quote : stance.quotes) {
                const std::string normalised = normalise_text(quote.text);
                const auto missing = missing_part(text, normalised);
                if (!missing) continue;
                std::string message = std::string(quote.words == model::Words::own ? "quote" : "reported passage") +
                                      " not found in the text of " + source.id;
                if (*missing != std::string_view(normalised)) message += ": \"" + std::string(*missing) + "\"";
                if (!text_words) text_words = words(text);
                const Window window = closest_window(*text_words, words(*missing));
                if (window.count == 0) {
                    message += "; no passage of the text shares a word with it";
                } else {
                    message += "; closest passage: \"" + shown_passage(text, *text_words, window) + "\"";
                    const std::size_t begin = (*text_words)[window.first].begin;
                    const std::size_t end = (*text_words)[window.first + window.count - 1].end;
                    const std::string_view passage = std::string_view(text).substr(begin, end - begin);
                    // The same words out of order (a part found before the one it follows) differ in no word.
                    const std::string diff = passage == *missing ? std::string() : word_diff(*missing, passage);
                    if (!diff.empty()) message += "; word by word: " + diff;
                }
                findings.push_back({FindingKind::quote_not_found, diag::Severity::warning, stance.expert, stance.claim,
                                    src, quote.where.file == none ? stance.where : quote.where, std::move(message)});
            }
        }
    }
}

}  // namespace stance::check
