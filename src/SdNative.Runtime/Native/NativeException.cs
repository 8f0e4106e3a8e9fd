using SdNative.Interop;

namespace SdNative.Runtime.Native;

/// <summary>A native call failed: carries the status and the context's message.</summary>
public sealed class NativeException : Exception
{
    public NativeException(SdnStatus status, string message)
        : base($"{message} ({status})")
    {
        Status = status;
    }

    public SdnStatus Status { get; }
}
