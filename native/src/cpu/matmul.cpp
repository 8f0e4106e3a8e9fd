#include "cpu/matmul.h"

#include <algorithm>

namespace sdn::cpu {

void matmul_f32(ThreadPool& pool, const float* a, const float* w, float* c, int64_t batch, int64_t m, int64_t n,
                int64_t k) {
    const int64_t rows = batch * m;
    // Each task owns whole output rows; the k loop is blocked so a panel of w stays in cache and the
    // inner n loop vectorises.
    constexpr int64_t k_block = 256;
    pool.parallel_for(rows, 4, [&](int64_t begin, int64_t end) {
        for (int64_t r = begin; r < end; ++r) std::fill(c + r * n, c + (r + 1) * n, 0.0f);
        for (int64_t k0 = 0; k0 < k; k0 += k_block) {
            const int64_t k1 = std::min(k, k0 + k_block);
            for (int64_t r = begin; r < end; ++r) {
                const float* a_row = a + r * k;
                float* c_row = c + r * n;
                for (int64_t kk = k0; kk < k1; ++kk) {
                    const float s = a_row[kk];
                    const float* w_row = w + kk * n;
                    for (int64_t j = 0; j < n; ++j) c_row[j] += s * w_row[j];
                }
            }
        }
    });
}

}  // namespace sdn::cpu
