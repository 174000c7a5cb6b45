using System.Runtime.InteropServices;
using System.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Turns a cache file of 32-bit sentence vectors (format v2, before the vectors were stored in 8 bits) into a v3
/// file without embedding anything again: the vectors are read and quantized a slice at a time, so that a
/// 1.2 GB file never needs more than a few megabytes of memory.
/// </summary>
/// <remarks>
/// v2 layout: the magic <c>rightsbot-dense-v2</c>, the corpus fingerprint and the model id (length-prefixed
/// UTF-8), dimensions and passages (32-bit), the passages + 1 sentence offsets (32-bit), then sentences ×
/// dimensions 32-bit floats.
/// </remarks>
internal static class DenseV2Upgrade
{
    public const string Magic = "rightsbot-dense-v2";

    // Sentences converted at a time: 6 MB of floats at 384 dimensions.
    private const int SliceSentences = 4096;

    /// <summary>
    /// Writes <paramref name="target"/> (v3) from <paramref name="source"/> (v2) when the source was made by this
    /// model for this corpus; false when it was not (nothing written). Throws <see cref="InvalidDataException"/>
    /// when the source is damaged; an I/O error writing the target is thrown as it comes.
    /// </summary>
    public static bool TryUpgrade(string source, string target, string fingerprint, ITextEmbedder embedder, int passages)
    {
        using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var reader = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic || reader.ReadString() != fingerprint || reader.ReadString() != embedder.ModelId
            || reader.ReadInt32() != embedder.Dimensions || reader.ReadInt32() != passages)
        {
            return false;
        }

        var firstSentence = new int[passages + 1];
        input.ReadExactly(MemoryMarshal.AsBytes(firstSentence.AsSpan()));
        var sentences = firstSentence[^1];
        var d = embedder.Dimensions;
        if (!DenseFileHeader.ValidOffsets(firstSentence, sentences) || (long)sentences * d * sizeof(float) != input.Length - input.Position)
        {
            throw new InvalidDataException("the 32-bit embedding cache is damaged");
        }

        var header = DenseFileHeader.For(fingerprint, embedder, firstSentence);
        var temporary = target + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                header.Write(output, firstSentence);
                Convert(input, output, header);
                output.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
            return true;
        }
        catch
        {
            CacheFiles.TryDelete(temporary);
            throw;
        }
    }

    private static void Convert(Stream input, Stream output, DenseFileHeader header)
    {
        var d = header.Dimensions;
        var size = header.RecordSize;
        var vectors = new float[SliceSentences * d];
        var records = new byte[SliceSentences * size];
        for (var done = 0; done < header.Sentences;)
        {
            var count = Math.Min(SliceSentences, header.Sentences - done);
            input.ReadExactly(MemoryMarshal.AsBytes(vectors.AsSpan(0, count * d)));
            for (var i = 0; i < count; i++)
            {
                var vector = vectors.AsSpan(i * d, d);
                if (!System.Numerics.Tensors.TensorPrimitives.IsFiniteAll<float>(vector))
                {
                    throw new InvalidDataException($"sentence {done + i} of the 32-bit embedding cache is not a vector of numbers");
                }

                DenseRecord.Write(vector, records.AsSpan(i * size, size));
            }

            output.Write(records, 0, count * size);
            done += count;
        }
    }
}
