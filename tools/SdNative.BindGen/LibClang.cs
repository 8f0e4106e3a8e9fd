using System.Runtime.InteropServices;

namespace SdNative.BindGen;

/// <summary>
/// The handful of libclang C entry points the generator needs, bound at run time from Debian's
/// libclang-N.so.1 (no NuGet package wraps libclang here). One instance owns the loaded library.
/// </summary>
public sealed unsafe class LibClang : IDisposable
{
    private nint _library;

    private readonly delegate* unmanaged<int, int, nint> _createIndex;
    private readonly delegate* unmanaged<nint, void> _disposeIndex;
    private readonly delegate* unmanaged<nint, byte*, byte**, int, nint, uint, uint, nint> _parseTranslationUnit;
    private readonly delegate* unmanaged<nint, void> _disposeTranslationUnit;
    private readonly delegate* unmanaged<nint, uint> _getNumDiagnostics;
    private readonly delegate* unmanaged<nint, uint, nint> _getDiagnostic;
    private readonly delegate* unmanaged<nint, int> _getDiagnosticSeverity;
    private readonly delegate* unmanaged<nint, uint, CXString> _formatDiagnostic;
    private readonly delegate* unmanaged<nint, void> _disposeDiagnostic;
    private readonly delegate* unmanaged<nint, CXCursor> _getTranslationUnitCursor;
    private readonly delegate* unmanaged<CXCursor, delegate* unmanaged<CXCursor, CXCursor, nint, int>, nint, uint> _visitChildren;
    private readonly delegate* unmanaged<CXCursor, int> _getCursorKind;
    private readonly delegate* unmanaged<CXCursor, CXString> _getCursorSpelling;
    private readonly delegate* unmanaged<CXCursor, CXSourceLocation> _getCursorLocation;
    private readonly delegate* unmanaged<CXSourceLocation, int> _locationIsFromMainFile;
    private readonly delegate* unmanaged<CXCursor, CXType> _getCursorType;
    private readonly delegate* unmanaged<CXCursor, CXType> _getTypedefDeclUnderlyingType;
    private readonly delegate* unmanaged<CXCursor, long> _getEnumConstantDeclValue;
    private readonly delegate* unmanaged<CXCursor, CXString> _getRawCommentText;
    private readonly delegate* unmanaged<CXCursor, int> _getNumArguments;
    private readonly delegate* unmanaged<CXCursor, uint, CXCursor> _getArgument;
    private readonly delegate* unmanaged<CXCursor, uint> _isCursorDefinition;
    private readonly delegate* unmanaged<CXType, CXString> _getTypeSpelling;
    private readonly delegate* unmanaged<CXType, CXType> _getCanonicalType;
    private readonly delegate* unmanaged<CXType, CXType> _getPointeeType;
    private readonly delegate* unmanaged<CXType, CXType> _getArrayElementType;
    private readonly delegate* unmanaged<CXType, long> _getArraySize;
    private readonly delegate* unmanaged<CXType, CXType> _getResultType;
    private readonly delegate* unmanaged<CXType, int> _getNumArgTypes;
    private readonly delegate* unmanaged<CXType, uint, CXType> _getArgType;
    private readonly delegate* unmanaged<CXType, CXCursor> _getTypeDeclaration;
    private readonly delegate* unmanaged<CXType, uint> _isConstQualifiedType;
    private readonly delegate* unmanaged<CXType, CXType> _getNamedType;
    private readonly delegate* unmanaged<CXCursor, CXSourceRange> _getCursorExtent;
    private readonly delegate* unmanaged<nint, CXSourceRange, CXToken**, uint*, void> _tokenize;
    private readonly delegate* unmanaged<nint, CXToken, CXString> _getTokenSpelling;
    private readonly delegate* unmanaged<nint, CXToken*, uint, void> _disposeTokens;
    private readonly delegate* unmanaged<CXString, byte*> _getCString;
    private readonly delegate* unmanaged<CXString, void> _disposeString;

