using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class Int8DotTests
{
    public static TheoryData<string, int> PathsAndLengths()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "dispatch", "avx-vnni", "avx2", "vector256", "vector128", "scalar" })
        {
            foreach (var length in new[] { 0, 1, 7, 15, 16, 17, 31, 32, 33, 100, 384, 385, 512 })
            {
                data.Add(path, length);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PathsAndLengths))]
    public void Dot_RandomVectors_EqualsTheSumOfProducts(string path, int length)
    {
        var random = new Random(length * 31 + path.Length);
        for (var trial = 0; trial < 20; trial++)
        {
            var left = RandomBytes(random, length);
            var right = RandomBytes(random, length);

            if (Run(path, left, right) is { } dot)
            {
                Assert.Equal(Reference(left, right), dot);
            }
        }
    }

    [Theory]
    [InlineData("dispatch")]
    [InlineData("avx-vnni")]
    [InlineData("avx2")]
    [InlineData("vector256")]
    [InlineData("vector128")]
    public void Dot_ExtremeValues_NeitherSaturatesNorOverflows(string path)
    {
        var plus = Enumerable.Repeat((sbyte)127, 384).ToArray();
        var minus = Enumerable.Repeat((sbyte)-127, 384).ToArray();

        if (Run(path, plus, plus) is { } same && Run(path, plus, minus) is { } opposite)
        {
            Assert.Equal(384 * 127 * 127, same);
            Assert.Equal(-384 * 127 * 127, opposite);
        }
    }

    [Fact]
    public void Dot_DifferentLengths_Throws()
        => Assert.Throws<ArgumentException>(() => Int8Dot.Dot(new sbyte[3], new sbyte[4]));

    // The path's result, or null when this processor lacks it (the test then checks nothing for it).
    private static int? Run(string path, sbyte[] left, sbyte[] right) => path switch
    {
        "dispatch" => Int8Dot.Dot(left, right),
        "avx-vnni" => AvxVnni.IsSupported ? Int8Dot.DotAvxVnni(left, right) : null,
        "avx2" => Avx2.IsSupported ? Int8Dot.DotAvx2(left, right) : null,
        "vector256" => Vector256.IsHardwareAccelerated ? Int8Dot.DotVector256(left, right) : null,
        "vector128" => Vector128.IsHardwareAccelerated ? Int8Dot.DotVector128(left, right) : null,
        "scalar" => Int8Dot.DotScalar(left, right),
        _ => throw new ArgumentOutOfRangeException(nameof(path)),
    };

    private static sbyte[] RandomBytes(Random random, int length)
        => [.. Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128))];

    private static long Reference(sbyte[] left, sbyte[] right) => left.Zip(right, (a, b) => (long)a * b).Sum();
}
