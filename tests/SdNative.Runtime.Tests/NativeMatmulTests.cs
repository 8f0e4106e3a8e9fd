using SdNative.Interop;
using SdNative.Runtime.Native;

namespace SdNative.Runtime.Tests;

/// <summary>The native matmul, called through the generated bindings, against a double-precision reference.</summary>
public class NativeMatmulTests
{
    [Theory]
    [InlineData(1, 1, 1, 1, 1)]
    [InlineData(1, 7, 13, 11, 2)]
    [InlineData(2, 17, 31, 257, 2)]
    [InlineData(3, 5, 3, 2, 3)]
    public void Matmul_RandomMatrices_MatchesReference(int batch, int m, int n, int k, int threads)
    {
        var rng = new Random(1234 + m);
        var a = Enumerable.Range(0, batch * m * k).Select(_ => rng.NextSingle() * 2 - 1).ToArray();
        var b = Enumerable.Range(0, k * n).Select(_ => rng.NextSingle() * 2 - 1).ToArray();

        using var ctx = NativeContext.Create(threads);
        using var ta = NativeTensor.FromFloats(ctx, a, batch, m, k);
        using var tb = NativeTensor.FromFloats(ctx, b, k, n);
        using var tc = NativeTensor.Create(ctx, SdnDtype.F32, batch, m, n);
        ctx.Matmul(ta, tb, tc);
        var c = tc.ToFloatArray();

        double num = 0, den = 0;
        for (int bi = 0; bi < batch; bi++)
        {
            for (int i = 0; i < m; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    double s = 0;
                    for (int kk = 0; kk < k; kk++)
                    {
                        s += (double)a[(bi * m + i) * k + kk] * b[kk * n + j];
                    }
                    double d = c[(bi * m + i) * n + j] - s;
                    num += d * d;
                    den += s * s;
                }
            }
        }
        double relL2 = Math.Sqrt(num / den);
        Assert.True(relL2 < 1e-6, $"matmul [{batch},{m},{k}]x[{k},{n}]: rel-L2 {relL2:E2}");
    }

    [Fact]
    public void Matmul_MismatchedShapes_ThrowsWithNativeMessage()
    {
        using var ctx = NativeContext.Create(1);
        using var a = NativeTensor.Create(ctx, SdnDtype.F32, 2, 3);
        using var b = NativeTensor.Create(ctx, SdnDtype.F32, 4, 5);
        using var c = NativeTensor.Create(ctx, SdnDtype.F32, 2, 5);
        var e = Assert.Throws<NativeException>(() => ctx.Matmul(a, b, c));
        Assert.Equal(SdnStatus.ShapeMismatch, e.Status);
        Assert.Contains("inner dimensions", e.Message);
    }
}
