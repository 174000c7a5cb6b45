using System.IO.Compression;

namespace RightsBot.Core.Text;

/// <summary>
/// Common English words (63,367 from SCOWL's lists up to size 50, American and British spellings), by the terms the
/// analyser makes of them: what tells a word the reports happen not to use ("stage", "packed") from a misspelling
/// ("legaly", "torure"), which is the only kind worth correcting. See <c>Resources/README.md</c>.
/// </summary>
internal static class EnglishWords
{
    private const string Resource = "RightsBot.Core.english-stems.txt.gz";

    // Read on first use (26,222 terms, a few milliseconds), so that a process that never meets an unknown word never pays.
    private static readonly Lazy<HashSet<string>> Stems = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether an English word analyses to this term (<see cref="Retrieval.EnglishTextAnalyzer"/>: lower case, Porter stem).</summary>
    public static bool HasStem(string term) => Stems.Value.Contains(term);

    private static HashSet<string> Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the assembly lacks {Resource}");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var stems = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } stem)
        {
            stems.Add(stem);
        }

        return stems;
    }
}
