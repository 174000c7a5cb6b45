using RightsBot.Commands;
using RightsBot.Core.Retrieval;

namespace RightsBot.Tests.Commands;

public sealed class EmbeddingReportTests : IDisposable
{
    private const string Fingerprint = "0123456789abcdef0123456789abcdef";

    private readonly string _folder = Directory.CreateTempSubdirectory("rightsbot-embedding-report-").FullName;

    [Theory]
    [InlineData(0, 0, 0, "Embedding 0/9,454 sentences, estimating time left")]
    [InlineData(4_000, 2_000, 100, "Embedding 4,000/9,454 sentences, 5 min left")]
    [InlineData(9_400, 0, 940, "Embedding 9,400/9,454 sentences, 5 s left")]
    [InlineData(100, 0, 1, "Embedding 100/9,454 sentences, 2 min left")]
    [InlineData(50, 0, 20, "Embedding 50/9,454 sentences, 1 h 02 min left")]
    public void Progress_DoneSinceTheStart_SentencesAndTimeLeftAtThisRunsPace(int done, int start, int seconds, string expected)
        => Assert.Equal(expected, EmbeddingReport.Progress(new EmbeddingProgress(done, 9_454), new EmbeddingProgress(start, 9_454), TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Summary_MadeInMemory_SentencesTimeAndSize()
    {
        var dense = DenseIndex.Build(new Model(), Passages);

        Assert.Equal(
            "embeddings: 3 sentences of 2 passages in 1.5 s, 3 KB (8-bit, in memory), test-model  (made in memory: no cache folder)",
            EmbeddingReport.Summary(dense, TimeSpan.FromSeconds(1.5), reused: false));
    }

    [Fact]
    public void Summary_ResumedIntoTheCacheFile_SaysFromWhereAndTheFilesSize()
    {
        var file = Path.Combine(_folder, "dense.v3.bin");
        DenseIndex.Build(new Model(), Passages).Save(file, Fingerprint);
        using var dense = DenseIndex.TryLoad(file, Fingerprint, new Model(), Passages.Length, new EmbeddingProgress(1, 3))!;

        Assert.Equal(
            "embeddings: 3 sentences of 2 passages in 2,512.3 s, 3 KB (8-bit), resumed from 33%, test-model  (made and cached)",
            EmbeddingReport.Summary(dense, TimeSpan.FromSeconds(2512.3), reused: false));
        Assert.Equal(
            "embeddings: 3 sentences of 2 passages, 3 KB (8-bit), test-model  (cache reused)",
            EmbeddingReport.Summary(dense, TimeSpan.FromSeconds(0.01), reused: true));
    }

    [Fact]
    public void Summary_CopiedFromAnEarlierFile_SaysHowMany()
    {
        var file = Path.Combine(_folder, "dense.v3.bin");
        DenseIndex.Build(new Model(), Passages).Save(file, Fingerprint);
        using var dense = DenseIndex.TryLoad(file, Fingerprint, new Model(), Passages.Length, copied: 2)!;

        Assert.Equal(
            "embeddings: 3 sentences of 2 passages in 0.4 s, 3 KB (8-bit), 2 copied from an earlier file, test-model  (made and cached)",
            EmbeddingReport.Summary(dense, TimeSpan.FromSeconds(0.4), reused: false));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string[] Passages = ["Police detained several journalists in the capital. Courts heard their appeals very late.", "Prison conditions were harsh and overcrowded."];

    // Vectors of 1,000 dimensions, so that the three records take 3 KB.
    private sealed class Model : ITextEmbedder
    {
        public string ModelId => "test-model";

        public int Dimensions => 1_000;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
            => [.. texts.Select(t => Enumerable.Range(0, Dimensions).Select(i => i == t.Length % Dimensions ? 1f : 0f).ToArray())];
    }
}
