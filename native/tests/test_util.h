// Helpers shared by the native tests: RAII for ABI handles and a deterministic random source.
#pragma once

#include <cmath>
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include "sdn/sdn.h"

namespace sdn_test {

struct ContextDeleter {
    void operator()(sdn_context* c) const { sdn_context_destroy(c); }
};
struct TensorDeleter {
    void operator()(sdn_tensor* t) const { sdn_tensor_destroy(t); }
};
using ContextPtr = std::unique_ptr<sdn_context, ContextDeleter>;
using TensorPtr = std::unique_ptr<sdn_tensor, TensorDeleter>;

inline ContextPtr make_context(int threads) {
    sdn_context_params p = sdn_context_default_params();
    p.n_threads = threads;
    sdn_context* ctx = nullptr;
    if (sdn_context_create(&p, &ctx) != SDN_STATUS_OK) return nullptr;
    return ContextPtr(ctx);
}

inline TensorPtr make_f32(sdn_context* ctx, std::vector<int64_t> shape, const std::vector<float>* data = nullptr) {
    sdn_tensor* t = nullptr;
    if (sdn_tensor_create(ctx, SDN_DTYPE_F32, static_cast<int32_t>(shape.size()), shape.data(), &t) != SDN_STATUS_OK)
        return nullptr;
    if (data != nullptr) sdn_tensor_upload(ctx, t, data->data(), data->size() * sizeof(float));
    return TensorPtr(t);
}

inline std::vector<float> random_vector(size_t n, uint32_t seed) {
    std::mt19937 gen(seed);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    std::vector<float> v(n);
    for (auto& x : v) x = dist(gen);
    return v;
}

// Relative L2 error of `actual` against `expected`.
inline double rel_l2(const std::vector<float>& actual, const std::vector<double>& expected) {
    double num = 0, den = 0;
    for (size_t i = 0; i < expected.size(); ++i) {
        const double d = actual[i] - expected[i];
        num += d * d;
        den += expected[i] * expected[i];
    }
    return den == 0 ? std::sqrt(num) : std::sqrt(num / den);
}

}  // namespace sdn_test
