// C entry points: direct single-op calls, validated here and run by the CPU kernels.
#include <algorithm>
#include <string>

#include "core/context.h"
#include "core/tensor.h"
#include "cpu/matmul.h"

namespace {

std::string shape_text(const sdn_tensor& t) {
    std::string s = "[";
    for (int32_t i = 0; i < t.n_dims; ++i) s += (i ? ", " : "") + std::to_string(t.shape[static_cast<size_t>(i)]);
    return s + "]";
}

}  // namespace

extern "C" {

sdn_status sdn_op_matmul(sdn_context* ctx, const sdn_tensor* a, const sdn_tensor* b, sdn_tensor* out) {
    if (ctx == nullptr) return SDN_STATUS_INVALID_ARGUMENT;
    if (a == nullptr || b == nullptr || out == nullptr)
        return ctx->fail(SDN_STATUS_INVALID_ARGUMENT, "matmul: a, b and out must not be null");
    if (a->dtype != SDN_DTYPE_F32 || b->dtype != SDN_DTYPE_F32 || out->dtype != SDN_DTYPE_F32)
        return ctx->fail(SDN_STATUS_UNSUPPORTED, "matmul: only f32 tensors are supported");
    if (a->n_dims < 2 || b->n_dims != 2)
        return ctx->fail(SDN_STATUS_SHAPE_MISMATCH, "matmul: a must be [..., M, K] and b [K, N]; got a " +
                                                        shape_text(*a) + ", b " + shape_text(*b));
    const int64_t m = a->shape[static_cast<size_t>(a->n_dims - 2)];
    const int64_t k = a->shape[static_cast<size_t>(a->n_dims - 1)];
    const int64_t n = b->shape[1];
    if (b->shape[0] != k)
        return ctx->fail(SDN_STATUS_SHAPE_MISMATCH, "matmul: inner dimensions differ: a " + shape_text(*a) + ", b " +
                                                        shape_text(*b));
    bool out_ok = out->n_dims == a->n_dims && out->shape[static_cast<size_t>(out->n_dims - 1)] == n;
    for (int32_t i = 0; out_ok && i < a->n_dims - 1; ++i)
        out_ok = out->shape[static_cast<size_t>(i)] == a->shape[static_cast<size_t>(i)];
    if (!out_ok)
        return ctx->fail(SDN_STATUS_SHAPE_MISMATCH, "matmul: out is " + shape_text(*out) + " but a " + shape_text(*a) +
                                                        " x b " + shape_text(*b) + " needs the same leading dims and N = " +
                                                        std::to_string(n));
    if (out == a || out == b) return ctx->fail(SDN_STATUS_INVALID_ARGUMENT, "matmul: out must not alias an input");
    int64_t batch = 1;
    for (int32_t i = 0; i < a->n_dims - 2; ++i) batch *= a->shape[static_cast<size_t>(i)];
    if (k == 0) {
        // No products to sum: the result is all zeros.
        std::fill(out->f32(), out->f32() + out->elements(), 0.0f);
        return ctx->ok();
    }
    sdn::cpu::matmul_f32(ctx->pool, a->f32(), b->f32(), out->f32(), batch, m, n, k);
    return ctx->ok();
}

}  // extern "C"
