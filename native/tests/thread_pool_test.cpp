// The context's thread pool: every index runs exactly once, for any size and thread count.
#include <gtest/gtest.h>

#include <atomic>
#include <vector>

#include "core/thread_pool.h"

namespace {

TEST(ThreadPool, CoversEveryIndexOnce) {
    for (int threads : {1, 2, 5}) {
        sdn::ThreadPool pool(threads);
        for (int64_t n : {0, 1, 3, 97, 1000}) {
            std::vector<std::atomic<int>> hits(static_cast<size_t>(n));
            pool.parallel_for(n, 1, [&](int64_t b, int64_t e) {
                for (int64_t i = b; i < e; ++i) hits[static_cast<size_t>(i)]++;
            });
            for (auto& h : hits) ASSERT_EQ(h.load(), 1);
        }
    }
}

TEST(ThreadPool, RunsManyJobsInARow) {
    sdn::ThreadPool pool(4);
    std::atomic<int64_t> sum{0};
    for (int round = 0; round < 200; ++round)
        pool.parallel_for(64, 1, [&](int64_t b, int64_t e) { sum += e - b; });
    EXPECT_EQ(sum.load(), 200 * 64);
}

}  // namespace
