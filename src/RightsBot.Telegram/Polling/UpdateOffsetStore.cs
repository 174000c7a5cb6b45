using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RightsBot.Telegram.Polling;

/// <summary>
/// Persists the next getUpdates offset under Telegram:StatePath. Written to a temporary file, flushed to disk and
/// renamed over the old one, so a crash (even kill -9) leaves either the old or the new offset, never a torn file.
/// </summary>
internal sealed class UpdateOffsetStore(IOptions<TelegramOptions> options, ILogger<UpdateOffsetStore> logger)
{
    public const string FileName = "polling-offset";

    private string FilePath => Path.Combine(options.Value.StatePath, FileName);

    /// <summary>The next offset to ask for, or null when none was saved (or the file is unreadable).</summary>
    public int? Load()
    {
        try
        {
            var text = File.ReadAllText(FilePath).Trim();
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }

            logger.LogWarning("The polling offset file is not a number; starting from Telegram's pending updates");
        }
        catch (FileNotFoundException)
        {
        }
        catch (DirectoryNotFoundException)
        {
        }

        return null;
    }

    public void Save(int nextOffset)
    {
        Directory.CreateDirectory(options.Value.StatePath);
        var temporary = $"{FilePath}.{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64, FileOptions.WriteThrough))
        {
            stream.Write(System.Text.Encoding.ASCII.GetBytes(nextOffset.ToString(CultureInfo.InvariantCulture)));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }
}
