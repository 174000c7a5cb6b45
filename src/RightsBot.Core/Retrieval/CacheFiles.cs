using System.Globalization;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Writing and removing files of the on-disk caches (passage vectors, the quantized model), where a failure costs
/// the next start some time and nothing else.
/// </summary>
public static class CacheFiles
{
    /// <summary>
    /// Writes <paramref name="path"/> through <paramref name="write"/> under a temporary name, then renames it into
    /// place, so that no reader ever sees it half-written. Returns the I/O error instead of throwing it (a read-only
    /// or full disk, say), with the temporary file removed.
    /// </summary>
    public static Exception? TryWrite(string path, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            write(temporary);
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return ex;
        }
    }

    /// <summary>Deletes the file if it can; one left behind is overwritten by the next write.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Harmless: see above.
        }
    }
}
