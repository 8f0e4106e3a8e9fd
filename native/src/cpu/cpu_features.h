// Instruction sets the CPU kernels can use, detected once per context from cpuid.
#pragma once

namespace sdn {

enum class CpuIsa { Portable = 0, Avx2 = 1, Avx512 = 2 };

// The best ISA this processor and OS support (AVX-512 needs F+BW+VL+DQ; AVX2 needs FMA and F16C).
CpuIsa detect_cpu_isa();

const char* cpu_isa_name(CpuIsa isa);

}  // namespace sdn
