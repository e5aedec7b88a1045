#include "stance/util/suggest.hpp"

#include <algorithm>

namespace stance::util {

namespace {

// Only cells within `bound` of the diagonal can end at most `bound` away, so each row computes
// 2 * bound + 1 cells; the cells just outside the band are set to `over` for the next row.
// `rows` is scratch space (three rows), reused so that scanning many candidates allocates once.
// `work` grows by the bytes compared and the cells computed, so that callers can bound the cost
// of a search by what it does, whatever the lengths of the words.
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t bound, std::vector<std::size_t>& rows,
                             std::size_t& work) {
    const std::size_t over = bound + 1;
    ++work;
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > bound) return over;
    // A common prefix or suffix never changes the distance (for this distance too: an edit that
    // crosses its edge can be moved inside), and ids often share long ones ("trade.officials-").
    const auto prefix = static_cast<std::size_t>(std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first - a.begin());
    a.remove_prefix(prefix);
    b.remove_prefix(prefix);
    const auto suffix =
        static_cast<std::size_t>(std::mismatch(a.rbegin(), a.rend(), b.rbegin(), b.rend()).first - a.rbegin());
    a.remove_suffix(suffix);
    b.remove_suffix(suffix);
    work += prefix + suffix;
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    if (n == 0 || m == 0) return std::min(n + m, over);
    work += 3 * (m + 1) + n * (2 * bound + 1);
    rows.assign(3 * (m + 1), over);
    std::size_t* before = rows.data();
    std::size_t* previous = before + (m + 1);
    std::size_t* current = previous + (m + 1);
    for (std::size_t j = 0; j <= std::min(m, bound); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        const std::size_t lo = i > bound ? i - bound : 1;
        const std::size_t hi = std::min(m, i + bound);
        current[0] = i <= bound ? i : over;
        if (lo > 1) current[lo - 1] = over;
        std::size_t row_min = current[0];
        for (std::size_t j = lo; j <= hi; ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = std::min(d, before[j - 2] + 1);
            current[j] = std::min(d, over);
            row_min = std::min(row_min, current[j]);
        }
        if (hi < m) current[hi + 1] = over;
        if (row_min > bound) return over;  // every later row is at least as large
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], over);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t bound) {
    std::vector<std::size_t> rows;
    std::size_t work = 0;
    return bounded_distance(a, b, bound, rows, work);
}

std::size_t suggestion_cutoff(std::string_view word) {
    return std::clamp<std::size_t>(word.size() / 3, 1, 3);
}

Nearest::Nearest(std::string_view word) : Nearest(word, suggestion_cutoff(word)) {}

Nearest::Nearest(std::string_view word, std::size_t bound)
    : m_word(word), m_bound(bound), m_best_distance(bound + 1) {}

void Nearest::consider(std::string_view candidate) {
    if (candidate == m_word) return;  // the word itself is never a useful suggestion
    std::size_t d = bounded_distance(m_word, candidate, m_bound, m_rows, m_work);
    if (d > m_bound) return;
    if (d < m_best_distance || (d == m_best_distance && candidate < m_best)) {
        m_best_distance = d;
        m_best = candidate;
    }
}

std::string nearest(std::string_view word, const std::vector<std::string_view>& candidates) {
    Nearest best(word);
    for (auto candidate : candidates) best.consider(candidate);
    return best.best();
}

}  // namespace stance::util
