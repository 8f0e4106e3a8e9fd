using System.Runtime.InteropServices;
using SdNative.Interop;

namespace SdNative.Runtime.Native;

/// <summary>A tensor owned by a native context's backend.</summary>
public sealed class NativeTensor : IDisposable
{
    private readonly SdnTensorHandle _handle;
    private readonly NativeContext _context;

    private NativeTensor(NativeContext context, SdnTensorHandle handle, SdnDtype dtype, long[] shape)
    {
        _context = context;
        _handle = handle;
        DType = dtype;
        Shape = shape;
    }

    /// <summary>Creates a zero-filled tensor of the given dtype and shape (outermost dimension first).</summary>
    public static unsafe NativeTensor Create(NativeContext context, SdnDtype dtype, params long[] shape)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(shape);
        nint tensor;
        fixed (long* s = shape)
        {
            NativeContext.Check(Sdn.TensorCreate(context.Handle, dtype, shape.Length, s, &tensor), context, "sdn_tensor_create");
        }
        var handle = new SdnTensorHandle();
        handle.Attach(tensor, context.SafeHandle);
        return new NativeTensor(context, handle, dtype, (long[])shape.Clone());
    }

    /// <summary>Creates an f32 tensor holding <paramref name="data"/>.</summary>
    public static NativeTensor FromFloats(NativeContext context, ReadOnlySpan<float> data, params long[] shape)
    {
        var t = Create(context, SdnDtype.F32, shape);
        try
        {
            t.Upload(data);
            return t;
        }
        catch
        {
            t.Dispose();
            throw;
        }
    }

    public SdnDtype DType { get; }

    public IReadOnlyList<long> Shape { get; }

    public long ElementCount => Shape.Aggregate(1L, (a, b) => a * b);

    internal nint Handle => _handle.IsClosed ? throw new ObjectDisposedException(nameof(NativeTensor)) : _handle.DangerousGetHandle();

    /// <summary>Copies raw bytes into the tensor; the span must be exactly the tensor's size.</summary>
    public unsafe void Upload<T>(ReadOnlySpan<T> data)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(data);
        fixed (byte* p = bytes)
        {
            NativeContext.Check(Sdn.TensorUpload(_context.Handle, Handle, p, (nuint)bytes.Length), _context, "sdn_tensor_upload");
        }
    }

    /// <summary>Copies the tensor into <paramref name="destination"/>, which must be exactly its size.</summary>
    public unsafe void Download<T>(Span<T> destination)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(destination);
        fixed (byte* p = bytes)
        {
            NativeContext.Check(Sdn.TensorDownload(_context.Handle, Handle, p, (nuint)bytes.Length), _context, "sdn_tensor_download");
        }
    }

    /// <summary>The tensor's f32 values as a new array.</summary>
    public float[] ToFloatArray()
    {
        if (DType != SdnDtype.F32)
        {
            throw new InvalidOperationException($"tensor is {DType}, not F32");
        }
        var result = new float[ElementCount];
        Download<float>(result);
        return result;
    }

    public void Dispose() => _handle.Dispose();
}
