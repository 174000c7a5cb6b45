namespace RightsBot.Core.Retrieval;

/// <summary>
/// Embeds a corpus straight into its cache file, so that a build of hours survives being stopped: records go to
/// <c>&lt;file&gt;.partial</c> as they are made (header and offsets first), and a later build for the same corpus
/// and model goes on after the last whole record there. The finished file is renamed into place, so that no
/// reader ever sees it half-written.
/// </summary>
internal sealed class DenseFileBuilder : IDisposable
{
    public const string PartialSuffix = ".partial";

    // Flushed to disk every this many batches of 32 sentences (about 5 s of embedding on 2 cores): what a
    // crash of the machine can lose. A killed process loses nothing written.
    private const int FlushEvery = 50;

    private readonly string _file;
    private readonly ITextEmbedder _embedder;
    private readonly IReadOnlyList<string> _passages;
    private readonly DenseFileHeader _header;
    private readonly int[] _firstSentence;
    private readonly FileStream _stream;
    private readonly SentenceReuse? _reuse;

    // Each sentence's hash, in record order: to find it in an earlier file, and written beside this one.
    private readonly ulong[] _hashes;

    private DenseFileBuilder(string file, ITextEmbedder embedder, IReadOnlyList<string> passages, DenseFileHeader header, int[] firstSentence, ulong[] hashes, FileStream stream, SentenceReuse? reuse)
    {
        (_file, _embedder, _passages, _header, _firstSentence, _hashes, _stream, _reuse) = (file, embedder, passages, header, firstSentence, hashes, stream, reuse);
        ResumedFrom = new EmbeddingProgress(Resume(stream, header, firstSentence), header.Sentences);
        if (reuse is not null && reuse.RecordSize != header.RecordSize)
        {
            throw new ArgumentException("the reused vectors are of another size", nameof(reuse));
        }
    }

    /// <summary>How many sentences' vectors were copied from an earlier file instead of embedded (after <see cref="Build"/>).</summary>
    public int Reused => _reuse?.Reused ?? 0;

    /// <summary>The earlier file vectors were copied from, or null.</summary>
    public string? ReusedFrom => _reuse?.File;

    /// <summary>Where the build goes on from: the sentences already in the partial file (0 when it starts afresh).</summary>
    public EmbeddingProgress ResumedFrom { get; }

    /// <summary>
    /// Opens (or starts) the partial file of <paramref name="file"/>. Throws <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> when it cannot be written: a read-only cache folder, or another
    /// process building the same file (<see cref="FileShare.None"/>: on Unix .NET takes an advisory lock).
    /// </summary>
    public static DenseFileBuilder Open(string file, string fingerprint, ITextEmbedder embedder, IReadOnlyList<string> passages, SentenceReuse? reuse = null)
    {
        var (firstSentence, hashes) = DenseEmbedding.SentenceOffsetsAndHashes(passages);
        var header = DenseFileHeader.For(fingerprint, embedder, firstSentence);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var stream = new FileStream(file + PartialSuffix, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        try
        {
            return new DenseFileBuilder(file, embedder, passages, header, firstSentence, hashes, stream, reuse);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Embeds the sentences the partial file lacks, appending them, then renames it to the cache file.</summary>
    public void Build(IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var size = _header.RecordSize;
        var buffer = Array.Empty<byte>();
        var batches = 0;
        DenseEmbedding.Run(_embedder, _passages, _firstSentence, ResumedFrom.Done, (first, vectors) =>
        {
            if (buffer.Length < vectors.Length * size)
            {
                buffer = new byte[vectors.Length * size];
            }

            for (var i = 0; i < vectors.Length; i++)
            {
                DenseRecord.Write(vectors[i], buffer.AsSpan(i * size, size));
            }

            _stream.Write(buffer, 0, vectors.Length * size);
            if (++batches % FlushEvery == 0)
            {
                _stream.Flush(flushToDisk: true);
            }
        }, progress, cancellationToken, _reuse is null ? null : s => _reuse.Find(_hashes[s]), _reuse is null ? null : (_, record) =>
        {
            Span<byte> copied = stackalloc byte[size];
            _reuse.Read(record, copied);
            _stream.Write(copied);
        });
        _stream.Flush(flushToDisk: true);
        if (_stream.Length != _header.FileLength)
        {
            throw new InvalidOperationException($"the embedding cache came out at {_stream.Length} bytes, {_header.FileLength} expected");
        }

        _stream.Dispose();
        SentenceReuse.WriteHashes(_file, _header.Fingerprint, _header.Passages, _hashes);
        File.Move(_file + PartialSuffix, _file, overwrite: true);
    }

    public void Dispose()
    {
        _stream.Dispose();
        _reuse?.Dispose();
    }

    /// <summary>
    /// How many whole records the partial file holds for this header, with the stream after the last of them (a
    /// torn record cut off); a file made for anything else, or damaged, is started again from the header.
    /// </summary>
    private static int Resume(FileStream stream, DenseFileHeader header, int[] firstSentence)
    {
        var done = 0;
        if (stream.Length > 0)
        {
            try
            {
                if (DenseFileHeader.Read(stream, header.Fingerprint, header.ModelId, header.Dimensions, header.Passages) is { } found
                    && found.Header == header && found.FirstSentence.AsSpan().SequenceEqual(firstSentence))
                {
                    done = (int)Math.Min(header.Sentences, Math.Max(0, stream.Length - header.RecordsStart) / header.RecordSize);
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException)
            {
                done = 0;
            }
        }

        if (done == 0)
        {
            stream.SetLength(0);
            header.Write(stream, firstSentence);
        }

        stream.SetLength(header.RecordsStart + ((long)done * header.RecordSize));
        stream.Position = stream.Length;
        return done;
    }
}
