using SdNative.Interop;
using SdNative.Runtime.Native;

namespace SdNative.Runtime.Tests;

public class NativeContextTests
{
    [Fact]
    public void Create_WithThreadCount_UsesThatManyThreads()
    {
        using var ctx = NativeContext.Create(3);
        Assert.Equal(3, ctx.ThreadCount);
        Assert.Equal("", ctx.LastError);
    }

    [Fact]
    public void Create_OnUnavailableBackend_Throws()
    {
        var e = Assert.Throws<NativeException>(() => NativeContext.Create(1, SdnBackendKind.Cuda));
        Assert.Equal(SdnStatus.BackendUnavailable, e.Status);
    }

    [Fact]
    public void Tensor_OutlivesDisposedContext_StillUsableUntilDisposed()
    {
        var ctx = NativeContext.Create(1);
        var t = NativeTensor.FromFloats(ctx, new float[] { 1, 2, 3 }, 3);
        ctx.Dispose();
        // The tensor's handle keeps the native context alive; disposing both in any order is safe.
        t.Dispose();
        t.Dispose();
        ctx.Dispose();
        Assert.Throws<ObjectDisposedException>(() => ctx.ThreadCount);
    }

    [Fact]
    public void Tensor_UploadOfWrongSize_ThrowsNamingBothSizes()
    {
        using var ctx = NativeContext.Create(1);
        using var t = NativeTensor.Create(ctx, SdnDtype.F32, 4);
        var e = Assert.Throws<NativeException>(() => t.Upload<float>(new float[3]));
        Assert.Contains("12", e.Message);
        Assert.Contains("16", e.Message);
    }

    [Fact]
    public void Tensor_Create_WithBadShape_Throws()
    {
        using var ctx = NativeContext.Create(1);
        var e = Assert.Throws<NativeException>(() => NativeTensor.Create(ctx, SdnDtype.Q8_0, 2, 33));
        Assert.Equal(SdnStatus.InvalidArgument, e.Status);
        Assert.Contains("multiple of 32", e.Message);
    }

    [Fact]
    public void Library_ReportsVersionAndCpuBackend()
    {
        Assert.True(NativeLibraryInfo.MatchesBindings, $"libsdn {NativeLibraryInfo.Version} does not match the bindings");
        var backends = NativeLibraryInfo.Backends();
        Assert.Contains(backends, b => b.Kind == SdnBackendKind.Cpu && b.Available && b.Name == "cpu");
        Assert.All(backends, b => Assert.False(string.IsNullOrWhiteSpace(b.Description)));
        Assert.Equal("SDN_STATUS_CANCELLED", NativeLibraryInfo.StatusName(SdnStatus.Cancelled));
    }
}
