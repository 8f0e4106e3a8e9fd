using System.Runtime.InteropServices;
using SdNative.Interop;

namespace SdNative.Runtime.Native;

/// <summary>Facts about the loaded native library: its version and its backends.</summary>
public static class NativeLibraryInfo
{
    /// <summary>Version of the loaded libsdn as "major.minor.patch".</summary>
    public static string Version
    {
        get
        {
            uint v = Sdn.Version();
            return $"{v / 10000}.{v / 100 % 100}.{v % 100}";
        }
    }

    /// <summary>True when the loaded library has the ABI these bindings were generated for.</summary>
    public static bool MatchesBindings =>
        Sdn.Version() / 100 == (uint)(Sdn.VersionMajor * 100 + Sdn.VersionMinor);

    /// <summary>Every backend compiled into the library, available or not.</summary>
    public static unsafe IReadOnlyList<NativeBackendInfo> Backends()
    {
        var list = new List<NativeBackendInfo>();
        int count = Sdn.BackendCount();
        for (int i = 0; i < count; i++)
        {
            var info = new SdnBackendInfo { StructSize = (uint)sizeof(SdnBackendInfo) };
            NativeContext.Check(Sdn.BackendGetInfo(i, &info), null, "sdn_backend_get_info");
            list.Add(new NativeBackendInfo(
                Marshal.PtrToStringUTF8((nint)info.Name) ?? "",
                info.Kind,
                info.Available != 0,
                Marshal.PtrToStringUTF8((nint)info.Description) ?? ""));
        }
        return list;
    }

    /// <summary>The symbolic name of a status, as the native library spells it.</summary>
    public static unsafe string StatusName(SdnStatus status) => Marshal.PtrToStringUTF8((nint)Sdn.StatusName(status)) ?? "";
}
