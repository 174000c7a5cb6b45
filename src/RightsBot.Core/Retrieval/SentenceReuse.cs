using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// The sentence vectors an earlier vector file of the same model already holds, found by a hash of each sentence's
/// text: a corpus that gained or changed a few reports (a new edition fetched, a refreshed page) embeds only their
/// new sentences instead of every sentence again, half an hour at the whole archive. Each finished vector file has
/// beside it, in <c>&lt;file&gt;.sentences</c>, the hash of every sentence in record order.
/// </summary>
/// <remarks>
/// A sentence's 8-bit record depends only on its text and the model, so a copied record is the one embedding would
/// make (up to the model's own rounding). The hash is the first 64 bits of the text's SHA-256: two different
/// sentences of the archive sharing one is about as likely as 1 in 10^7.
/// </remarks>
internal sealed class SentenceReuse : IDisposable
{
    public const string Suffix = ".sentences";

    private const string Magic = "rightsbot-sentences-v1";

    private readonly Dictionary<ulong, int> _records;
    private readonly SafeFileHandle _donor;
    private readonly long _recordsStart;

    private SentenceReuse(string file, Dictionary<ulong, int> records, SafeFileHandle donor, long recordsStart, int recordSize)
    {
        (File, _records, _donor, _recordsStart, RecordSize) = (file, records, donor, recordsStart, recordSize);
    }

    /// <summary>The vector file whose records are reused.</summary>
    public string File { get; }

    /// <summary>Bytes of one record.</summary>
    public int RecordSize { get; }

    /// <summary>How many records were copied.</summary>
    public int Reused { get; private set; }

    /// <summary>The hash a sentence is known by.</summary>
    public static ulong Hash(string sentence)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(sentence), hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }

    /// <summary>
    /// Writes beside the finished vector file <paramref name="vectorFile"/>, made for <paramref name="passages"/>
    /// passages under <paramref name="fingerprint"/>, the <paramref name="hashes"/> of its sentences in record order
    /// (<see cref="DenseEmbedding.SentenceOffsetsAndHashes"/>).
    /// </summary>
    public static void WriteHashes(string vectorFile, string fingerprint, int passages, IReadOnlyList<ulong> hashes)
    {
        var temp = vectorFile + Suffix + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(fingerprint);
            writer.Write(passages);
            writer.Write(hashes.Count);
            foreach (var hash in hashes)
            {
                writer.Write(hash);
            }
        }

        System.IO.File.Move(temp, vectorFile + Suffix, overwrite: true);
    }

    /// <summary>
    /// The newest other finished vector file of the same model beside <paramref name="vectorFile"/> whose sentence
    /// hashes are readable, or null. A file that does not match its hashes is passed over.
    /// </summary>
    public static SentenceReuse? FindDonor(string vectorFile, ITextEmbedder embedder)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(vectorFile))!;
        var name = Path.GetFileName(vectorFile);
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !Directory.Exists(folder))
        {
            return null;
        }

        // "<fingerprint>-<model>.v3.bin": the same model is the same name after the fingerprint.
        var sameModel = name[dash..];
        var candidates = Directory.EnumerateFiles(folder, "*" + sameModel)
            .Where(f => !string.Equals(Path.GetFileName(f), name, StringComparison.Ordinal) && System.IO.File.Exists(f + Suffix))
            .OrderByDescending(System.IO.File.GetLastWriteTimeUtc);
        foreach (var candidate in candidates)
        {
            if (TryOpen(candidate, embedder) is { } reuse)
            {
                return reuse;
            }
        }

        return null;
    }

    /// <summary>The donor's record of the sentence with this <see cref="Hash"/>, or −1 when it has none.</summary>
    public int Find(ulong hash) => _records.TryGetValue(hash, out var record) ? record : -1;

    /// <summary>Reads record <paramref name="record"/> of the donor into <paramref name="into"/> (of <see cref="RecordSize"/> bytes).</summary>
    public void Read(int record, Span<byte> into)
    {
        var offset = _recordsStart + ((long)record * RecordSize);
        if (RandomAccess.Read(_donor, into[..RecordSize], offset) != RecordSize)
        {
            throw new InvalidDataException($"the vector file {File} ends before record {record}");
        }

        Reused++;
    }

    public void Dispose() => _donor.Dispose();

    private static SentenceReuse? TryOpen(string file, ITextEmbedder embedder)
    {
        SafeFileHandle? handle = null;
        try
        {
            string fingerprint;
            int passages, sentences;
            var records = new Dictionary<ulong, int>();
            using (var stream = new FileStream(file + Suffix, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16))
            using (var reader = new BinaryReader(stream, Encoding.UTF8))
            {
                if (reader.ReadString() != Magic)
                {
                    return null;
                }

                (fingerprint, passages, sentences) = (reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
                if (passages < 0 || sentences < 0 || stream.Length - stream.Position != sentences * (long)sizeof(ulong))
                {
                    return null;
                }

                records.EnsureCapacity(sentences);
                for (var s = 0; s < sentences; s++)
                {
                    records.TryAdd(reader.ReadUInt64(), s);
                }
            }

            DenseFileHeader header;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16))
            {
                if (DenseFileHeader.Read(stream, fingerprint, embedder.ModelId, embedder.Dimensions, passages) is not { } read
                    || read.Header.Sentences != sentences || stream.Length != read.Header.FileLength)
                {
                    return null;
                }

                header = read.Header;
            }

            handle = System.IO.File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var reuse = new SentenceReuse(file, records, handle, header.RecordsStart, header.RecordSize);
            handle = null;
            return reuse;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            return null;
        }
        finally
        {
            handle?.Dispose();
        }
    }
}
