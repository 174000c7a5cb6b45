using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class DenseRecordTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(384)]
    public void Write_RandomUnitVector_EachValueWithinHalfAStepAndTheLargestAt127(int dimensions)
    {
        var vector = UnitVector(new Random(dimensions), dimensions);
        var record = new byte[DenseRecord.Size(dimensions)];

        DenseRecord.Write(vector, record);

        var scale = DenseRecord.Scale(record);
        var values = DenseRecord.Values(record).ToArray();
        Assert.Equal(vector.Max(Math.Abs) / 127, scale, 6);
        Assert.Equal(127, values.Max(v => Math.Abs((int)v)));
        for (var i = 0; i < dimensions; i++)
        {
            Assert.InRange(Math.Abs((values[i] * scale) - vector[i]), 0, (scale / 2) + 1e-7);
        }
    }

    [Fact]
    public void Write_ZeroVector_ScaleZeroAndSimilarityZero()
    {
        var record = new byte[DenseRecord.Size(4)];
        Array.Fill(record, (byte)9);

        DenseRecord.Write(new float[4], record);

        Assert.Equal(0, DenseRecord.Scale(record));
        Assert.All(DenseRecord.Values(record).ToArray(), v => Assert.Equal(0, v));
        Assert.Equal(0, DenseRecord.Similarity(new QuantizedQuery([1f, 0, 0, 0]), record));
    }

    [Fact]
    public void Write_NotANumber_Throws()
        => Assert.Throws<ArgumentException>(() => DenseRecord.Write([1f, float.NaN], new byte[DenseRecord.Size(2)]));

    [Fact]
    public void Similarity_RandomUnitVectors_WithinAHundredthOfTheFloatDotProduct()
    {
        var random = new Random(7);
        var worst = 0.0;
        for (var trial = 0; trial < 200; trial++)
        {
            var a = UnitVector(random, 384);
            var b = UnitVector(random, 384);
            var record = new byte[DenseRecord.Size(384)];
            DenseRecord.Write(b, record);

            var exact = System.Numerics.Tensors.TensorPrimitives.Dot(a, b);
            worst = Math.Max(worst, Math.Abs(DenseRecord.Similarity(new QuantizedQuery(a), record) - exact));
        }

        Assert.True(worst < 0.01, $"worst difference {worst}");
    }

    private static float[] UnitVector(Random random, int dimensions)
    {
        var v = Enumerable.Range(0, dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(v);
        return [.. v.Select(x => x / norm)];
    }
}
