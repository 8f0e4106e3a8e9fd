using Xunit;

namespace SdNative.TestUtilities;

/// <summary>Comparisons against golden data that report rel-L2 and max-abs with the fixture's name.</summary>
public static class Golden
{
    public static double RelL2(ReadOnlySpan<float> actual, ReadOnlySpan<double> expected)
    {
        double num = 0, den = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            double d = actual[i] - expected[i];
            num += d * d;
            den += expected[i] * expected[i];
        }
        return den == 0 ? Math.Sqrt(num) : Math.Sqrt(num / den);
    }

    public static double MaxAbs(ReadOnlySpan<float> actual, ReadOnlySpan<double> expected)
    {
        double m = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            m = Math.Max(m, Math.Abs(actual[i] - expected[i]));
        }
        return m;
    }

    /// <summary>Asserts equal length and rel-L2 at most <paramref name="tolerance"/>.</summary>
    public static void AssertClose(string name, ReadOnlySpan<float> actual, ReadOnlySpan<double> expected, double tolerance = 1e-4)
    {
        Assert.True(actual.Length == expected.Length, $"{name}: {actual.Length} values, golden has {expected.Length}");
        double rel = RelL2(actual, expected);
        Assert.True(rel <= tolerance, $"{name}: rel-L2 {rel:E3} > {tolerance:E1} (max-abs {MaxAbs(actual, expected):E3})");
    }

    /// <summary>Asserts against a golden .npy under tests/fixtures.</summary>
    public static void AssertClose(string fixture, ReadOnlySpan<float> actual, double tolerance = 1e-4) =>
        AssertClose(fixture, actual, NpyArray.Load(Fixtures.Path(fixture)).Data, tolerance);
}
