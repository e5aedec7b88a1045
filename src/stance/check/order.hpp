#pragma once
// Stable ordering by a small integer key in linear time (a counting sort). The checks order
// stances and cells by expert and by claim; on corpora of a million stances a comparison sort
// per order would dominate the run.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace stance::check {

// Items ordered by key(item) in [0, buckets), keeping the given order among equal keys.
template <class T, class Key>
std::vector<T> bucket_sort(std::vector<T> items, std::size_t buckets, Key key) {
    std::vector<std::size_t> start(buckets + 1, 0);
    for (const T& item : items) ++start[static_cast<std::size_t>(key(item)) + 1];
    for (std::size_t b = 0; b < buckets; ++b) start[b + 1] += start[b];
    std::vector<T> sorted(items.size());
    for (T& item : items) sorted[start[static_cast<std::size_t>(key(item))]++] = std::move(item);
    return sorted;
}

}  // namespace stance::check
