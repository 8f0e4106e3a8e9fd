// f32 matrix multiplication kernels of the CPU backend.
#pragma once

#include <cstdint>

#include "core/thread_pool.h"

namespace sdn::cpu {

// c[b, m, n] = sum_k a[b, m, k] * w[k, n] for every batch b; w is shared by all batches.
void matmul_f32(ThreadPool& pool, const float* a, const float* w, float* c, int64_t batch, int64_t m, int64_t n,
                int64_t k);

}  // namespace sdn::cpu
