using System.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// The head of a sentence-vector cache file (format v3): what the vectors were made from, then where each
/// passage's sentences start. The 8-bit records (<see cref="DenseRecord"/>) follow from <see cref="RecordsStart"/>.
/// </summary>
/// <remarks>
/// Layout: the magic, the corpus fingerprint and the model id (length-prefixed UTF-8, as
/// <see cref="BinaryWriter.Write(string)"/> writes them); dimensions, passages and sentences (32-bit integers);
/// the passages + 1 sentence offsets (32-bit); zeros up to a multiple of 64 bytes; then sentences × (4 +
/// dimensions) bytes of records. All little-endian.
/// </remarks>
internal sealed record DenseFileHeader(string Fingerprint, string ModelId, int Dimensions, int Passages, int Sentences)
{
    public const string Magic = "rightsbot-dense-v3";

    private const int Alignment = 64;

    public int RecordSize => DenseRecord.Size(Dimensions);

    /// <summary>Where the first record starts.</summary>
    public long RecordsStart => Align(Encode().Length + ((Passages + 1L) * sizeof(int)));

    /// <summary>The length of the whole file once every record is in.</summary>
    public long FileLength => RecordsStart + ((long)Sentences * RecordSize);

    public static DenseFileHeader For(string fingerprint, ITextEmbedder embedder, int[] firstSentence)
        => new(fingerprint, embedder.ModelId, embedder.Dimensions, firstSentence.Length - 1, firstSentence[^1]);

    /// <summary>Writes the header and the offsets from the start of the stream, up to <see cref="RecordsStart"/>.</summary>
    public void Write(Stream stream, int[] firstSentence)
    {
        if (firstSentence.Length != Passages + 1)
        {
            throw new ArgumentException("one offset a passage and one more are needed", nameof(firstSentence));
        }

        stream.Position = 0;
        stream.Write(Encode());
        stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(firstSentence.AsSpan()));
        stream.Write(new byte[RecordsStart - stream.Position]);
    }

    /// <summary>
    /// The header and offsets of a v3 file made for this corpus, model and passage count, with the stream at the
    /// first record; null when the file is of another format or was made for something else. Throws
    /// <see cref="InvalidDataException"/> (or <see cref="EndOfStreamException"/>) when it is damaged.
    /// </summary>
    public static (DenseFileHeader Header, int[] FirstSentence)? Read(Stream stream, string fingerprint, string modelId, int dimensions, int passages)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (stream.Length < Magic.Length + 1 || reader.ReadString() != Magic
            || reader.ReadString() != fingerprint || reader.ReadString() != modelId
            || reader.ReadInt32() != dimensions || reader.ReadInt32() != passages)
        {
            return null;
        }

        var header = new DenseFileHeader(fingerprint, modelId, dimensions, passages, reader.ReadInt32());
        var firstSentence = new int[passages + 1];
        stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(firstSentence.AsSpan()));
        if (!ValidOffsets(firstSentence, header.Sentences))
        {
            throw new InvalidDataException("the sentence offsets of the embedding cache are damaged");
        }

        stream.Position = header.RecordsStart;
        return (header, firstSentence);
    }

    /// <summary>Offsets that start at 0, never go down and end at the sentence count.</summary>
    public static bool ValidOffsets(int[] firstSentence, int sentences)
    {
        if (firstSentence.Length == 0 || firstSentence[0] != 0 || firstSentence[^1] != sentences)
        {
            return false;
        }

        for (var p = 1; p < firstSentence.Length; p++)
        {
            if (firstSentence[p] < firstSentence[p - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static long Align(long position) => (position + Alignment - 1) / Alignment * Alignment;

    private byte[] Encode()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Fingerprint);
            writer.Write(ModelId);
            writer.Write(Dimensions);
            writer.Write(Passages);
            writer.Write(Sentences);
        }

        return buffer.ToArray();
    }
}
