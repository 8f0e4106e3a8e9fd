#include "core/thread_pool.h"

#include <algorithm>

namespace sdn {

ThreadPool::ThreadPool(int n_threads) {
    const int extra = std::max(1, n_threads) - 1;
    workers_.reserve(static_cast<size_t>(extra));
    for (int i = 0; i < extra; ++i) workers_.emplace_back([this, i] { worker_loop(i + 1); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    for (auto& w : workers_) w.join();
}

void ThreadPool::run_chunks(int index) {
    // Part `index` of job_parts_: a static split keeps results independent of timing.
    const int64_t begin = static_cast<int64_t>(index) * job_chunk_;
    const int64_t end = std::min(job_n_, begin + job_chunk_);
    if (begin < end) (*job_)(begin, end);
}

void ThreadPool::parallel_for(int64_t n, int64_t grain, const std::function<void(int64_t, int64_t)>& fn) {
    if (n <= 0) return;
    grain = std::max<int64_t>(1, grain);
    const int64_t max_parts = (n + grain - 1) / grain;
    const int parts = static_cast<int>(std::min<int64_t>(size(), max_parts));
    if (parts <= 1) {
        fn(0, n);
        return;
    }
    {
        std::lock_guard lock(mutex_);
        job_ = &fn;
        job_n_ = n;
        job_chunk_ = (n + parts - 1) / parts;
        job_parts_ = parts;
        pending_ = parts - 1;
        ++generation_;
    }
    wake_.notify_all();
    run_chunks(0);
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return pending_ == 0; });
    job_ = nullptr;
}

void ThreadPool::worker_loop(int index) {
    uint64_t seen = 0;
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
            if (stop_) return;
            seen = generation_;
            if (index >= job_parts_) continue;
        }
        run_chunks(index);
        {
            std::lock_guard lock(mutex_);
            if (--pending_ == 0) done_.notify_one();
        }
    }
}

}  // namespace sdn
