using System.Runtime.InteropServices;
using SdNative.Interop;

namespace SdNative.Runtime.Native;

/// <summary>Owns one native <c>sdn_context*</c>; releasing it destroys the context.</summary>
public sealed class SdnContextHandle : SafeHandle
{
    public SdnContextHandle()
        : base(0, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle()
    {
        Sdn.ContextDestroy(handle);
        return true;
    }
}
