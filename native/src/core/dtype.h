// Element types: sizes and block layouts. Block-quantized types follow GGUF's layouts exactly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "sdn/sdn.h"

namespace sdn {

struct DTypeTraits {
    const char* name;
    int64_t block_elements;  // elements per block (1 for plain types)
    size_t block_bytes;      // bytes per block
};

// Traits of a dtype, or nullopt for a value that is not a known sdn_dtype.
std::optional<DTypeTraits> dtype_traits(sdn_dtype dtype);

// Bytes taken by n elements, or nullopt when n is negative, not whole blocks, or overflows.
std::optional<size_t> dtype_bytes(sdn_dtype dtype, int64_t n);

}  // namespace sdn
