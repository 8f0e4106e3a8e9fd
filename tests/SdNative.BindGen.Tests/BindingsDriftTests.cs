using SdNative.BindGen;

namespace SdNative.BindGen.Tests;

public class BindingsDriftTests
{
    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Bindings.HeaderPath)))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no {Bindings.HeaderPath} above {AppContext.BaseDirectory}");
    }

    [Fact]
    public void CheckedInBindings_EqualWhatTheHeaderGenerates()
    {
        var root = RepoRoot();
        using var clang = LibClang.Load();
        var generated = Bindings.Generate(clang, root);
        var checkedIn = File.ReadAllText(Path.Combine(root, Bindings.OutputPath));
        Assert.True(generated == checkedIn,
            $"{Bindings.OutputPath} is stale: {Bindings.HeaderPath} changed. Run ./build.sh and commit the regenerated file.");
    }
}
