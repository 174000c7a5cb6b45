using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using RightsBot.Core.Retrieval;

namespace RightsBot.Benchmarks;

/// <summary>
/// The 8-bit sentence vectors at the whole archive's size, made up (random unit vectors, so that no embedding
/// runs): 260,000 passages of 3 sentences, 780,000 vectors of 384 dimensions, a 303 MB cache file (written once
/// into the temporary folder and kept there). Against the 32-bit vectors kept in memory before format v3.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes the index.")]
public class DenseIndexBenchmarks
{
    private const int Passages = 260_000;
    private const int SentencesPerPassage = 3;
    private const int Dimensions = 384;
    private const string Fingerprint = "benchmark-dense-index-v3-00000000";

    private static readonly string File = Path.Combine(Path.GetTempPath(), "rightsbot-bench-dense-780k.v3.bin");

    private readonly Model _model = new();
    private float[] _query = null!;
    private QuantizedQuery _quantized = null!;
    private float[] _scores = null!;
    private float[] _floats = null!;
    private int[] _candidates = null!;
    private sbyte[] _left = null!;
    private sbyte[] _right = null!;
    private DenseIndex? _mapped;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20);
        _query = UnitVector(random);
        _left = new sbyte[Dimensions];
        _right = new sbyte[Dimensions];
        DenseRecord.Quantize(UnitVector(random), _left);
        DenseRecord.Quantize(UnitVector(random), _right);
        _scores = new float[Passages];
        _candidates = [.. Enumerable.Range(0, 5_000).Select(_ => random.Next(Passages)).Order()];
    }

    [GlobalSetup(Targets = [nameof(ScoreAllInt8Mapped), nameof(ScoreCandidatesInt8Mapped)])]
    public void SetupMapped()
    {
        Setup();
        WriteFileOnce();
        _mapped = Load();
        _quantized = _mapped.Quantize(_query);
    }

    [GlobalSetup(Target = nameof(LoadMapped))]
    public void SetupLoad()
    {
        Setup();
        WriteFileOnce();
    }

    [GlobalSetup(Target = nameof(ScoreAllFloat32))]
    public void SetupFloats()
    {
        Setup();
        var random = new Random(21);
        _floats = new float[(long)Passages * SentencesPerPassage * Dimensions];
        for (var s = 0; s < Passages * SentencesPerPassage; s++)
        {
            UnitVector(random).CopyTo(_floats, (long)s * Dimensions);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _mapped?.Dispose();

    /// <summary>One similarity of 32-bit vectors: TensorPrimitives.Dot, as before format v3.</summary>
    [Benchmark(Baseline = true)]
    public float DotFloat32() => TensorPrimitives.Dot(_query, _query);

    /// <summary>One similarity of 8-bit vectors: the integer kernel, this processor's path.</summary>
    [Benchmark]
    public int DotInt8() => Int8Dot.Dot(_left, _right);

    /// <summary>Every passage of the archive, 32-bit vectors in a managed array (the layout before v3).</summary>
    [Benchmark]
    public float ScoreAllFloat32()
    {
        var size = SentencesPerPassage * Dimensions;
        for (var p = 0; p < Passages; p++)
        {
            _scores[p] = DenseIndex.Closest(_query, _floats.AsSpan(p * size, size));
        }

        return _scores[^1];
    }

    /// <summary>Every passage of the archive, 8-bit vectors memory-mapped from the cache file.</summary>
    [Benchmark]
    public float ScoreAllInt8Mapped()
    {
        _mapped!.ScoreAll(_quantized, null, _scores);
        return _scores[^1];
    }

    /// <summary>5,000 passages picked across the archive (a lexical pre-filter's candidates), 8-bit and mapped.</summary>
    [Benchmark]
    public float ScoreCandidatesInt8Mapped()
    {
        _mapped!.Score(_quantized, _candidates, _scores);
        return _scores[0];
    }

    /// <summary>Opening the 303 MB cache file: header and offsets read, the records mapped, nothing else read.</summary>
    [Benchmark]
    public int LoadMapped()
    {
        using var index = Load();
        return index.SentenceCount;
    }

    private DenseIndex Load() => DenseIndex.TryLoad(File, Fingerprint, _model, Passages) ?? throw new InvalidOperationException("the benchmark file is not readable");

    private void WriteFileOnce()
    {
        var sentences = Passages * SentencesPerPassage;
        var firstSentence = Enumerable.Range(0, Passages + 1).Select(p => p * SentencesPerPassage).ToArray();
        var header = DenseFileHeader.For(Fingerprint, _model, firstSentence);
        if (new FileInfo(File) is { Exists: true } existing && existing.Length == header.FileLength)
        {
            return;
        }

        var random = new Random(21);
        using var stream = new FileStream(File, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        header.Write(stream, firstSentence);
        var record = new byte[header.RecordSize];
        for (var s = 0; s < sentences; s++)
        {
            DenseRecord.Write(UnitVector(random), record);
            stream.Write(record);
        }
    }

    private static float[] UnitVector(Random random)
    {
        var v = new float[Dimensions];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = (random.NextSingle() * 2) - 1;
        }

        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }

    private sealed class Model : ITextEmbedder
    {
        public string ModelId => "random-unit-vectors";

        public int Dimensions => DenseIndexBenchmarks.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
