namespace SdNative.BindGen;

/// <summary>Reads a C header through libclang into a <see cref="HeaderModel"/>.</summary>
public sealed class HeaderParser
{
    private static readonly Dictionary<string, string> StdIntTypes = new()
    {
        ["int8_t"] = "sbyte", ["uint8_t"] = "byte", ["int16_t"] = "short", ["uint16_t"] = "ushort",
        ["int32_t"] = "int", ["uint32_t"] = "uint", ["int64_t"] = "long", ["uint64_t"] = "ulong",
        ["size_t"] = "nuint", ["intptr_t"] = "nint", ["uintptr_t"] = "nuint",
    };

    private readonly LibClang _clang;
    private readonly HashSet<string> _definedStructs = new();
    private readonly HashSet<string> _enums = new();
    private readonly HashSet<string> _callbacks = new();

    public HeaderParser(LibClang clang) => _clang = clang;

    /// <summary>Parses <paramref name="headerPath"/> as C11. Throws with clang's diagnostics when it has errors.</summary>
    public HeaderModel Parse(string headerPath, IEnumerable<string>? extraArgs = null)
    {
        if (!File.Exists(headerPath))
        {
            throw new FileNotFoundException($"header not found: {headerPath}", headerPath);
        }
        // -fparse-all-comments: the header uses plain /* */ comments, which clang otherwise ignores.
        var args = new List<string> { "-x", "c", "-std=c11", "-fparse-all-comments" };
        args.AddRange(BuiltinIncludeArgs());
        if (extraArgs != null)
        {
            args.AddRange(extraArgs);
        }
        nint index = _clang.CreateIndex();
        try
        {
            nint unit = _clang.Parse(index, Path.GetFullPath(headerPath), args, detailedPreprocessing: true);
            if (unit == 0)
            {
                throw new InvalidOperationException($"libclang could not parse {headerPath}");
            }
            try
            {
                var errors = _clang.Errors(unit);
                if (errors.Count > 0)
                {
                    throw new InvalidOperationException($"{headerPath} has errors:\n" + string.Join("\n", errors));
                }
                return Build(unit);
            }
            finally
            {
                _clang.DisposeTranslationUnit(unit);
            }
        }
        finally
        {
            _clang.DisposeIndex(index);
        }
    }

    /// <summary>clang's own headers (stddef.h …) live beside the library; point the parser at them.</summary>
    private static IEnumerable<string> BuiltinIncludeArgs()
    {
        foreach (var llvm in Directory.Exists("/usr/lib") ? Directory.GetDirectories("/usr/lib", "llvm-*").OrderDescending().ToArray() : [])
        {
            var clangDir = Path.Combine(llvm, "lib", "clang");
            if (!Directory.Exists(clangDir))
            {
                continue;
            }
            foreach (var version in Directory.GetDirectories(clangDir).OrderDescending())
            {
                var include = Path.Combine(version, "include");
                if (File.Exists(Path.Combine(include, "stddef.h")))
                {
                    return ["-isystem", include];
                }
            }
        }
        return [];
    }

    private HeaderModel Build(nint unit)
    {
        var top = _clang.Children(_clang.TranslationUnitCursor(unit)).Where(_clang.IsFromMainFile).ToList();

        // First pass: which names are enums, defined structs and callbacks, so that types resolve.
        foreach (var c in top)
        {
            switch (_clang.Kind(c))
            {
                case CursorKind.StructDecl when _clang.IsDefinition(c):
                    _definedStructs.Add(_clang.Spelling(c));
                    break;
                case CursorKind.EnumDecl:
                    _enums.Add(_clang.Spelling(c));
                    break;
                case CursorKind.TypedefDecl when IsFunctionPointer(_clang.TypedefUnderlyingType(c)):
                    _callbacks.Add(_clang.Spelling(c));
                    break;
            }
        }

        var constants = new List<ConstantDecl>();
        var enums = new List<EnumDecl>();
        var structs = new List<StructDecl>();
        var callbacks = new List<CallbackDecl>();
        var functions = new List<FunctionDecl>();
        foreach (var c in top)
        {
            switch (_clang.Kind(c))
            {
                case CursorKind.MacroDefinition:
                    var tokens = _clang.Tokens(unit, c);
                    if (tokens.Count == 2 && TryParseInteger(tokens[1], out long value))
                    {
                        constants.Add(new ConstantDecl(tokens[0], value));
                    }
                    break;
                case CursorKind.EnumDecl:
                    var members = _clang.Children(c)
                        .Where(m => _clang.Kind(m) == CursorKind.EnumConstantDecl)
                        .Select(m => new EnumMember(_clang.Spelling(m), _clang.EnumConstantValue(m), _clang.RawComment(m)))
                        .ToList();
                    enums.Add(new EnumDecl(_clang.Spelling(c), members, _clang.RawComment(c)));
                    break;
                case CursorKind.StructDecl when _clang.IsDefinition(c):
                    var fields = _clang.Children(c)
                        .Where(f => _clang.Kind(f) == CursorKind.FieldDecl)
                        .Select(f => new FieldDecl(_clang.Spelling(f), Resolve(_clang.CursorType(f)), _clang.RawComment(f)))
                        .ToList();
                    structs.Add(new StructDecl(_clang.Spelling(c), fields, _clang.RawComment(c)));
                    break;
                case CursorKind.TypedefDecl when _callbacks.Contains(_clang.Spelling(c)):
                    // The function type as written (libclang looks through its parentheses), so that
                    // parameters keep their stdint names.
                    var written = _clang.Pointee(StripSugar(_clang.TypedefUnderlyingType(c)));
                    var ps = Enumerable.Range(0, _clang.ArgTypeCount(written)).Select(i => Resolve(_clang.ArgType(written, i))).ToList();
                    callbacks.Add(new CallbackDecl(_clang.Spelling(c), Resolve(_clang.ResultType(written)), ps, _clang.RawComment(c)));
                    break;
                case CursorKind.FunctionDecl:
                    var type = _clang.CursorType(c);
                    var parameters = Enumerable.Range(0, _clang.ArgumentCount(c))
                        .Select(i => _clang.Argument(c, i))
                        .Select(a => new ParamDecl(_clang.Spelling(a), Resolve(_clang.CursorType(a))))
                        .ToList();
                    functions.Add(new FunctionDecl(_clang.Spelling(c), Resolve(_clang.ResultType(type)), parameters, _clang.RawComment(c)));
                    break;
            }
        }
        return new HeaderModel(constants, enums, structs, callbacks, functions);
    }

