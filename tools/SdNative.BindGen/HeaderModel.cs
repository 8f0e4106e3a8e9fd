namespace SdNative.BindGen;

/// <summary>Everything the generator emits, read from one C header, in declaration order.</summary>
public sealed record HeaderModel(
    IReadOnlyList<ConstantDecl> Constants,
    IReadOnlyList<EnumDecl> Enums,
    IReadOnlyList<StructDecl> Structs,
    IReadOnlyList<CallbackDecl> Callbacks,
    IReadOnlyList<FunctionDecl> Functions);

/// <summary>An object-like macro whose value is one integer literal.</summary>
public sealed record ConstantDecl(string CName, long Value);

public sealed record EnumDecl(string CName, IReadOnlyList<EnumMember> Members, string? Doc);

public sealed record EnumMember(string CName, long Value, string? Doc);

public sealed record StructDecl(string CName, IReadOnlyList<FieldDecl> Fields, string? Doc);

public sealed record FieldDecl(string CName, CType Type, string? Doc);

/// <summary>A function-pointer typedef.</summary>
public sealed record CallbackDecl(string CName, CType Return, IReadOnlyList<CType> Parameters, string? Doc);

public sealed record FunctionDecl(string CName, CType Return, IReadOnlyList<ParamDecl> Parameters, string? Doc);

public sealed record ParamDecl(string CName, CType Type);

/// <summary>A C type reduced to what matters for interop.</summary>
public abstract record CType;

/// <summary>A fixed-size scalar, named by its C# keyword (int, uint, long, nuint, float, byte …).</summary>
public sealed record PrimitiveType(string CSharp) : CType;

/// <summary>void (only as a return type or behind a pointer).</summary>
public sealed record VoidType : CType;

/// <summary>char: one byte of UTF-8 text.</summary>
public sealed record CharType : CType;

/// <summary>An enum, struct or callback declared in the header.</summary>
public sealed record NamedType(string CName) : CType;

/// <summary>A struct that the header declares but never defines: only used through pointers.</summary>
public sealed record OpaqueType(string CName) : CType;

public sealed record PointerType(CType Pointee, bool PointeeIsConst) : CType;

public sealed record ArrayType(CType Element, long Length) : CType;
