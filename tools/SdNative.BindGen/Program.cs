using SdNative.BindGen;

// sdn-bindgen: regenerates (or, with --check, verifies) bindings/Sdn.g.cs from native/include/sdn/sdn.h.
const string Usage = """
    usage: SdNative.BindGen [--root DIR] [--check] [--libclang PATH]

      --root DIR        repository root (default: the current directory)
      --check           do not write; exit 1 when bindings/Sdn.g.cs differs from what would be generated
      --libclang PATH   libclang shared library to load (default: $SDN_LIBCLANG, else Debian's libclang-N.so.1)
    """;

string root = Directory.GetCurrentDirectory();
bool check = false;
string? libclang = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--root" when i + 1 < args.Length: root = args[++i]; break;
        case "--check": check = true; break;
        case "--libclang" when i + 1 < args.Length: libclang = args[++i]; break;
        case "-h" or "--help": Console.WriteLine(Usage); return 0;
        default: Console.Error.WriteLine($"unknown argument '{args[i]}'\n{Usage}"); return 2;
    }
}

try
{
    using var clang = LibClang.Load(libclang);
    var generated = Bindings.Generate(clang, root);
    var target = Path.Combine(root, Bindings.OutputPath);
    var current = File.Exists(target) ? File.ReadAllText(target) : null;
    if (check)
    {
        if (current == generated)
        {
            Console.WriteLine($"{Bindings.OutputPath} is up to date");
            return 0;
        }
        Console.Error.WriteLine($"{Bindings.OutputPath} differs from what {Bindings.HeaderPath} generates: run ./build.sh and commit the result");
        return 1;
    }
    if (current != generated)
    {
        File.WriteAllText(target, generated);
        Console.WriteLine($"wrote {Bindings.OutputPath} (libclang: {clang.LibraryPath})");
    }
    return 0;
}
catch (Exception e) when (e is DllNotFoundException or InvalidOperationException or NotSupportedException or IOException)
{
    Console.Error.WriteLine($"bindgen: {e.Message}");
    return 1;
}