    private CXType StripSugar(CXType t) => t.Kind == TypeKind.Elaborated ? _clang.NamedType(t) : t;

    private bool IsFunctionPointer(CXType t)
    {
        var canonical = _clang.Canonical(t);
        return canonical.Kind == TypeKind.Pointer && _clang.Canonical(_clang.Pointee(canonical)).Kind == TypeKind.FunctionProto;
    }

    private CType Resolve(CXType t)
    {
        t = StripSugar(t);
        switch (t.Kind)
        {
            case TypeKind.Typedef:
                var name = TypedefName(t);
                if (StdIntTypes.TryGetValue(name, out var cs))
                {
                    return new PrimitiveType(cs);
                }
                if (_callbacks.Contains(name))
                {
                    return new NamedType(name);
                }
                return Resolve(_clang.Canonical(t));
            case TypeKind.Record:
                var record = _clang.Spelling(_clang.TypeDeclaration(t));
                return _definedStructs.Contains(record) ? new NamedType(record) : new OpaqueType(record);
            case TypeKind.Enum:
                var enumName = _clang.Spelling(_clang.TypeDeclaration(t));
                return _enums.Contains(enumName)
                    ? new NamedType(enumName)
                    : throw new NotSupportedException($"enum {enumName} is not declared in the header");
            case TypeKind.Pointer:
                var pointee = _clang.Pointee(t);
                return new PointerType(Resolve(pointee), _clang.IsConst(pointee));
            case TypeKind.ConstantArray:
                return new ArrayType(Resolve(_clang.ArrayElement(t)), _clang.ArraySize(t));
            case TypeKind.Void:
                return new VoidType();
            case TypeKind.CharS or TypeKind.CharU:
                return new CharType();
            case TypeKind.UChar: return new PrimitiveType("byte");
            case TypeKind.SChar: return new PrimitiveType("sbyte");
            case TypeKind.Short: return new PrimitiveType("short");
            case TypeKind.UShort: return new PrimitiveType("ushort");
            case TypeKind.Int: return new PrimitiveType("int");
            case TypeKind.UInt: return new PrimitiveType("uint");
            case TypeKind.LongLong: return new PrimitiveType("long");
            case TypeKind.ULongLong: return new PrimitiveType("ulong");
            case TypeKind.Float: return new PrimitiveType("float");
            case TypeKind.Double: return new PrimitiveType("double");
            default:
                // `long`, `bool` and friends differ between platforms or ABIs: the header must use stdint types.
                throw new NotSupportedException($"type '{_clang.TypeSpelling(t)}' has no portable interop mapping; use <stdint.h> types");
        }
    }

    private string TypedefName(CXType t)
    {
        var spelling = _clang.TypeSpelling(t);
        foreach (var qualifier in new[] { "const ", "volatile " })
        {
            spelling = spelling.Replace(qualifier, "", StringComparison.Ordinal);
        }
        return spelling.Trim();
    }

    private static bool TryParseInteger(string token, out long value)
    {
        token = token.TrimEnd('u', 'U', 'l', 'L');
        if (token.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(token.AsSpan(2), System.Globalization.NumberStyles.HexNumber, null, out value);
        }
        return long.TryParse(token, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value);
    }
}
