// C entry points: tensor creation, shape queries, upload and download.
#include <cstring>
#include <limits>
#include <new>
#include <string>

#include "core/context.h"
#include "core/dtype.h"
#include "core/tensor.h"

namespace {

std::string shape_text(int32_t n_dims, const int64_t* shape) {
    std::string s = "[";
    for (int32_t i = 0; i < n_dims; ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

}  // namespace

extern "C" {

sdn_status sdn_tensor_create(sdn_context* ctx, sdn_dtype dtype, int32_t n_dims, const int64_t* shape,
                             sdn_tensor** out_tensor) {
    if (ctx == nullptr || out_tensor == nullptr) return SDN_STATUS_INVALID_ARGUMENT;
    *out_tensor = nullptr;
    if (n_dims < 0 || n_dims > SDN_MAX_DIMS)
        return ctx->fail(SDN_STATUS_INVALID_ARGUMENT, "tensor rank " + std::to_string(n_dims) + " is outside 0.." +
                                                          std::to_string(SDN_MAX_DIMS));
    if (n_dims > 0 && shape == nullptr) return ctx->fail(SDN_STATUS_INVALID_ARGUMENT, "tensor shape is null");
    auto traits = sdn::dtype_traits(dtype);
    if (!traits) return ctx->fail(SDN_STATUS_INVALID_ARGUMENT, "unknown dtype " + std::to_string(dtype));
    int64_t elements = 1;
    for (int32_t i = 0; i < n_dims; ++i) {
        if (shape[i] < 0 || (shape[i] > 0 && elements > std::numeric_limits<int64_t>::max() / shape[i]))
            return ctx->fail(SDN_STATUS_INVALID_ARGUMENT, "invalid tensor shape " + shape_text(n_dims, shape));
        elements *= shape[i];
    }
    if (n_dims > 0 && shape[n_dims - 1] % traits->block_elements != 0)
        return ctx->fail(SDN_STATUS_INVALID_ARGUMENT,
                         std::string(traits->name) + " tensor needs an innermost dimension that is a multiple of " +
                             std::to_string(traits->block_elements) + ", got " + shape_text(n_dims, shape));
    auto bytes = sdn::dtype_bytes(dtype, elements);
    if (!bytes) return ctx->fail(SDN_STATUS_INVALID_ARGUMENT, "tensor " + shape_text(n_dims, shape) + " is too large");
    try {
        auto t = std::make_unique<sdn_tensor>();
        t->dtype = dtype;
        t->n_dims = n_dims;
        for (int32_t i = 0; i < n_dims; ++i) t->shape[static_cast<size_t>(i)] = shape[i];
        t->bytes = *bytes;
        t->storage.reset(sdn::aligned_zeroed_alloc(*bytes));
        if (!t->storage)
            return ctx->fail(SDN_STATUS_OUT_OF_MEMORY, "cannot allocate " + std::to_string(*bytes) + " bytes for tensor " +
                                                           shape_text(n_dims, shape));
        *out_tensor = t.release();
    } catch (const std::bad_alloc&) {
        return ctx->fail(SDN_STATUS_OUT_OF_MEMORY, "out of memory creating a tensor");
    }
    return ctx->ok();
}

void sdn_tensor_destroy(sdn_tensor* tensor) { delete tensor; }

sdn_status sdn_tensor_get_shape(const sdn_tensor* tensor, int32_t* out_n_dims, int64_t* out_shape) {
    if (tensor == nullptr || out_n_dims == nullptr || out_shape == nullptr) return SDN_STATUS_INVALID_ARGUMENT;
    *out_n_dims = tensor->n_dims;
    for (int32_t i = 0; i < SDN_MAX_DIMS; ++i) out_shape[i] = i < tensor->n_dims ? tensor->shape[static_cast<size_t>(i)] : 0;
    return SDN_STATUS_OK;
}

sdn_dtype sdn_tensor_get_dtype(const sdn_tensor* tensor) { return tensor == nullptr ? SDN_DTYPE_F32 : tensor->dtype; }

size_t sdn_tensor_get_bytes(const sdn_tensor* tensor) { return tensor == nullptr ? 0 : tensor->bytes; }

sdn_status sdn_tensor_upload(sdn_context* ctx, sdn_tensor* tensor, const void* data, size_t bytes) {
    if (ctx == nullptr) return SDN_STATUS_INVALID_ARGUMENT;
    if (tensor == nullptr || (data == nullptr && bytes > 0))
        return ctx->fail(SDN_STATUS_INVALID_ARGUMENT, "upload: tensor or data is null");
    if (bytes != tensor->bytes)
        return ctx->fail(SDN_STATUS_INVALID_ARGUMENT, "upload: got " + std::to_string(bytes) + " bytes, tensor holds " +
                                                          std::to_string(tensor->bytes));
    if (bytes > 0) std::memcpy(tensor->storage.get(), data, bytes);
    return ctx->ok();
}

sdn_status sdn_tensor_download(sdn_context* ctx, const sdn_tensor* tensor, void* data, size_t bytes) {
    if (ctx == nullptr) return SDN_STATUS_INVALID_ARGUMENT;
    if (tensor == nullptr || (data == nullptr && bytes > 0))
        return ctx->fail(SDN_STATUS_INVALID_ARGUMENT, "download: tensor or data is null");
    if (bytes != tensor->bytes)
        return ctx->fail(SDN_STATUS_INVALID_ARGUMENT, "download: room for " + std::to_string(bytes) +
                                                          " bytes, tensor holds " + std::to_string(tensor->bytes));
    if (bytes > 0) std::memcpy(data, tensor->storage.get(), bytes);
    return ctx->ok();
}

}  // extern "C"
