/*
 * sdn.h - the flat C ABI of the SdNative runtime.
 *
 * Rules that hold for every declaration below:
 * - Every name starts with sdn_ / SDN_. Handles are opaque and created/destroyed explicitly.
 * - There is no global mutable state: two contexts never share anything, and every function is safe
 *   to call from any thread as long as calls on one context are not concurrent.
 * - Fallible functions return sdn_status; outputs go through pointer parameters, last. Nothing aborts
 *   the host process on bad input: the status says what kind of failure, sdn_last_error() says why.
 * - Structs that cross the ABI begin with `struct_size`; fill them with the matching
 *   sdn_*_default_params() so that old callers keep working when fields are appended.
 * - C# bindings (bindings/Sdn.g.cs) are generated from this file by tools/SdNative.BindGen: after
 *   editing it, run ./build.sh (or the generator) and commit both.
 */
#ifndef SDN_SDN_H
#define SDN_SDN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#  if defined(SDN_BUILDING_LIBRARY)
#    define SDN_API __declspec(dllexport)
#  else
#    define SDN_API __declspec(dllimport)
#  endif
#else
#  define SDN_API __attribute__((visibility("default")))
#endif

/* ABI version of this header: major * 10000 + minor * 100 + patch. */
#define SDN_VERSION_MAJOR 0
#define SDN_VERSION_MINOR 1
#define SDN_VERSION_PATCH 0

/* Highest tensor rank the runtime accepts. */
#define SDN_MAX_DIMS 8

/* Result of every fallible call. */
typedef enum sdn_status {
    SDN_STATUS_OK = 0,
    /* An argument is null, out of range or inconsistent with another argument. */
    SDN_STATUS_INVALID_ARGUMENT = 1,
    /* Tensor shapes or dtypes do not fit the operation. */
    SDN_STATUS_SHAPE_MISMATCH = 2,
    /* Memory could not be allocated, or a memory budget would be exceeded. */
    SDN_STATUS_OUT_OF_MEMORY = 3,
    /* The request is valid but this build or backend does not implement it. */
    SDN_STATUS_UNSUPPORTED = 4,
    /* The requested backend is not available on this machine (see sdn_backend_info.description). */
    SDN_STATUS_BACKEND_UNAVAILABLE = 5,
    /* The work was stopped through sdn_context_cancel() or the progress callback. */
    SDN_STATUS_CANCELLED = 6,
    /* A bug inside the runtime; the message says where. */
    SDN_STATUS_INTERNAL = 7
} sdn_status;

/* Element types. The values of the block-quantized types are GGUF's (ggml_type), so a GGUF tensor
 * type maps onto sdn_dtype unchanged. */
typedef enum sdn_dtype {
    SDN_DTYPE_F32 = 0,
    SDN_DTYPE_F16 = 1,
    SDN_DTYPE_Q4_0 = 2,
    SDN_DTYPE_Q4_1 = 3,
    SDN_DTYPE_Q5_0 = 6,
    SDN_DTYPE_Q5_1 = 7,
    SDN_DTYPE_Q8_0 = 8,
    SDN_DTYPE_I32 = 26,
    SDN_DTYPE_I64 = 27,
    SDN_DTYPE_BF16 = 30
} sdn_dtype;

/* Kinds of compute backend. */
typedef enum sdn_backend_kind {
    SDN_BACKEND_CPU = 0,
    SDN_BACKEND_VULKAN = 1,
    SDN_BACKEND_CUDA = 2
} sdn_backend_kind;

/* An execution context: owns a thread pool, an error message and a cancel flag. */
typedef struct sdn_context sdn_context;

/* An n-dimensional array that lives on a context's backend. */
typedef struct sdn_tensor sdn_tensor;

/* Progress callback, called on the thread that runs the work. `done` of `total` units are finished.
 * Return 0 to continue, non-zero to cancel the running call (it then returns SDN_STATUS_CANCELLED). */
typedef int32_t (*sdn_progress_fn)(void* user_data, int64_t done, int64_t total);

/* Parameters of sdn_context_create(). Obtain them from sdn_context_default_params(). */
typedef struct sdn_context_params {
    /* sizeof(sdn_context_params) as the caller was compiled. */
    uint32_t struct_size;
    /* Worker threads of the context's pool; 0 means one per logical processor. */
    int32_t n_threads;
    /* Backend to run on. */
    sdn_backend_kind backend;
} sdn_context_params;

