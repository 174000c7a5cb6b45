using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RightsBot.Telegram.Polling;

/// <summary>
/// getUpdates read update by update: Telegram.Bot's GetUpdates fails the whole batch on one update it cannot read,
/// and since the offset then never moves, polling would stall on it forever. Here such an update is skipped.
/// </summary>
internal sealed class UpdateBatchReader(HttpClient http, IOptions<TelegramOptions> options, ILogger<UpdateBatchReader> logger)
{
    private const string TelegramApi = "https://api.telegram.org";

    /// <summary>The updates from <paramref name="offset"/> on, and the offset after the last one seen (readable or not).</summary>
    public async Task<(IReadOnlyList<Update> Updates, int? NextOffset)> GetUpdatesAsync(
        int? offset, int limit, int timeoutSeconds, IEnumerable<UpdateType> allowedUpdates, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var baseUrl = string.IsNullOrEmpty(settings.ApiBaseUrl) ? TelegramApi : settings.ApiBaseUrl.TrimEnd('/');
        var request = new
        {
            offset,
            limit,
            timeout = timeoutSeconds,
            allowed_updates = allowedUpdates.Select(t => JsonNamingPolicy.SnakeCaseLower.ConvertName(t.ToString())),
        };
        using var response = await http.PostAsJsonAsync(new Uri($"{baseUrl}/bot{settings.BotToken}/getUpdates"), request, cancellationToken).ConfigureAwait(false);
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var root = document.RootElement;
        if (!root.TryGetProperty("ok", out var ok) || !ok.GetBoolean() || !root.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array)
        {
            var code = root.TryGetProperty("error_code", out var e) && e.TryGetInt32(out var c) ? c : (int)response.StatusCode;
            var description = root.TryGetProperty("description", out var d) ? d.GetString() : null;
            throw new ApiRequestException(description ?? "getUpdates failed", code);
        }

        var updates = new List<Update>();
        int? next = offset;
        foreach (var element in result.EnumerateArray())
        {
            if (element.TryGetProperty("update_id", out var id) && id.TryGetInt32(out var updateId))
            {
                next = Math.Max(next ?? 0, updateId + 1);
            }

            try
            {
                if (element.Deserialize<Update>(JsonBotAPI.Options) is { } update)
                {
                    updates.Add(update);
                }
            }
            catch (JsonException)
            {
                // Neither content nor ids are logged: the update may carry a user's words.
                logger.LogWarning("Skipped an update that could not be read");
            }
        }

        return (updates, next);
    }
}
