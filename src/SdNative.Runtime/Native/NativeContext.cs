using System.Runtime.InteropServices;
using SdNative.Interop;

namespace SdNative.Runtime.Native;

/// <summary>
/// A native execution context: a thread pool, a last-error message and a cancel flag. Not safe for
/// concurrent calls; use one context per thread of work.
/// </summary>
public sealed class NativeContext : IDisposable
{
    private readonly SdnContextHandle _handle;

    private NativeContext(SdnContextHandle handle) => _handle = handle;

    /// <summary>Creates a context on the CPU backend with <paramref name="threads"/> workers (0 = one per logical processor).</summary>
    public static unsafe NativeContext Create(int threads = 0, SdnBackendKind backend = SdnBackendKind.Cpu)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        var p = Sdn.ContextDefaultParams();
        p.NThreads = threads;
        p.Backend = backend;
        nint ctx;
        var status = Sdn.ContextCreate(&p, &ctx);
        if (status != SdnStatus.Ok)
        {
            throw new NativeException(status, $"cannot create a native {backend} context with {threads} threads");
        }
        var handle = new SdnContextHandle();
        Marshal.InitHandle(handle, ctx);
        return new NativeContext(handle);
    }

    /// <summary>Worker threads the context uses.</summary>
    public int ThreadCount => Sdn.ContextThreadCount(Handle);

    /// <summary>Message of the last failed call, or "".</summary>
    public unsafe string LastError => Marshal.PtrToStringUTF8((nint)Sdn.LastError(Handle)) ?? "";

    internal SdnContextHandle SafeHandle => _handle;

    internal nint Handle => _handle.IsClosed ? throw new ObjectDisposedException(nameof(NativeContext)) : _handle.DangerousGetHandle();

    /// <summary>Asks the running or next long call to stop (safe from any thread).</summary>
    public void Cancel() => Sdn.ContextCancel(Handle);

    /// <summary>Clears the cancel flag.</summary>
    public void ResetCancel() => Sdn.ContextResetCancel(Handle);

    /// <summary>out = a x b with a [..., M, K], b [K, N] and out [..., M, N], all f32.</summary>
    public void Matmul(NativeTensor a, NativeTensor b, NativeTensor output)
    {
        Check(Sdn.OpMatmul(Handle, a.Handle, b.Handle, output.Handle), this, "matmul");
        GC.KeepAlive(a);
        GC.KeepAlive(b);
        GC.KeepAlive(output);
    }

    /// <summary>Throws a <see cref="NativeException"/> with the context's message unless <paramref name="status"/> is OK.</summary>
    internal static void Check(SdnStatus status, NativeContext? context, string what)
    {
        if (status != SdnStatus.Ok)
        {
            var message = context?.LastError;
            throw new NativeException(status, string.IsNullOrEmpty(message) ? $"{what} failed" : message);
        }
    }

    public void Dispose() => _handle.Dispose();
}
