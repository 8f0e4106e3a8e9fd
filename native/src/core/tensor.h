// The state behind sdn_tensor: dtype, shape and 64-byte aligned host storage (CPU backend).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

#include "sdn/sdn.h"

struct sdn_tensor {
    struct AlignedFree {
        void operator()(std::byte* p) const noexcept;
    };

    sdn_dtype dtype = SDN_DTYPE_F32;
    int32_t n_dims = 0;
    std::array<int64_t, SDN_MAX_DIMS> shape{};
    size_t bytes = 0;
    std::unique_ptr<std::byte[], AlignedFree> storage;

    int64_t elements() const;
    std::span<const int64_t> dims() const { return {shape.data(), static_cast<size_t>(n_dims)}; }
    float* f32() { return reinterpret_cast<float*>(storage.get()); }
    const float* f32() const { return reinterpret_cast<const float*>(storage.get()); }
};

namespace sdn {

// Allocates `bytes` zeroed bytes aligned to 64; null on failure (or for 0 bytes, a valid 64-byte block).
std::byte* aligned_zeroed_alloc(size_t bytes);

}  // namespace sdn
