using System.Runtime.InteropServices;
using SdNative.Interop;

namespace SdNative.Runtime.Native;

/// <summary>
/// Owns one native <c>sdn_tensor*</c>. It holds a reference on its context's handle, so the context is
/// destroyed only after its last tensor, whatever order the GC or the caller releases them in.
/// </summary>
public sealed class SdnTensorHandle : SafeHandle
{
    private SdnContextHandle? _context;

    public SdnTensorHandle()
        : base(0, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == 0;

    /// <summary>Takes ownership of <paramref name="tensor"/>, created on <paramref name="context"/>.</summary>
    internal void Attach(nint tensor, SdnContextHandle context)
    {
        bool added = false;
        context.DangerousAddRef(ref added);
        _context = context;
        SetHandle(tensor);
    }

    protected override bool ReleaseHandle()
    {
        Sdn.TensorDestroy(handle);
        _context?.DangerousRelease();
        _context = null;
        return true;
    }
}
