using SdNative.Cli;

namespace SdNative.Cli.Tests;

public class CliAppTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Backends_ListsCpuAsAvailable()
    {
        var (code, output, _) = Run("backends");
        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^cpu\s+available", output);
        Assert.Matches(@"(?m)^vulkan\s+unavailable", output);
    }

    [Fact]
    public void Version_PrintsNativeLibraryVersion()
    {
        var (code, output, _) = Run("version");
        Assert.Equal(0, code);
        Assert.Contains("libsdn 0.1.0", output);
    }

    [Fact]
    public void UnknownCommand_ExitsWithUsageError()
    {
        var (code, _, err) = Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("unknown command 'frobnicate'", err);
    }

    [Fact]
    public void Help_ListsCommands()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("backends", output);
    }
}
