#include "cpu/cpu_features.h"

namespace sdn {

CpuIsa detect_cpu_isa() {
#if defined(__x86_64__) || defined(_M_X64)
    // __builtin_cpu_supports also checks that the OS saves the wide registers (XCR0).
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
        __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq"))
        return CpuIsa::Avx512;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return CpuIsa::Avx2;
#endif
    return CpuIsa::Portable;
}

const char* cpu_isa_name(CpuIsa isa) {
    switch (isa) {
        case CpuIsa::Avx512: return "avx512";
        case CpuIsa::Avx2: return "avx2";
        case CpuIsa::Portable: return "portable";
    }
    return "unknown";
}

}  // namespace sdn
