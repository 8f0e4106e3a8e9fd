#include "core/dtype.h"

#include <limits>

namespace sdn {

std::optional<DTypeTraits> dtype_traits(sdn_dtype dtype) {
    switch (dtype) {
        case SDN_DTYPE_F32: return DTypeTraits{"f32", 1, 4};
        case SDN_DTYPE_F16: return DTypeTraits{"f16", 1, 2};
        case SDN_DTYPE_BF16: return DTypeTraits{"bf16", 1, 2};
        case SDN_DTYPE_I32: return DTypeTraits{"i32", 1, 4};
        case SDN_DTYPE_I64: return DTypeTraits{"i64", 1, 8};
        // GGUF blocks of 32 weights: an f16 scale (and min for _1), packed low bits, high bits for q5.
        case SDN_DTYPE_Q4_0: return DTypeTraits{"q4_0", 32, 2 + 16};
        case SDN_DTYPE_Q4_1: return DTypeTraits{"q4_1", 32, 2 + 2 + 16};
        case SDN_DTYPE_Q5_0: return DTypeTraits{"q5_0", 32, 2 + 4 + 16};
        case SDN_DTYPE_Q5_1: return DTypeTraits{"q5_1", 32, 2 + 2 + 4 + 16};
        case SDN_DTYPE_Q8_0: return DTypeTraits{"q8_0", 32, 2 + 32};
    }
    return std::nullopt;
}

std::optional<size_t> dtype_bytes(sdn_dtype dtype, int64_t n) {
    auto traits = dtype_traits(dtype);
    if (!traits || n < 0 || n % traits->block_elements != 0) return std::nullopt;
    const auto blocks = static_cast<uint64_t>(n / traits->block_elements);
    if (blocks > std::numeric_limits<size_t>::max() / traits->block_bytes) return std::nullopt;
    return static_cast<size_t>(blocks) * traits->block_bytes;
}

}  // namespace sdn
