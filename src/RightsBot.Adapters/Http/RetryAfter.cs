using System.Globalization;
using System.Net;
using System.Text.Json;

namespace RightsBot.Adapters.Http;

/// <summary>How long a chat platform asks a client to wait after a 429, wherever the platform puts it.</summary>
public static class RetryAfter
{
    /// <summary>No wait a server asks for is honoured beyond this; the retry then gives up sooner rather than hang.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    private const string RetryAfterField = "retry_after";

    /// <summary>
    /// For a 429: <c>retry_after</c> from the JSON body (Discord: at the top, in fractional seconds; Telegram: under
    /// <c>parameters</c>, in whole seconds), else Discord's <c>X-RateLimit-Reset-After</c> header, else the standard
    /// <c>Retry-After</c> header in seconds. Capped at <see cref="Max"/>; null when the response names no wait (the
    /// caller backs off) or is no 429.
    /// </summary>
    public static async ValueTask<TimeSpan?> GetDelayAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        var seconds = await ReadBodySecondsAsync(response, cancellationToken).ConfigureAwait(false)
            ?? ReadSecondsHeader(response, "X-RateLimit-Reset-After")
            ?? ReadSecondsHeader(response, "Retry-After");
        return seconds is { } s ? TimeSpan.FromSeconds(Math.Min(s, Max.TotalSeconds)) : null;
    }

    /// <summary>A header holding seconds as a decimal number, e.g. <c>X-RateLimit-Reset-After: 1.25</c>; null when absent or not a number.</summary>
    public static double? ReadSecondsHeader(HttpResponseMessage response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues(name, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds >= 0
                ? seconds
                : null;
    }

    private static async Task<double?> ReadBodySecondsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            // Read as bytes: the content stays buffered, so whoever gets the response last can still read it.
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return Seconds(root) ?? (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("parameters", out var parameters) ? Seconds(parameters) : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static double? Seconds(JsonElement element)
        => element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(RetryAfterField, out var value)
            && value.ValueKind == JsonValueKind.Number
            && value.GetDouble() is var seconds and >= 0
                ? seconds
                : null;
}
