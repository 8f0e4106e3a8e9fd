using SdNative.Interop;

namespace SdNative.Runtime.Native;

/// <summary>One backend the native library knows about, and whether it can run here.</summary>
/// <param name="Name">Short name, e.g. "cpu".</param>
/// <param name="Kind">CPU, Vulkan or CUDA.</param>
/// <param name="Available">True when a context can be created on it now.</param>
/// <param name="Description">What it uses (instruction sets, device) or why it is unavailable.</param>
public sealed record NativeBackendInfo(string Name, SdnBackendKind Kind, bool Available, string Description);