/* Description of one backend, filled by sdn_backend_get_info(). */
typedef struct sdn_backend_info {
    /* Set by the caller to sizeof(sdn_backend_info). */
    uint32_t struct_size;
    sdn_backend_kind kind;
    /* 1 when a context can be created on this backend here and now, 0 otherwise. */
    int32_t available;
    /* Short name, e.g. "cpu". NUL-terminated. */
    char name[32];
    /* Details: the instruction sets the CPU backend uses, or why the backend is unavailable. */
    char description[256];
} sdn_backend_info;

/* Version of the library that is loaded: major * 10000 + minor * 100 + patch. Compare it with
 * SDN_VERSION_* to detect a header/library mismatch. */
SDN_API uint32_t sdn_version(void);

/* Static, NUL-terminated name of a status code, e.g. "SDN_STATUS_OK". Never null. */
SDN_API const char* sdn_status_name(sdn_status status);

/* Size in bytes of `n_elements` elements of `dtype`; for block-quantized types `n_elements` must be a
 * multiple of the block size. Writes 0 and returns SDN_STATUS_INVALID_ARGUMENT otherwise. */
SDN_API sdn_status sdn_dtype_size(sdn_dtype dtype, int64_t n_elements, size_t* out_bytes);

/* Number of backends this library knows about (available or not). */
SDN_API int32_t sdn_backend_count(void);

/* Describes backend `index` (0 <= index < sdn_backend_count()). `out_info->struct_size` must be set. */
SDN_API sdn_status sdn_backend_get_info(int32_t index, sdn_backend_info* out_info);

/* Default context parameters: CPU backend, one thread per logical processor. */
SDN_API sdn_context_params sdn_context_default_params(void);

/* Creates a context. On success the caller owns *out_ctx and releases it with sdn_context_destroy().
 * On failure *out_ctx is null; without a context to hold the message, the reason is the status. */
SDN_API sdn_status sdn_context_create(const sdn_context_params* params, sdn_context** out_ctx);

/* Destroys a context. Every tensor created on it must have been destroyed first. Null is ignored. */
SDN_API void sdn_context_destroy(sdn_context* ctx);

/* Message of the last failed call on this context, or "" when none failed. The pointer stays valid
 * until the next call on the context. */
SDN_API const char* sdn_last_error(const sdn_context* ctx);

/* Worker threads the context actually uses. */
SDN_API int32_t sdn_context_thread_count(const sdn_context* ctx);

/* Registers the progress callback of this context (null removes it). The context does not own
 * user_data; it must outlive every call that reports progress. */
SDN_API sdn_status sdn_context_set_progress(sdn_context* ctx, sdn_progress_fn callback, void* user_data);

/* Asks the running (or next) long call on this context to stop; safe from any thread. */
SDN_API void sdn_context_cancel(sdn_context* ctx);

/* Clears the cancel flag so that new work can run. */
SDN_API void sdn_context_reset_cancel(sdn_context* ctx);

/* Creates a zero-filled tensor of `n_dims` dimensions (outermost first) on the context's backend.
 * On success the caller owns *out_tensor and releases it with sdn_tensor_destroy(). */
SDN_API sdn_status sdn_tensor_create(sdn_context* ctx, sdn_dtype dtype, int32_t n_dims, const int64_t* shape,
                                     sdn_tensor** out_tensor);

/* Destroys a tensor. Null is ignored. */
SDN_API void sdn_tensor_destroy(sdn_tensor* tensor);

/* Rank of the tensor, and its shape written to out_shape (room for SDN_MAX_DIMS values). */
SDN_API sdn_status sdn_tensor_get_shape(const sdn_tensor* tensor, int32_t* out_n_dims, int64_t* out_shape);

/* Element type of the tensor. */
SDN_API sdn_dtype sdn_tensor_get_dtype(const sdn_tensor* tensor);

/* Size of the tensor's data in bytes. */
SDN_API size_t sdn_tensor_get_bytes(const sdn_tensor* tensor);

/* Copies `bytes` bytes (exactly the tensor's size) from host memory into the tensor. */
SDN_API sdn_status sdn_tensor_upload(sdn_context* ctx, sdn_tensor* tensor, const void* data, size_t bytes);

/* Copies the tensor's data (exactly `bytes` bytes) into host memory. */
SDN_API sdn_status sdn_tensor_download(sdn_context* ctx, const sdn_tensor* tensor, void* data, size_t bytes);

/* Direct op: out[..., M, N] = a[..., M, K] x b[K, N], all f32. Leading dimensions of `a` are batch
 * dimensions; `out` must already have the result's shape. */
SDN_API sdn_status sdn_op_matmul(sdn_context* ctx, const sdn_tensor* a, const sdn_tensor* b, sdn_tensor* out);

#ifdef __cplusplus
}
#endif

#endif /* SDN_SDN_H */
