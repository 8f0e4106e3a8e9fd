// Native micro-benchmarks through the public ABI: one line per shape with its GFLOP/s.
// Usage: sdn_bench [--threads N] [--repeat N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "sdn/sdn.h"

namespace {

struct Shape {
    const char* name;
    int64_t m, n, k;
};

}  // namespace

int main(int argc, char** argv) {
    int threads = 0, repeat = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--threads") == 0) threads = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--repeat") == 0) repeat = std::atoi(argv[i + 1]);
    }
    sdn_context_params p = sdn_context_default_params();
    p.n_threads = threads;
    sdn_context* ctx = nullptr;
    if (sdn_context_create(&p, &ctx) != SDN_STATUS_OK) {
        std::fprintf(stderr, "sdn_bench: cannot create a context\n");
        return 1;
    }
    std::printf("sdn_bench: %d threads\n", sdn_context_thread_count(ctx));
    const Shape shapes[] = {{"matmul 4096x320 -> 320", 4096, 320, 320}, {"matmul 1024x640 -> 640", 1024, 640, 640}};
    int rc = 0;
    for (const Shape& s : shapes) {
        sdn_tensor *a = nullptr, *w = nullptr, *c = nullptr;
        const int64_t as[] = {s.m, s.k}, ws[] = {s.k, s.n}, cs[] = {s.m, s.n};
        sdn_tensor_create(ctx, SDN_DTYPE_F32, 2, as, &a);
        sdn_tensor_create(ctx, SDN_DTYPE_F32, 2, ws, &w);
        sdn_tensor_create(ctx, SDN_DTYPE_F32, 2, cs, &c);
        double best = 1e30;
        for (int r = 0; r < repeat; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            if (sdn_op_matmul(ctx, a, w, c) != SDN_STATUS_OK) {
                std::fprintf(stderr, "%s: %s\n", s.name, sdn_last_error(ctx));
                rc = 1;
                break;
            }
            best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        }
        std::printf("%-32s %8.2f ms %8.1f GFLOP/s\n", s.name, best * 1e3, 2.0 * static_cast<double>(s.m * s.n * s.k) / best * 1e-9);
        sdn_tensor_destroy(a);
        sdn_tensor_destroy(w);
        sdn_tensor_destroy(c);
    }
    sdn_context_destroy(ctx);
    return rc;
}
