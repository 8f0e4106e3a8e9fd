// C entry points: version, status names, dtypes, backends and contexts.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <new>
#include <thread>

#include "core/context.h"
#include "core/dtype.h"

namespace {

constexpr int32_t backend_count = 3;

void copy_text(char* dst, size_t capacity, const char* text) { std::snprintf(dst, capacity, "%s", text); }

}  // namespace

extern "C" {

uint32_t sdn_version(void) { return SDN_VERSION_MAJOR * 10000u + SDN_VERSION_MINOR * 100u + SDN_VERSION_PATCH; }

const char* sdn_status_name(sdn_status status) {
    switch (status) {
        case SDN_STATUS_OK: return "SDN_STATUS_OK";
        case SDN_STATUS_INVALID_ARGUMENT: return "SDN_STATUS_INVALID_ARGUMENT";
        case SDN_STATUS_SHAPE_MISMATCH: return "SDN_STATUS_SHAPE_MISMATCH";
        case SDN_STATUS_OUT_OF_MEMORY: return "SDN_STATUS_OUT_OF_MEMORY";
        case SDN_STATUS_UNSUPPORTED: return "SDN_STATUS_UNSUPPORTED";
        case SDN_STATUS_BACKEND_UNAVAILABLE: return "SDN_STATUS_BACKEND_UNAVAILABLE";
        case SDN_STATUS_CANCELLED: return "SDN_STATUS_CANCELLED";
        case SDN_STATUS_INTERNAL: return "SDN_STATUS_INTERNAL";
    }
    return "SDN_STATUS_UNKNOWN";
}

sdn_status sdn_dtype_size(sdn_dtype dtype, int64_t n_elements, size_t* out_bytes) {
    if (out_bytes == nullptr) return SDN_STATUS_INVALID_ARGUMENT;
    auto bytes = sdn::dtype_bytes(dtype, n_elements);
    *out_bytes = bytes.value_or(0);
    return bytes ? SDN_STATUS_OK : SDN_STATUS_INVALID_ARGUMENT;
}

int32_t sdn_backend_count(void) { return backend_count; }

sdn_status sdn_backend_get_info(int32_t index, sdn_backend_info* out_info) {
    if (out_info == nullptr || out_info->struct_size < sizeof(sdn_backend_info) || index < 0 ||
        index >= backend_count)
        return SDN_STATUS_INVALID_ARGUMENT;
    std::memset(reinterpret_cast<char*>(out_info) + sizeof(uint32_t), 0, sizeof(sdn_backend_info) - sizeof(uint32_t));
    switch (index) {
        case 0: {
            out_info->kind = SDN_BACKEND_CPU;
            out_info->available = 1;
            copy_text(out_info->name, sizeof out_info->name, "cpu");
            char text[sizeof out_info->description];
            std::snprintf(text, sizeof text, "%u logical processors; kernels: %s",
                          std::thread::hardware_concurrency(), sdn::cpu_isa_name(sdn::detect_cpu_isa()));
            copy_text(out_info->description, sizeof out_info->description, text);
            break;
        }
        case 1:
            out_info->kind = SDN_BACKEND_VULKAN;
            copy_text(out_info->name, sizeof out_info->name, "vulkan");
            copy_text(out_info->description, sizeof out_info->description,
                      "not implemented in this version of the library");
            break;
        default:
            out_info->kind = SDN_BACKEND_CUDA;
            copy_text(out_info->name, sizeof out_info->name, "cuda");
            copy_text(out_info->description, sizeof out_info->description,
                      "not implemented in this version of the library");
            break;
    }
    return SDN_STATUS_OK;
}

sdn_context_params sdn_context_default_params(void) {
    sdn_context_params p{};
    p.struct_size = sizeof(sdn_context_params);
    p.n_threads = 0;
    p.backend = SDN_BACKEND_CPU;
    return p;
}

sdn_status sdn_context_create(const sdn_context_params* params, sdn_context** out_ctx) {
    if (out_ctx == nullptr) return SDN_STATUS_INVALID_ARGUMENT;
    *out_ctx = nullptr;
    if (params == nullptr || params->struct_size < sizeof(sdn_context_params) || params->n_threads < 0 ||
        params->n_threads > 1024)
        return SDN_STATUS_INVALID_ARGUMENT;
    if (params->backend != SDN_BACKEND_CPU) return SDN_STATUS_BACKEND_UNAVAILABLE;
    const int threads = params->n_threads > 0 ? params->n_threads
                                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    try {
        *out_ctx = new sdn_context(threads, params->backend);
    } catch (const std::bad_alloc&) {
        return SDN_STATUS_OUT_OF_MEMORY;
    } catch (...) {
        return SDN_STATUS_INTERNAL;  // e.g. std::system_error when a worker thread cannot start
    }
    return SDN_STATUS_OK;
}

void sdn_context_destroy(sdn_context* ctx) { delete ctx; }

const char* sdn_last_error(const sdn_context* ctx) {
    return ctx == nullptr ? "context is null" : ctx->last_error.c_str();
}

int32_t sdn_context_thread_count(const sdn_context* ctx) { return ctx == nullptr ? 0 : ctx->pool.size(); }

sdn_status sdn_context_set_progress(sdn_context* ctx, sdn_progress_fn callback, void* user_data) {
    if (ctx == nullptr) return SDN_STATUS_INVALID_ARGUMENT;
    ctx->progress = callback;
    ctx->progress_user_data = user_data;
    return ctx->ok();
}

void sdn_context_cancel(sdn_context* ctx) {
    if (ctx != nullptr) ctx->cancel.store(true);
}

void sdn_context_reset_cancel(sdn_context* ctx) {
    if (ctx != nullptr) ctx->cancel.store(false);
}

}  // extern "C"
