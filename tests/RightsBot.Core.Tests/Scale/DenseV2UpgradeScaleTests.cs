using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using RightsBot.Core.Retrieval;
using Xunit.Abstractions;

namespace RightsBot.Core.Tests.Scale;

/// <summary>
/// A v2 cache file of the whole archive's size (780,000 made-up vectors, 1.2 GB) converted to v3: streamed, so
/// that memory stays at a few megabytes. Opt-in with the other scale tests; needs 1.5 GB of free temporary disk,
/// not the archive.
/// </summary>
[Trait("Category", "Scale")]
public sealed class DenseV2UpgradeScaleTests(ITestOutputHelper output) : IDisposable
{
    private const int Passages = 260_000;
    private const int SentencesPerPassage = 3;
    private const int Dimensions = 384;
    private const string Fingerprint = "scale-test-v2-upgrade-0000000000";

    private readonly TempFolder _folder = new();

    [Fact]
    public void TryUpgrade_ArchiveSizedV2File_StreamsItInAFewMegabytes()
    {
        var source = Path.Combine(_folder.Path, "vectors.bin");
        var target = Path.Combine(_folder.Path, "vectors.v3.bin");
        var model = new FakeModel();
        WriteV2(source);

        var clock = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(DenseV2Upgrade.TryUpgrade(source, target, Fingerprint, model, Passages));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        output.WriteLine($"{new FileInfo(source).Length / 1e6:N0} MB (v2) to {new FileInfo(target).Length / 1e6:N1} MB (v3) in {clock.Elapsed.TotalSeconds:0.0} s, {allocated / 1e6:0.0} MB allocated");
        Assert.InRange(allocated, 0, 16_000_000);
        using var index = DenseIndex.TryLoad(target, Fingerprint, model, Passages);
        Assert.Equal(Passages * SentencesPerPassage, index!.SentenceCount);
    }

    public void Dispose() => _folder.Dispose();

    private static void WriteV2(string path)
    {
        using var writer = new BinaryWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20), Encoding.UTF8);
        writer.Write(DenseV2Upgrade.Magic);
        writer.Write(Fingerprint);
        writer.Write(new FakeModel().ModelId);
        writer.Write(Dimensions);
        writer.Write(Passages);
        writer.Write(MemoryMarshal.AsBytes(Enumerable.Range(0, Passages + 1).Select(p => p * SentencesPerPassage).ToArray().AsSpan()));
        var random = new Random(3);
        var vector = new float[Dimensions];
        for (var s = 0; s < Passages * SentencesPerPassage; s++)
        {
            for (var i = 0; i < Dimensions; i++)
            {
                vector[i] = (random.NextSingle() * 2) - 1;
            }

            System.Numerics.Tensors.TensorPrimitives.Divide(vector, System.Numerics.Tensors.TensorPrimitives.Norm(vector), vector);
            writer.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
        }
    }

    private sealed class FakeModel : ITextEmbedder
    {
        public string ModelId => "made-up-unit-vectors";

        public int Dimensions => DenseV2UpgradeScaleTests.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
