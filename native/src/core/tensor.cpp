#include "core/tensor.h"

#include <cstdlib>
#include <cstring>

void sdn_tensor::AlignedFree::operator()(std::byte* p) const noexcept { std::free(p); }

int64_t sdn_tensor::elements() const {
    int64_t n = 1;
    for (int32_t i = 0; i < n_dims; ++i) n *= shape[static_cast<size_t>(i)];
    return n;
}

namespace sdn {

std::byte* aligned_zeroed_alloc(size_t bytes) {
    constexpr size_t alignment = 64;
    const size_t rounded = (bytes + alignment - 1) / alignment * alignment;
    if (rounded < bytes) return nullptr;
    void* p = std::aligned_alloc(alignment, rounded == 0 ? alignment : rounded);
    if (p != nullptr) std::memset(p, 0, rounded == 0 ? alignment : rounded);
    return static_cast<std::byte*>(p);
}

}  // namespace sdn
