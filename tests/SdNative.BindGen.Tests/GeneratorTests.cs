using SdNative.BindGen;

namespace SdNative.BindGen.Tests;

/// <summary>The generator on small synthetic headers: one mapping rule per test.</summary>
public sealed class GeneratorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sdn-bindgen-").FullName;
    private readonly LibClang _clang = LibClang.Load();

    private string Generate(string header)
    {
        var path = Path.Combine(_dir, "t.h");
        File.WriteAllText(path, "#include <stdint.h>\n#include <stddef.h>\n" + header);
        var model = new HeaderParser(_clang).Parse(path);
        return new CSharpEmitter("Test.Interop", "T", "t", "t", "t.h").Emit(model);
    }

    [Fact]
    public void Enum_StripsCommonPrefixAndKeepsValues()
    {
        var cs = Generate("typedef enum t_color { T_COLOR_DARK_RED = 3, T_COLOR_Q4_0 = 8 } t_color;");
        Assert.Contains("public enum TColor : int", cs);
        Assert.Contains("DarkRed = 3,", cs);
        Assert.Contains("Q4_0 = 8,", cs);
    }

    [Fact]
    public void Struct_IsBlittableWithFixedCharBuffers()
    {
        var cs = Generate("typedef struct t_info { uint32_t struct_size; char name[16]; float scale; size_t bytes; } t_info;");
        Assert.Contains("[StructLayout(LayoutKind.Sequential)]", cs);
        Assert.Contains("public uint StructSize;", cs);
        Assert.Contains("public fixed byte Name[16];", cs);
        Assert.Contains("public float Scale;", cs);
        Assert.Contains("public nuint Bytes;", cs);
    }

    [Fact]
    public void FunctionPointerTypedef_BecomesWrapperStruct()
    {
        var cs = Generate("typedef int32_t (*t_cb)(void* user, int64_t done);\nvoid t_set(t_cb cb);");
        Assert.Contains("public readonly unsafe struct TCb", cs);
        Assert.Contains("delegate* unmanaged[Cdecl]<void*, long, int> Pointer;", cs);
        Assert.Contains("public static partial void Set(TCb cb);", cs);
    }

    [Fact]
    public void Functions_MapHandlesStringsAndPointers()
    {
        var cs = Generate("""
            typedef struct t_ctx t_ctx;
            /* Opens a thing. */
            int32_t t_open(const char* path, t_ctx** out_ctx, const int64_t* shape, void* data);
            const char* t_name(const t_ctx* ctx);
            """);
        Assert.Contains("[LibraryImport(LibraryName, EntryPoint = \"t_open\", StringMarshalling = StringMarshalling.Utf8)]", cs);
        Assert.Contains("public static partial int Open(string path, nint* outCtx, long* shape, void* data);", cs);
        Assert.Contains("public static partial byte* Name(nint ctx);", cs);
        Assert.Contains("/// Opens a thing.", cs);
    }

    [Fact]
    public void IntegerMacros_BecomeConstants()
    {
        var cs = Generate("#define T_MAX_DIMS 8\n#define T_MASK 0x10u\n#define T_TEXT \"x\"\n");
        Assert.Contains("public const int MaxDims = 8;", cs);
        Assert.Contains("public const int Mask = 16;", cs);
        Assert.DoesNotContain("Text", cs);
    }

    [Fact]
    public void KeywordParameterNames_AreEscaped()
    {
        var cs = Generate("void t_run(int32_t params, int32_t string);");
        Assert.Contains("Run(int @params, int @string)", cs);
    }

    [Fact]
    public void PlatformDependentLong_IsRejected()
    {
        var e = Assert.Throws<NotSupportedException>(() => Generate("void t_f(long x);"));
        Assert.Contains("stdint", e.Message);
    }

    [Fact]
    public void HeaderWithErrors_ReportsClangDiagnostics()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Generate("void t_f(undeclared_type x);"));
        Assert.Contains("undeclared_type", e.Message);
    }

    public void Dispose()
    {
        _clang.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