    private LibClang(nint library)
    {
        _library = library;
        _createIndex = (delegate* unmanaged<int, int, nint>)Export("clang_createIndex");
        _disposeIndex = (delegate* unmanaged<nint, void>)Export("clang_disposeIndex");
        _parseTranslationUnit = (delegate* unmanaged<nint, byte*, byte**, int, nint, uint, uint, nint>)Export("clang_parseTranslationUnit");
        _disposeTranslationUnit = (delegate* unmanaged<nint, void>)Export("clang_disposeTranslationUnit");
        _getNumDiagnostics = (delegate* unmanaged<nint, uint>)Export("clang_getNumDiagnostics");
        _getDiagnostic = (delegate* unmanaged<nint, uint, nint>)Export("clang_getDiagnostic");
        _getDiagnosticSeverity = (delegate* unmanaged<nint, int>)Export("clang_getDiagnosticSeverity");
        _formatDiagnostic = (delegate* unmanaged<nint, uint, CXString>)Export("clang_formatDiagnostic");
        _disposeDiagnostic = (delegate* unmanaged<nint, void>)Export("clang_disposeDiagnostic");
        _getTranslationUnitCursor = (delegate* unmanaged<nint, CXCursor>)Export("clang_getTranslationUnitCursor");
        _visitChildren = (delegate* unmanaged<CXCursor, delegate* unmanaged<CXCursor, CXCursor, nint, int>, nint, uint>)Export("clang_visitChildren");
        _getCursorKind = (delegate* unmanaged<CXCursor, int>)Export("clang_getCursorKind");
        _getCursorSpelling = (delegate* unmanaged<CXCursor, CXString>)Export("clang_getCursorSpelling");
        _getCursorLocation = (delegate* unmanaged<CXCursor, CXSourceLocation>)Export("clang_getCursorLocation");
        _locationIsFromMainFile = (delegate* unmanaged<CXSourceLocation, int>)Export("clang_Location_isFromMainFile");
        _getCursorType = (delegate* unmanaged<CXCursor, CXType>)Export("clang_getCursorType");
        _getTypedefDeclUnderlyingType = (delegate* unmanaged<CXCursor, CXType>)Export("clang_getTypedefDeclUnderlyingType");
        _getEnumConstantDeclValue = (delegate* unmanaged<CXCursor, long>)Export("clang_getEnumConstantDeclValue");
        _getRawCommentText = (delegate* unmanaged<CXCursor, CXString>)Export("clang_Cursor_getRawCommentText");
        _getNumArguments = (delegate* unmanaged<CXCursor, int>)Export("clang_Cursor_getNumArguments");
        _getArgument = (delegate* unmanaged<CXCursor, uint, CXCursor>)Export("clang_Cursor_getArgument");
        _isCursorDefinition = (delegate* unmanaged<CXCursor, uint>)Export("clang_isCursorDefinition");
        _getTypeSpelling = (delegate* unmanaged<CXType, CXString>)Export("clang_getTypeSpelling");
        _getCanonicalType = (delegate* unmanaged<CXType, CXType>)Export("clang_getCanonicalType");
        _getPointeeType = (delegate* unmanaged<CXType, CXType>)Export("clang_getPointeeType");
        _getArrayElementType = (delegate* unmanaged<CXType, CXType>)Export("clang_getArrayElementType");
        _getArraySize = (delegate* unmanaged<CXType, long>)Export("clang_getArraySize");
        _getResultType = (delegate* unmanaged<CXType, CXType>)Export("clang_getResultType");
        _getNumArgTypes = (delegate* unmanaged<CXType, int>)Export("clang_getNumArgTypes");
        _getArgType = (delegate* unmanaged<CXType, uint, CXType>)Export("clang_getArgType");
        _getTypeDeclaration = (delegate* unmanaged<CXType, CXCursor>)Export("clang_getTypeDeclaration");
        _isConstQualifiedType = (delegate* unmanaged<CXType, uint>)Export("clang_isConstQualifiedType");
        _getNamedType = (delegate* unmanaged<CXType, CXType>)Export("clang_Type_getNamedType");
        _getCursorExtent = (delegate* unmanaged<CXCursor, CXSourceRange>)Export("clang_getCursorExtent");
        _tokenize = (delegate* unmanaged<nint, CXSourceRange, CXToken**, uint*, void>)Export("clang_tokenize");
        _getTokenSpelling = (delegate* unmanaged<nint, CXToken, CXString>)Export("clang_getTokenSpelling");
        _disposeTokens = (delegate* unmanaged<nint, CXToken*, uint, void>)Export("clang_disposeTokens");
        _getCString = (delegate* unmanaged<CXString, byte*>)Export("clang_getCString");
        _disposeString = (delegate* unmanaged<CXString, void>)Export("clang_disposeString");
    }

    /// <summary>Path of the libclang that was loaded.</summary>
    public string LibraryPath { get; private init; } = "";

