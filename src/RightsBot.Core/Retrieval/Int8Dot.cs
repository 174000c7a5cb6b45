using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// The dot product of two vectors of signed bytes as a 32-bit integer: the scoring kernel of the 8-bit sentence
/// vectors. Exact: values lie in [−127, 127], so 384 products sum to at most 6.2 million.
/// </summary>
/// <remarks>
/// One path a processor: AVX-VNNI (four byte products added into each 32-bit lane by one instruction), else AVX2
/// (bytes sign-extended to shorts, pairs multiplied and added into 32 bits), else the portable 256- or 128-bit
/// vectors (ARM's among them), else plain loops. Each path is <c>internal</c> so that the tests can check it
/// against <see cref="DotScalar"/> wherever the processor has it.
/// </remarks>
internal static class Int8Dot
{
    public static int Dot(ReadOnlySpan<sbyte> left, ReadOnlySpan<sbyte> right)
    {
        if (left.Length != right.Length)
        {
            throw new ArgumentException("the vectors differ in length", nameof(right));
        }

        if (AvxVnni.IsSupported)
        {
            return DotAvxVnni(left, right);
        }

        if (Avx2.IsSupported)
        {
            return DotAvx2(left, right);
        }

        if (Vector256.IsHardwareAccelerated)
        {
            return DotVector256(left, right);
        }

        return Vector128.IsHardwareAccelerated ? DotVector128(left, right) : DotScalar(left, right);
    }

    /// <summary>
    /// VPDPBUSD multiplies unsigned by signed bytes, so the left vector goes in as its absolute values and its
    /// signs move to the right one (the values are never −128, whose absolute value would not fit).
    /// </summary>
    internal static int DotAvxVnni(ReadOnlySpan<sbyte> left, ReadOnlySpan<sbyte> right)
    {
        ref var l = ref MemoryMarshal.GetReference(left);
        ref var r = ref MemoryMarshal.GetReference(right);
        var sum = Vector256<int>.Zero;
        var i = 0;
        for (; i + Vector256<sbyte>.Count <= left.Length; i += Vector256<sbyte>.Count)
        {
            var a = Vector256.LoadUnsafe(ref l, (nuint)i);
            var b = Vector256.LoadUnsafe(ref r, (nuint)i);
            sum = AvxVnni.MultiplyWideningAndAdd(sum, Avx2.Abs(a), Avx2.Sign(b, a));
        }

        return Vector256.Sum(sum) + DotScalar(left[i..], right[i..]);
    }

    /// <summary>VPMOVSXBW widens 16 bytes to shorts, VPMADDWD multiplies them and adds neighbours into 32 bits.</summary>
    internal static int DotAvx2(ReadOnlySpan<sbyte> left, ReadOnlySpan<sbyte> right)
    {
        ref var l = ref MemoryMarshal.GetReference(left);
        ref var r = ref MemoryMarshal.GetReference(right);
        var sum = Vector256<int>.Zero;
        var i = 0;
        for (; i + Vector128<sbyte>.Count <= left.Length; i += Vector128<sbyte>.Count)
        {
            var a = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref l, (nuint)i));
            var b = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref r, (nuint)i));
            sum = Avx2.Add(sum, Avx2.MultiplyAddAdjacent(a, b));
        }

        return Vector256.Sum(sum) + DotScalar(left[i..], right[i..]);
    }

    /// <summary>Portable 256-bit vectors: bytes widened to shorts (a product of two fits), then to ints to add.</summary>
    internal static int DotVector256(ReadOnlySpan<sbyte> left, ReadOnlySpan<sbyte> right)
    {
        ref var l = ref MemoryMarshal.GetReference(left);
        ref var r = ref MemoryMarshal.GetReference(right);
        var sum = Vector256<int>.Zero;
        var i = 0;
        for (; i + Vector256<sbyte>.Count <= left.Length; i += Vector256<sbyte>.Count)
        {
            var (aLow, aHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref l, (nuint)i));
            var (bLow, bHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref r, (nuint)i));
            sum += WidenAndAdd(aLow * bLow) + WidenAndAdd(aHigh * bHigh);
        }

        return Vector256.Sum(sum) + DotScalar(left[i..], right[i..]);
    }

    /// <summary>Portable 128-bit vectors, the same way.</summary>
    internal static int DotVector128(ReadOnlySpan<sbyte> left, ReadOnlySpan<sbyte> right)
    {
        ref var l = ref MemoryMarshal.GetReference(left);
        ref var r = ref MemoryMarshal.GetReference(right);
        var sum = Vector128<int>.Zero;
        var i = 0;
        for (; i + Vector128<sbyte>.Count <= left.Length; i += Vector128<sbyte>.Count)
        {
            var (aLow, aHigh) = Vector128.Widen(Vector128.LoadUnsafe(ref l, (nuint)i));
            var (bLow, bHigh) = Vector128.Widen(Vector128.LoadUnsafe(ref r, (nuint)i));
            var (p, q) = Vector128.Widen(aLow * bLow);
            var (s, t) = Vector128.Widen(aHigh * bHigh);
            sum += p + q + s + t;
        }

        return Vector128.Sum(sum) + DotScalar(left[i..], right[i..]);
    }

    internal static int DotScalar(ReadOnlySpan<sbyte> left, ReadOnlySpan<sbyte> right)
    {
        var sum = 0;
        for (var i = 0; i < left.Length; i++)
        {
            sum += left[i] * right[i];
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> WidenAndAdd(Vector256<short> products)
    {
        var (low, high) = Vector256.Widen(products);
        return low + high;
    }
}
