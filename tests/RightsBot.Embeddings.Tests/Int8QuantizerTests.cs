using Onnx;

namespace RightsBot.Embeddings.Tests;

public class Int8QuantizerTests
{
    [Fact]
    public void QuantizeColumns_EachColumnsLargestWeightIs127AndEveryWeightWithinHalfAStep()
    {
        float[] weights =
        [
            0.5f, -0.02f, 0f,
            -1.0f, 0.01f, 0f,
            0.25f, 0.03f, 0f,
        ];

        var (values, scales) = Int8Quantizer.QuantizeColumns(weights, rows: 3, columns: 3);

        Assert.Equal([1.0f / 127, 0.03f / 127, 1f], scales);
        Assert.Equal(-127, values[3]);
        Assert.Equal(127, values[7]);
        Assert.All(values.Where((_, i) => i % 3 == 2), v => Assert.Equal(0, v));
        for (var i = 0; i < weights.Length; i++)
        {
            Assert.InRange(Math.Abs((values[i] * scales[i % 3]) - weights[i]), 0, (scales[i % 3] / 2) + 1e-7);
        }
    }

    [Fact]
    public void QuantizeColumns_SevenBits_LargestWeightIs63()
    {
        float[] weights = [0.5f, -1.0f, 0.2f, 0.1f]; // columns {0.5, 0.2} and {-1.0, 0.1}

        var (values, scales) = Int8Quantizer.QuantizeColumns(weights, rows: 2, columns: 2, levels: 63);

        Assert.Equal([63, -63, 25, 6], values.Select(v => (int)v));
        Assert.Equal([0.5f / 63, 1.0f / 63], scales);
    }

    [Fact]
    public void Quantize_MiniLm_EveryWeightMatrixBecomesOneEightBitNodeWithItsBias()
    {
        long originalLength;
        ModelProto before;
        using (var published = MiniLmTextEmbedder.OpenPublishedModel())
        {
            originalLength = published.Length;
            before = ModelProto.Parser.ParseFrom(published);
        }

        using var again = MiniLmTextEmbedder.OpenPublishedModel();
        var (bytes, count) = Int8Quantizer.Quantize(again);

        var after = ModelProto.Parser.ParseFrom(bytes);
        var initializers = after.Graph.Initializer.ToDictionary(i => i.Name);
        var quantized = after.Graph.Node.Where(n => n.OpType == "DynamicQuantizeMatMul").ToList();

        // 6 layers × (query, key, value, attention output, feed-forward in, feed-forward out).
        Assert.Equal(36, count);
        Assert.Equal(36, quantized.Count);
        Assert.All(quantized, n =>
        {
            Assert.Equal("com.microsoft", n.Domain);
            Assert.Equal((int)TensorProto.Types.DataType.Int8, initializers[n.Input[1]].DataType);
            Assert.Equal(5, n.Input.Count); // the bias Add was folded in
        });
        Assert.DoesNotContain(after.Graph.Node, n => n.OpType == "MatMul" && initializers.ContainsKey(n.Input[1]));
        Assert.Equal(before.Graph.Node.Count - 36, after.Graph.Node.Count);
        Assert.Contains(after.OpsetImport, o => o.Domain == "com.microsoft");
        Assert.True(bytes.Length < originalLength * 0.7, $"{bytes.Length} of {originalLength} bytes");
    }
}