    /// <summary>
    /// Loads libclang: the path in <paramref name="explicitPath"/> (or $SDN_LIBCLANG) when given, else the
    /// newest Debian libclang-N.so.1 (N = 20 down to 14). Throws with every path tried when none loads.
    /// </summary>
    public static LibClang Load(string? explicitPath = null)
    {
        explicitPath ??= Environment.GetEnvironmentVariable("SDN_LIBCLANG");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(explicitPath))
        {
            candidates.Add(explicitPath);
        }
        else
        {
            for (int v = 20; v >= 14; v--)
            {
                candidates.Add($"/usr/lib/x86_64-linux-gnu/libclang-{v}.so.1");
                candidates.Add($"/usr/lib/llvm-{v}/lib/libclang-{v}.so.1");
                candidates.Add($"libclang-{v}.so.1");
            }
            candidates.Add("libclang.dll");
            candidates.Add("libclang.dylib");
        }
        var errors = new List<string>();
        foreach (var path in candidates)
        {
            if (NativeLibrary.TryLoad(path, out var handle))
            {
                return new LibClang(handle) { LibraryPath = path };
            }
            errors.Add(path);
        }
        throw new DllNotFoundException(
            "libclang was not found (install Debian's libclang1-14 or newer, or set SDN_LIBCLANG). Tried: " +
            string.Join(", ", errors));
    }

    private nint Export(string name) =>
        NativeLibrary.TryGetExport(_library, name, out var address)
            ? address
            : throw new EntryPointNotFoundException($"{name} is missing from {LibraryPath}");

    public nint CreateIndex() => _createIndex(0, 0);

    public void DisposeIndex(nint index) => _disposeIndex(index);

    /// <summary>Parses <paramref name="path"/> with the given compiler arguments; null when libclang fails outright.</summary>
    public nint Parse(nint index, string path, IReadOnlyList<string> args, bool detailedPreprocessing)
    {
        var pathBytes = Utf8(path);
        var argBytes = args.Select(Utf8).ToArray();
        var handles = new List<GCHandle>();
        try
        {
            var pinnedArgs = new byte*[argBytes.Length];
            foreach (var a in argBytes)
            {
                handles.Add(GCHandle.Alloc(a, GCHandleType.Pinned));
            }
            for (int i = 0; i < argBytes.Length; i++)
            {
                pinnedArgs[i] = (byte*)handles[i].AddrOfPinnedObject();
            }
            fixed (byte* p = pathBytes)
            fixed (byte** a = pinnedArgs)
            {
                const uint DetailedPreprocessingRecord = 0x01;
                const uint SkipFunctionBodies = 0x40;
                uint options = SkipFunctionBodies | (detailedPreprocessing ? DetailedPreprocessingRecord : 0);
                return _parseTranslationUnit(index, p, a, argBytes.Length, 0, 0, options);
            }
        }
        finally
        {
            foreach (var h in handles)
            {
                h.Free();
            }
        }
    }

    public void DisposeTranslationUnit(nint unit) => _disposeTranslationUnit(unit);

    /// <summary>Error and fatal diagnostics of a translation unit, formatted as clang prints them.</summary>
    public List<string> Errors(nint unit)
    {
        var result = new List<string>();
        uint n = _getNumDiagnostics(unit);
        for (uint i = 0; i < n; i++)
        {
            nint d = _getDiagnostic(unit, i);
            if (_getDiagnosticSeverity(d) >= 3)
            {
                result.Add(Take(_formatDiagnostic(d, 0x1 | 0x2)));
            }
            _disposeDiagnostic(d);
        }
        return result;
    }

    public CXCursor TranslationUnitCursor(nint unit) => _getTranslationUnitCursor(unit);

    /// <summary>The direct children of <paramref name="parent"/>, in source order.</summary>
    public List<CXCursor> Children(CXCursor parent)
    {
        var list = new List<CXCursor>();
        var handle = GCHandle.Alloc(list);
        try
        {
            _visitChildren(parent, &CollectChild, GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }
        return list;
    }

    [UnmanagedCallersOnly]
    private static int CollectChild(CXCursor cursor, CXCursor parent, nint data)
    {
        ((List<CXCursor>)GCHandle.FromIntPtr(data).Target!).Add(cursor);
        return 1; // CXChildVisit_Continue
    }

    public CursorKind Kind(CXCursor c) => (CursorKind)_getCursorKind(c);

    public string Spelling(CXCursor c) => Take(_getCursorSpelling(c));

    public bool IsFromMainFile(CXCursor c) => _locationIsFromMainFile(_getCursorLocation(c)) != 0;

    public CXType CursorType(CXCursor c) => _getCursorType(c);

    public CXType TypedefUnderlyingType(CXCursor c) => _getTypedefDeclUnderlyingType(c);

    public long EnumConstantValue(CXCursor c) => _getEnumConstantDeclValue(c);

    /// <summary>The comment attached to a declaration, or null.</summary>
    public string? RawComment(CXCursor c)
    {
        var s = Take(_getRawCommentText(c));
        return s.Length == 0 ? null : s;
    }

    public int ArgumentCount(CXCursor c) => _getNumArguments(c);

    public CXCursor Argument(CXCursor c, int i) => _getArgument(c, (uint)i);

    public bool IsDefinition(CXCursor c) => _isCursorDefinition(c) != 0;

    public string TypeSpelling(CXType t) => Take(_getTypeSpelling(t));

    public CXType Canonical(CXType t) => _getCanonicalType(t);

    public CXType Pointee(CXType t) => _getPointeeType(t);

    public CXType ArrayElement(CXType t) => _getArrayElementType(t);

    public long ArraySize(CXType t) => _getArraySize(t);

    public CXType ResultType(CXType t) => _getResultType(t);

    public int ArgTypeCount(CXType t) => _getNumArgTypes(t);

    public CXType ArgType(CXType t, int i) => _getArgType(t, (uint)i);

    public CXCursor TypeDeclaration(CXType t) => _getTypeDeclaration(t);

    public bool IsConst(CXType t) => _isConstQualifiedType(t) != 0;

    public CXType NamedType(CXType t) => _getNamedType(t);

    /// <summary>The spelling of every token of a cursor (used for macro definitions).</summary>
    public List<string> Tokens(nint unit, CXCursor c)
    {
        CXToken* tokens = null;
        uint count = 0;
        _tokenize(unit, _getCursorExtent(c), &tokens, &count);
        var result = new List<string>((int)count);
        for (uint i = 0; i < count; i++)
        {
            result.Add(Take(_getTokenSpelling(unit, tokens[i])));
        }
        if (tokens != null)
        {
            _disposeTokens(unit, tokens, count);
        }
        return result;
    }

    private string Take(CXString s)
    {
        var text = Marshal.PtrToStringUTF8((nint)_getCString(s)) ?? "";
        _disposeString(s);
        return text;
    }

    private static byte[] Utf8(string s)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(s) + 1];
        System.Text.Encoding.UTF8.GetBytes(s, bytes);
        return bytes;
    }

    public void Dispose()
    {
        if (_library != 0)
        {
            NativeLibrary.Free(_library);
            _library = 0;
        }
    }
}

