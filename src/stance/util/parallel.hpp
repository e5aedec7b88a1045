#pragma once
// Work on items that are independent of each other, on several threads.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace stance::util {

// Calls work(i) for every i in [0, count), on up to `threads` threads (this one included), each
// taking the next index as it finishes one; rethrows the first failure once all have stopped.
template <class Work>
void for_each_index(std::size_t count, std::size_t threads, Work&& work) {
    threads = std::max<std::size_t>(1, std::min(threads, count));
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    auto run = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < count;) {
            try {
                work(i);
            } catch (...) {
                if (!failed.exchange(true)) failure = std::current_exception();
            }
        }
    };
    {
        std::vector<std::jthread> pool;
        for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(run);
        run();
    }
    if (failure) std::rethrow_exception(failure);
}

// The cores to use: at least one.
inline std::size_t cores() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace stance::util
