using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RightsBot.Core.Retrieval;

/// <summary>Arrays of plain values in the index cache: a length, then the values' bytes, read back in one go.</summary>
internal static class BinaryArrays
{
    public static void Write<T>(BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public static T[] Read<T>(BinaryReader reader)
        where T : unmanaged
    {
        var length = reader.ReadInt32();
        if (length < 0 || (long)length * Unsafe.SizeOf<T>() > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException("an array in the index cache is longer than the file");
        }

        var values = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
