namespace SdNative.BindGen;

/// <summary>The one generation this repository performs: sdn.h to bindings/Sdn.g.cs.</summary>
public static class Bindings
{
    public const string HeaderPath = "native/include/sdn/sdn.h";
    public const string OutputPath = "bindings/Sdn.g.cs";

    /// <summary>The text of bindings/Sdn.g.cs as the header under <paramref name="root"/> defines it now.</summary>
    public static string Generate(LibClang clang, string root)
    {
        var model = new HeaderParser(clang).Parse(Path.Combine(root, HeaderPath));
        return new CSharpEmitter("SdNative.Interop", "Sdn", "sdn", "sdn", HeaderPath).Emit(model);
    }
}
