using System.Globalization;
using RightsBot.Core.Retrieval;

namespace RightsBot.Commands;

/// <summary>The <c>index</c> command's words for embedding: the progress line while it runs, the summary after.</summary>
internal static class EmbeddingReport
{
    /// <summary>
    /// "Embedding 320,000/781,234 sentences, 25 min left": the time left comes from this run's pace since
    /// <paramref name="start"/> (where it resumed), not from sentences an earlier run embedded.
    /// </summary>
    public static string Progress(EmbeddingProgress now, EmbeddingProgress start, TimeSpan elapsed)
    {
        var done = now.Done - start.Done;
        var left = done <= 0 || elapsed <= TimeSpan.Zero
            ? "estimating time left"
            : Duration(TimeSpan.FromSeconds(elapsed.TotalSeconds * (now.Total - now.Done) / done)) + " left";
        return string.Create(CultureInfo.InvariantCulture, $"Embedding {now.Done:N0}/{now.Total:N0} sentences, {left}");
    }

    /// <summary>
    /// "embeddings: 781,234 sentences of 256,594 passages in 2,512.3 s, 303 MB (8-bit), resumed from 41%,
    /// all-MiniLM-L6-v2-int8  (made and cached)"; without the time when the vectors were cached already.
    /// </summary>
    public static string Summary(DenseIndex dense, TimeSpan elapsed, bool reused)
    {
        var storage = dense.File is { } file ? Megabytes(new FileInfo(file).Length) + " (8-bit)" : Megabytes(dense.Bytes) + " (8-bit, in memory)";
        var how = reused
            ? ", " + storage
            : string.Create(CultureInfo.InvariantCulture, $" in {elapsed.TotalSeconds:N1} s, {storage}")
              + (dense.ResumedFrom is { } resumed ? string.Create(CultureInfo.InvariantCulture, $", resumed from {resumed.Fraction * 100:0}%") : string.Empty)
              + (dense.Copied > 0 ? string.Create(CultureInfo.InvariantCulture, $", {dense.Copied:N0} copied from an earlier file") : string.Empty);
        var outcome = reused ? "cache reused" : dense.File is null ? "made in memory: no cache folder" : "made and cached";
        return string.Create(CultureInfo.InvariantCulture,
            $"embeddings: {dense.SentenceCount:N0} sentences of {dense.Count:N0} passages{how}, {dense.Embedder.ModelId}  ({outcome})");
    }

    private static string Megabytes(long bytes)
        => bytes switch
        {
            >= 10_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:N0} MB"),
            >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0#} MB"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:N0} KB"),
        };

    private static string Duration(TimeSpan time) => time.TotalSeconds switch
    {
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0} s"),
        < 3600 => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMinutes:0} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours} h {time.Minutes:00} min"),
    };
}
