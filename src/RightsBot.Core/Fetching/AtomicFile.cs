namespace RightsBot.Core.Fetching;

/// <summary>Writes a file under a temporary name beside it, then renames it into place: readers see the old file or the whole new one, never part.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// The temporary name's ending. The corpus loader reads only .txt and .html files, so a temporary file left by
    /// a killed process is never read as a report; the next write to the same file replaces it.
    /// </summary>
    public const string TemporarySuffix = ".part";

    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + TemporarySuffix);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The next write to the same file replaces it; the loader never reads it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
