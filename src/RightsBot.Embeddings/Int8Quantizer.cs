using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Google.Protobuf;
using Onnx;

namespace RightsBot.Embeddings;

/// <summary>
/// Dynamic int8 quantization of an ONNX model's weight matrices, done in memory when the model loads: what ONNX
/// Runtime's Python <c>quantize_dynamic</c> does, which .NET has no counterpart for.
/// </summary>
/// <remarks>
/// Every <c>MatMul</c> whose second input is a constant float matrix becomes ONNX Runtime's
/// <c>com.microsoft.DynamicQuantizeMatMul</c>: the matrix is stored as signed 8-bit integers with one scale per
/// output column (symmetric, zero point 0), and the activations are quantized per run. A bias <c>Add</c> that
/// follows is folded into the same node. Everything else (embeddings, layer norms, attention scores) stays float.
/// For MiniLM this is 36 matrices, 10.6 M of the 22.7 M weights.
/// <para>
/// On x86 processors without VNNI instructions ONNX Runtime multiplies pairs of 8-bit values into 16-bit sums that
/// can saturate; there, as ONNX Runtime's own <c>reduce_range</c> advises, weights use 7 bits (±63) instead.
/// </para>
/// </remarks>
internal static class Int8Quantizer
{
    /// <summary>Changes whenever the output would: it names cached quantized models.</summary>
    public const string Version = "q1";

    private const string MicrosoftDomain = "com.microsoft";

    /// <summary>Returns the quantized model and how many matrices were quantized.</summary>
    public static (byte[] Model, int Quantized) Quantize(Stream model, bool sevenBits = false)
    {
        var parsed = ModelProto.Parser.ParseFrom(model);
        var graph = parsed.Graph;
        var initializers = graph.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var uses = graph.Node.SelectMany(n => n.Input).CountBy(name => name).ToDictionary(StringComparer.Ordinal);

        var quantized = 0;
        foreach (var node in graph.Node.Where(n => n.OpType == "MatMul" && n.Domain.Length == 0).ToList())
        {
            if (!initializers.TryGetValue(node.Input[1], out var weights)
                || weights.DataType != (int)TensorProto.Types.DataType.Float
                || weights.Dims.Count != 2
                || uses[weights.Name] != 1)
            {
                continue;
            }

            var (values, scales) = QuantizeColumns(Floats(weights), (int)weights.Dims[0], (int)weights.Dims[1], sevenBits ? 63 : 127);
            var name = weights.Name + "_int8";
            graph.Initializer.Remove(weights);
            graph.Initializer.Add(Tensor(name, TensorProto.Types.DataType.Int8, [weights.Dims[0], weights.Dims[1]], MemoryMarshal.AsBytes(values.AsSpan())));
            graph.Initializer.Add(Tensor(name + "_scale", TensorProto.Types.DataType.Float, [scales.Length], MemoryMarshal.AsBytes(scales.AsSpan())));
            graph.Initializer.Add(Tensor(name + "_zero", TensorProto.Types.DataType.Int8, [scales.Length], new byte[scales.Length]));

            node.OpType = "DynamicQuantizeMatMul";
            node.Domain = MicrosoftDomain;
            node.Input[1] = name;
            node.Input.Add(name + "_scale");
            node.Input.Add(name + "_zero");
            FoldBias(graph, node, initializers, scales.Length);
            quantized++;
        }

        if (quantized > 0 && parsed.OpsetImport.All(o => o.Domain != MicrosoftDomain))
        {
            parsed.OpsetImport.Add(new OperatorSetIdProto { Domain = MicrosoftDomain, Version = 1 });
        }

        return (parsed.ToByteArray(), quantized);
    }

    /// <summary>One scale a column (its largest magnitude maps to ±<paramref name="levels"/>), then each weight rounded to the nearest step.</summary>
    internal static (sbyte[] Values, float[] Scales) QuantizeColumns(ReadOnlySpan<float> weights, int rows, int columns, int levels = 127)
    {
        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            var row = weights.Slice(r * columns, columns);
            for (var c = 0; c < columns; c++)
            {
                scales[c] = MathF.Max(scales[c], MathF.Abs(row[c]));
            }
        }

        for (var c = 0; c < columns; c++)
        {
            scales[c] = scales[c] > 0 ? scales[c] / levels : 1f;
        }

        var values = new sbyte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            var row = weights.Slice(r * columns, columns);
            for (var c = 0; c < columns; c++)
            {
                values[(r * columns) + c] = (sbyte)Math.Clamp(MathF.Round(row[c] / scales[c]), -levels, levels);
            }
        }

        return (values, scales);
    }

    // MatMul then Add(bias) becomes one node with the bias as its fifth input, when nothing else reads the product.
    private static void FoldBias(GraphProto graph, NodeProto node, Dictionary<string, TensorProto> initializers, int columns)
    {
        var readers = graph.Node.Where(n => n.Input.Contains(node.Output[0])).Take(2).ToList();
        if (readers is not [{ OpType: "Add", Domain: "" } add] || graph.Output.Any(o => o.Name == node.Output[0]))
        {
            return;
        }

        var bias = add.Input[0] == node.Output[0] ? add.Input[1] : add.Input[0];
        if (initializers.TryGetValue(bias, out var tensor)
            && tensor.DataType == (int)TensorProto.Types.DataType.Float
            && tensor.Dims is [var length] && length == columns)
        {
            node.Input.Add(bias);
            node.Output[0] = add.Output[0];
            graph.Node.Remove(add);
        }
    }

    /// <summary>
    /// Whether ONNX Runtime's 8-bit products are exact here: VNNI on x86 (AVX-VNNI, or AVX-512 VNNI: CPUID leaf 7,
    /// ECX bit 11), and always on other processors.
    /// </summary>
    public static bool ExactEightBitProducts()
    {
        if (RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.X86))
        {
            return true;
        }

        return AvxVnni.IsSupported || (Avx512F.IsSupported && (X86Base.CpuId(7, 0).Ecx & (1 << 11)) != 0);
    }

    private static ReadOnlySpan<float> Floats(TensorProto tensor)
        => tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span) : tensor.FloatData.ToArray();

    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, long[] dims, ReadOnlySpan<byte> data)
        => new() { Name = name, DataType = (int)type, Dims = { dims }, RawData = ByteString.CopyFrom(data) };
}
