using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace RightsBot.Telegram.Feedback;

/// <summary>
/// Appends votes as JSON Lines: the UTC date, up or down, and the passage id. Never who voted, in which chat, or
/// what they asked, so the file says how useful passages are and nothing about people.
/// </summary>
internal sealed class FeedbackStore(IOptions<FeedbackOptions> options, TimeProvider timeProvider) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public bool IsEnabled => options.Value.Enabled;

    public async Task RecordAsync(bool helpful, string passageId, CancellationToken cancellationToken = default)
    {
        if (!IsEnabled)
        {
            return;
        }

        var line = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["date"] = timeProvider.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["vote"] = helpful ? "up" : "down",
            ["passage"] = passageId,
        });
        var path = options.Value.Path;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            await File.AppendAllTextAsync(path, line + "\n", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
