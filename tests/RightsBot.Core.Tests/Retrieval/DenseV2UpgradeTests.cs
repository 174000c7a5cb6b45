using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class DenseV2UpgradeTests : IDisposable
{
    private const string Fingerprint = "0123456789abcdef0123456789abcdef";

    // More sentences than one slice of the conversion (4,096), so that it streams across slices.
    private static readonly string[] Passages = [.. Enumerable.Range(0, 4200).Select(i => i % 50 == 0 ? string.Empty : $"Officials detained journalist number {i} in the capital.")];

    private readonly TempFolder _folder = new();

    private string Source => Path.Combine(_folder.Path, "dense", "vectors.bin");

    private string Target => Path.Combine(_folder.Path, "dense", "vectors.v3.bin");

    [Fact]
    public void TryUpgrade_V2File_WritesWhatEmbeddingIntoV3WouldHave()
    {
        LegacyDenseFile.Write(Source, Fingerprint, new FakeTextEmbedder(), Passages);
        var embedder = new FakeTextEmbedder();

        Assert.True(DenseV2Upgrade.TryUpgrade(Source, Target, Fingerprint, embedder, Passages.Length));

        Assert.Equal(0, embedder.Calls);
        var expected = Path.Combine(_folder.Path, "expected.bin");
        DenseIndex.Build(new FakeTextEmbedder(), Passages).Save(expected, Fingerprint);
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(Target));
        Assert.True(File.Exists(Source), "removing the old file is the store's decision");
    }

    [Theory]
    [InlineData("another fingerprint")]
    [InlineData("another model")]
    [InlineData("another passage count")]
    [InlineData("a v3 file")]
    public void TryUpgrade_NotAV2FileOfThisCorpusAndModel_FalseAndWritesNothing(string mismatch)
    {
        var embedder = new FakeTextEmbedder();
        if (mismatch == "a v3 file")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Source)!);
            DenseIndex.Build(embedder, Passages).Save(Source, Fingerprint);
        }
        else
        {
            LegacyDenseFile.Write(Source, Fingerprint, new FakeTextEmbedder(mismatch == "another model" ? "fake-concepts-v2" : "fake-concepts-v1"), Passages);
        }

        var upgraded = DenseV2Upgrade.TryUpgrade(
            Source, Target, mismatch == "another fingerprint" ? "fedcba9876543210fedcba9876543210" : Fingerprint, embedder, Passages.Length + (mismatch == "another passage count" ? 1 : 0));

        Assert.False(upgraded);
        Assert.Equal([Source], Directory.GetFiles(Path.GetDirectoryName(Source)!));
    }

    [Fact]
    public void TryUpgrade_TruncatedV2File_ThrowsAndLeavesNoFileBehind()
    {
        LegacyDenseFile.Write(Source, Fingerprint, new FakeTextEmbedder(), Passages);
        using (var stream = new FileStream(Source, FileMode.Open))
        {
            stream.SetLength(stream.Length - 10);
        }

        Assert.Throws<InvalidDataException>(() => DenseV2Upgrade.TryUpgrade(Source, Target, Fingerprint, new FakeTextEmbedder(), Passages.Length));
        Assert.Equal([Source], Directory.GetFiles(Path.GetDirectoryName(Source)!));
    }

    [Fact]
    public void TryUpgrade_V2FileTenTimesItsBuffers_AllocatesOnlyTheBuffers()
    {
        // 20,000 vectors of 384 dimensions: 30.7 MB of floats, read 4,096 at a time (6.3 MB).
        var passages = Enumerable.Range(0, 20_000).Select(i => $"Officials detained journalist number {i} in the capital.").ToArray();
        var model = new FakeTextEmbedder(dimensions: 384);
        LegacyDenseFile.Write(Source, Fingerprint, model, passages);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(DenseV2Upgrade.TryUpgrade(Source, Target, Fingerprint, model, passages.Length));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(new FileInfo(Source).Length, 30_000_000, 32_000_000);
        Assert.InRange(allocated, 0, 12_000_000);
    }

    public void Dispose() => _folder.Dispose();
}
