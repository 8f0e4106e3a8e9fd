using SdNative.Runtime.Native;

namespace SdNative.Cli;

/// <summary>The `sdn` command line: dispatches a verb to its command, writing to the given streams.</summary>
public static class CliApp
{
    internal const string Help = """
        sdn - Stable Diffusion inference for .NET with a native core

        usage: sdn <command> [options]

        commands:
          version     print the versions of the CLI and of the native library
          backends    list the compute backends and whether each can run on this machine
          help        print this text

        Image generation commands arrive with the pipelines; see README.md for what works today.
        """;

    /// <summary>Runs one invocation; returns the process exit code (0 ok, 1 failure, 2 bad usage).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "help" or "-h" or "--help")
        {
            stdout.WriteLine(Help);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            switch (args[0])
            {
                case "version":
                    stdout.WriteLine($"sdn {typeof(CliApp).Assembly.GetName().Version?.ToString(3)}");
                    stdout.WriteLine($"libsdn {NativeLibraryInfo.Version}");
                    return 0;
                case "backends":
                    foreach (var b in NativeLibraryInfo.Backends())
                    {
                        stdout.WriteLine($"{b.Name,-8} {(b.Available ? "available  " : "unavailable")}  {b.Description}");
                    }
                    return 0;
                default:
                    stderr.WriteLine($"sdn: unknown command '{args[0]}'. Run 'sdn help' for the list.");
                    return 2;
            }
        }
        catch (DllNotFoundException e)
        {
            stderr.WriteLine($"sdn: the native library could not be loaded: {e.Message}");
            return 1;
        }
        catch (NativeException e)
        {
            stderr.WriteLine($"sdn: {e.Message}");
            return 1;
        }
    }
}
