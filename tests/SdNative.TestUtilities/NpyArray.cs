using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SdNative.TestUtilities;

/// <summary>
/// A NumPy .npy array (format 1.0-3.0, C order, little-endian f4/f2/f8/i8/i4/u1/b1), converted to
/// double for comparisons. The goldens in tests/fixtures are stored this way.
/// </summary>
public sealed partial class NpyArray
{
    private NpyArray(string dtype, long[] shape, double[] data)
    {
        DType = dtype;
        Shape = shape;
        Data = data;
    }

    /// <summary>NumPy's type string without byte order, e.g. "f4", "i8".</summary>
    public string DType { get; }

    public long[] Shape { get; }

    public double[] Data { get; }

    public float[] ToFloats() => Data.Select(d => (float)d).ToArray();

    public long[] ToInt64s() => Data.Select(d => (long)d).ToArray();

    public static NpyArray Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 10 || bytes[0] != 0x93 || Encoding.ASCII.GetString(bytes, 1, 5) != "NUMPY")
        {
            throw new InvalidDataException($"{path}: not a .npy file");
        }
        int major = bytes[6];
        int headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)) : (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8));
        int headerStart = major == 1 ? 10 : 12;
        var header = Encoding.Latin1.GetString(bytes, headerStart, headerLength);
        var descr = DescrRegex().Match(header);
        var order = OrderRegex().Match(header);
        var shapeMatch = ShapeRegex().Match(header);
        if (!descr.Success || !order.Success || !shapeMatch.Success)
        {
            throw new InvalidDataException($"{path}: unreadable header '{header.Trim()}'");
        }
        if (order.Groups[1].Value != "False")
        {
            throw new InvalidDataException($"{path}: Fortran order is not supported");
        }
        var shape = shapeMatch.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        long count = shape.Aggregate(1L, (a, b) => a * b);
        var type = descr.Groups[1].Value;
        if (type[0] == '>')
        {
            throw new InvalidDataException($"{path}: big-endian data is not supported");
        }
        var dtype = type.TrimStart('<', '|', '=');
        var body = bytes.AsSpan(headerStart + headerLength);
        var data = new double[count];
        for (long i = 0; i < count; i++)
        {
            int j = (int)i;
            data[i] = dtype switch
            {
                "f4" => BinaryPrimitives.ReadSingleLittleEndian(body[(j * 4)..]),
                "f2" => (double)BinaryPrimitives.ReadHalfLittleEndian(body[(j * 2)..]),
                "f8" => BinaryPrimitives.ReadDoubleLittleEndian(body[(j * 8)..]),
                "i8" => BinaryPrimitives.ReadInt64LittleEndian(body[(j * 8)..]),
                "i4" => BinaryPrimitives.ReadInt32LittleEndian(body[(j * 4)..]),
                "u1" or "b1" => body[j],
                _ => throw new InvalidDataException($"{path}: dtype {type} is not supported"),
            };
        }
        return new NpyArray(dtype, shape, data);
    }

    [GeneratedRegex(@"'descr':\s*'([^']+)'")]
    private static partial Regex DescrRegex();

    [GeneratedRegex(@"'fortran_order':\s*(True|False)")]
    private static partial Regex OrderRegex();

    [GeneratedRegex(@"'shape':\s*\(([^)]*)\)")]
    private static partial Regex ShapeRegex();
}
