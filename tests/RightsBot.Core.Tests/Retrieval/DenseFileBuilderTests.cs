using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class DenseFileBuilderTests : IDisposable
{
    private const string Fingerprint = "0123456789abcdef0123456789abcdef";

    // 100 passages: most of one sentence, every third of two, every seventh empty; 114 sentences in all.
    private static readonly string[] Passages = [.. Enumerable.Range(0, 100).Select(i => i % 7 == 0 ? string.Empty
        : i % 3 == 0 ? $"Officials detained journalist number {i} in the capital. Courts heard appeal number {i} very late."
        : $"Officials detained journalist number {i} in the capital.")];

    private readonly TempFolder _folder = new();

    private string File => Path.Combine(_folder.Path, "dense", "vectors.v3.bin");

    private string Partial => File + DenseFileBuilder.PartialSuffix;

    [Fact]
    public void Build_Afresh_WritesTheSameFileAsSavingAnIndexBuiltInMemory()
    {
        var embedder = new FakeTextEmbedder();

        using (var builder = DenseFileBuilder.Open(File, Fingerprint, embedder, Passages))
        {
            Assert.Equal(new EmbeddingProgress(0, 114), builder.ResumedFrom);
            builder.Build();
        }

        Assert.False(System.IO.File.Exists(Partial));
        Assert.Equal(SavedInMemory(), System.IO.File.ReadAllBytes(File));
    }

    [Fact]
    public void Build_PartialFileCutMidRecord_GoesOnAfterTheLastWholeRecordAndEmbedsTheRestOnce()
    {
        StopAfter(new FakeTextEmbedder(), sentences: 64);
        var header = DenseFileHeader.For(Fingerprint, new FakeTextEmbedder(), DenseEmbedding.SentenceOffsets(Passages));
        Assert.Equal(header.RecordsStart + (64 * header.RecordSize), new FileInfo(Partial).Length);
        using (var partial = new FileStream(Partial, FileMode.Open))
        {
            partial.SetLength(partial.Length - 100); // a process killed while writing record 63
        }

        var embedder = new FakeTextEmbedder();
        var reported = new List<EmbeddingProgress>();
        using (var builder = DenseFileBuilder.Open(File, Fingerprint, embedder, Passages))
        {
            Assert.Equal(new EmbeddingProgress(63, 114), builder.ResumedFrom);
            builder.Build(new InlineProgress<EmbeddingProgress>(reported.Add));
        }

        Assert.Equal(new EmbeddingProgress(63, 114), reported[0]);
        Assert.Equal(new EmbeddingProgress(114, 114), reported[^1]);
        Assert.Equal(AllSentences().Skip(63), embedder.Texts);
        Assert.Equal(SavedInMemory(), System.IO.File.ReadAllBytes(File));
    }

    [Theory]
    [InlineData("another fingerprint")]
    [InlineData("another model")]
    [InlineData("other passages")]
    [InlineData("garbage")]
    public void Open_PartialFileMadeForSomethingElse_IsIgnoredAndStartedAgain(string mismatch)
    {
        if (mismatch == "garbage")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Partial)!);
            System.IO.File.WriteAllBytes(Partial, [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 37))]);
        }
        else
        {
            StopAfter(
                mismatch == "another model" ? new FakeTextEmbedder("fake-concepts-v2") : new FakeTextEmbedder(),
                sentences: 32,
                fingerprint: mismatch == "another fingerprint" ? "fedcba9876543210fedcba9876543210" : Fingerprint,
                passages: mismatch == "other passages" ? [.. Passages.Reverse()] : Passages);
        }

        var embedder = new FakeTextEmbedder();
        using (var builder = DenseFileBuilder.Open(File, Fingerprint, embedder, Passages))
        {
            Assert.Equal(0, builder.ResumedFrom.Done);
            builder.Build();
        }

        Assert.Equal(AllSentences(), embedder.Texts);
        Assert.Equal(SavedInMemory(), System.IO.File.ReadAllBytes(File));
    }

    [Fact]
    public void Open_PartialFileInUseByAnotherBuild_Throws()
    {
        using var first = DenseFileBuilder.Open(File, Fingerprint, new FakeTextEmbedder(), Passages);

        Assert.ThrowsAny<IOException>(() => DenseFileBuilder.Open(File, Fingerprint, new FakeTextEmbedder(), Passages));
    }

    public void Dispose() => _folder.Dispose();

    // A build stopped (as a killed process would be) once this many sentences are written.
    private void StopAfter(FakeTextEmbedder embedder, int sentences, string fingerprint = Fingerprint, string[]? passages = null)
    {
        using var stop = new CancellationTokenSource();
        using var builder = DenseFileBuilder.Open(File, fingerprint, embedder, passages ?? Passages);
        Assert.ThrowsAny<OperationCanceledException>(() => builder.Build(new InlineProgress<EmbeddingProgress>(p =>
        {
            if (p.Done >= sentences)
            {
                stop.Cancel();
            }
        }), stop.Token));
    }

    private byte[] SavedInMemory()
    {
        var saved = Path.Combine(_folder.Path, "in-memory.bin");
        DenseIndex.Build(new FakeTextEmbedder(), Passages).Save(saved, Fingerprint);
        return System.IO.File.ReadAllBytes(saved);
    }

    private static List<string> AllSentences() => [.. Passages.SelectMany(DenseIndex.Sentences)];
}
