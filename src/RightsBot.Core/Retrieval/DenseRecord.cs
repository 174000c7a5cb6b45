using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// One sentence vector stored in 8 bits: its scale as a 32-bit float, then one signed byte a dimension, so that
/// value i is about scale × byte i. Symmetric, one scale a vector: scale = max|v| / 127, each value rounded.
/// </summary>
/// <remarks>
/// A 384-dimension vector takes 388 bytes instead of 1,536. Rounding moves each value by at most half a step
/// (scale / 2); with the question quantized the same way, a similarity moves by 0.0004 on average and 0.002 at
/// most on real sentences (EightBitSentenceVectorsTests; docs/retrieval.md).
/// </remarks>
internal static class DenseRecord
{
    private const float Levels = 127;

    /// <summary>Bytes a record of this many dimensions takes.</summary>
    public static int Size(int dimensions) => sizeof(float) + dimensions;

    /// <summary>Quantizes <paramref name="vector"/> into <paramref name="record"/> (of <see cref="Size"/> bytes).</summary>
    public static void Write(ReadOnlySpan<float> vector, Span<byte> record)
    {
        var scale = Quantize(vector, MemoryMarshal.Cast<byte, sbyte>(record[sizeof(float)..]));
        BinaryPrimitives.WriteSingleLittleEndian(record, scale);
    }

    /// <summary>Rounds each value to a multiple of the returned scale, writing the multiples (−127 to 127).</summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> into)
    {
        if (into.Length != vector.Length)
        {
            throw new ArgumentException("the vector and its bytes differ in length", nameof(into));
        }

        var largest = vector.IsEmpty ? 0 : TensorPrimitives.MaxMagnitude(vector);
        if (!float.IsFinite(largest))
        {
            throw new ArgumentException("the vector has a value that is not a number", nameof(vector));
        }

        largest = Math.Abs(largest);
        if (largest == 0)
        {
            into.Clear();
            return 0;
        }

        var inverse = Levels / largest;
        for (var i = 0; i < vector.Length; i++)
        {
            into[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] * inverse), -Levels, Levels);
        }

        return largest / Levels;
    }

    public static float Scale(ReadOnlySpan<byte> record) => BinaryPrimitives.ReadSingleLittleEndian(record);

    public static ReadOnlySpan<sbyte> Values(ReadOnlySpan<byte> record) => MemoryMarshal.Cast<byte, sbyte>(record[sizeof(float)..]);

    /// <summary>The similarity of the query to the record's vector (their dot product, both dequantized).</summary>
    public static float Similarity(QuantizedQuery query, ReadOnlySpan<byte> record)
        => Int8Dot.Dot(query.Values, Values(record)) * Scale(record) * query.Scale;
}
