// The state behind sdn_context: thread pool, last error, progress callback and cancel flag.
#pragma once

#include <atomic>
#include <string>

#include "core/thread_pool.h"
#include "cpu/cpu_features.h"
#include "sdn/sdn.h"

struct sdn_context {
    sdn_context(int n_threads, sdn_backend_kind backend_kind);

    // Records `message` as the last error and returns `status`, so failures read `return ctx->fail(...)`.
    sdn_status fail(sdn_status status, std::string message);
    sdn_status ok();

    // Reports progress; false when the caller (callback or sdn_context_cancel) asked to stop.
    bool report_progress(int64_t done, int64_t total);
    bool cancelled() const { return cancel.load(std::memory_order_relaxed); }

    sdn_backend_kind backend;
    sdn::CpuIsa isa;
    sdn::ThreadPool pool;
    std::string last_error;
    sdn_progress_fn progress = nullptr;
    void* progress_user_data = nullptr;
    std::atomic<bool> cancel{false};
};
