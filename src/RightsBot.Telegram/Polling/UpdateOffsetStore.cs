using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RightsBot.Telegram.Polling;

/// <summary>
/// Persists the polling position under Telegram:StatePath: the next update to fetch, then the updates below it still
/// to answer, if any, on one line ("1043" or "1043 1040 1041"). Written to a temporary file, flushed to disk and
/// renamed over the old one, so a crash (even kill -9) leaves either the old or the new position, never a torn file.
/// </summary>
internal sealed class UpdateOffsetStore(IOptions<TelegramOptions> options, ILogger<UpdateOffsetStore> logger)
{
    public const string FileName = "polling-offset";

    private string FilePath => Path.Combine(options.Value.StatePath, FileName);

    /// <summary>The saved position, or null when none was saved (or the file is unreadable).</summary>
    public PollingPosition? Load()
    {
        try
        {
            var numbers = File.ReadAllText(FilePath).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null)
                .ToList();
            if (numbers is [{ } next, ..] && numbers.Skip(1).All(id => id < next))
            {
                return new PollingPosition(next, [.. numbers.Skip(1).Select(id => id!.Value)]);
            }

            logger.LogWarning("The polling offset file is not a list of update numbers; starting from Telegram's pending updates");
        }
        catch (FileNotFoundException)
        {
        }
        catch (DirectoryNotFoundException)
        {
        }

        return null;
    }

    public void Save(PollingPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        Directory.CreateDirectory(options.Value.StatePath);
        var temporary = $"{FilePath}.{Environment.ProcessId}.tmp";
        var text = string.Join(' ', position.Unanswered.Prepend(position.Next).Select(id => id.ToString(CultureInfo.InvariantCulture)));
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64, FileOptions.WriteThrough))
        {
            stream.Write(System.Text.Encoding.ASCII.GetBytes(text));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }
}
