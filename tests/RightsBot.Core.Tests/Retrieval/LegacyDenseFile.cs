using System.Runtime.InteropServices;
using System.Text;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

/// <summary>Writes a cache file of 32-bit vectors as RightsBot did before format v3, for the upgrade tests.</summary>
internal static class LegacyDenseFile
{
    public static void Write(string path, string fingerprint, ITextEmbedder embedder, IReadOnlyList<string> passages)
    {
        var firstSentence = DenseEmbedding.SentenceOffsets(passages);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(DenseV2Upgrade.Magic);
        writer.Write(fingerprint);
        writer.Write(embedder.ModelId);
        writer.Write(embedder.Dimensions);
        writer.Write(passages.Count);
        writer.Write(MemoryMarshal.AsBytes(firstSentence.AsSpan()));
        foreach (var vector in embedder.Embed([.. passages.SelectMany(DenseIndex.Sentences)]))
        {
            writer.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
        }
    }
}
