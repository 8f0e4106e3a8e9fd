namespace SdNative.TestUtilities;

/// <summary>
/// Locates the reference data copied into tests/fixtures (same relative paths as ../shared/fixtures,
/// whose README describes every file).
/// </summary>
public static class Fixtures
{
    /// <summary>The repository root: the first directory above the test binary that holds SdNative.sln.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "SdNative.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException($"SdNative.sln not found above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>Full path of tests/fixtures/<paramref name="relative"/>; throws naming the file when it is missing.</summary>
    public static string Path(string relative)
    {
        var full = System.IO.Path.Combine(RepoRoot, "tests", "fixtures", relative);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new FileNotFoundException($"fixture tests/fixtures/{relative} is missing (copy it from ../shared/fixtures)", full);
        }
        return full;
    }
}