#pragma warning disable CS0649, IDE0051 // layout-only structs filled by libclang
[StructLayout(LayoutKind.Sequential)]
public unsafe struct CXCursor
{
    public int Kind;
    public int XData;
    public fixed ulong Data[3];
}

[StructLayout(LayoutKind.Sequential)]
public unsafe struct CXType
{
    public TypeKind Kind;
    public fixed ulong Data[2];
}

[StructLayout(LayoutKind.Sequential)]
public struct CXString
{
    public nint Data;
    public uint Flags;
}

[StructLayout(LayoutKind.Sequential)]
public unsafe struct CXSourceLocation
{
    public fixed ulong PtrData[2];
    public uint IntData;
}

[StructLayout(LayoutKind.Sequential)]
public unsafe struct CXSourceRange
{
    public fixed ulong PtrData[2];
    public uint BeginIntData;
    public uint EndIntData;
}

[StructLayout(LayoutKind.Sequential)]
public unsafe struct CXToken
{
    public fixed uint IntData[4];
    public nint PtrData;
}
#pragma warning restore CS0649, IDE0051

/// <summary>The values of libclang's CXCursorKind that the generator looks at.</summary>
public enum CursorKind
{
    StructDecl = 2,
    EnumDecl = 5,
    FieldDecl = 6,
    EnumConstantDecl = 7,
    FunctionDecl = 8,
    VarDecl = 9,
    ParmDecl = 10,
    TypedefDecl = 20,
    MacroDefinition = 501,
}

/// <summary>The values of libclang's CXTypeKind that the generator maps.</summary>
public enum TypeKind
{
    Invalid = 0,
    Void = 2,
    Bool = 3,
    CharU = 4,
    UChar = 5,
    UShort = 8,
    UInt = 9,
    ULong = 10,
    ULongLong = 11,
    CharS = 13,
    SChar = 14,
    Short = 16,
    Int = 17,
    Long = 18,
    LongLong = 19,
    Float = 21,
    Double = 22,
    Pointer = 101,
    Record = 105,
    Enum = 106,
    Typedef = 107,
    FunctionProto = 111,
    ConstantArray = 112,
    Elaborated = 119,
}
