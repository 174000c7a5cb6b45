using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Verification;

/// <summary>
/// Lets a request through to the interactions handler only when Discord signed it: 401 for a missing, forged or
/// stale signature, 413 for an oversized body, 400 for a signed body that is not an interaction.
/// The parsed interaction is handed on through <see cref="HttpContext.Items"/>.
/// </summary>
internal sealed class DiscordSignatureFilter(
    DiscordSignatureVerifier verifier,
    TimeProvider timeProvider,
    ILogger<DiscordSignatureFilter> logger) : IEndpointFilter
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    /// <summary>Interactions are a few kilobytes; anything far larger is not Discord.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>A signed request older (or newer) than this is a replay, not a fresh interaction.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private static readonly object ItemKey = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        string? signature = http.Request.Headers[SignatureHeader];
        string? timestamp = http.Request.Headers[TimestampHeader];
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            logger.LogDebug("Rejected a Discord interaction without signature headers.");
            return Unauthorized();
        }

        if (!IsFresh(timestamp))
        {
            logger.LogInformation("Rejected a Discord interaction with a stale or malformed timestamp.");
            return Unauthorized();
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        var body = await ReadBodyAsync(http.Request.Body, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return TooLarge();
        }

        if (!verifier.Verify(timestamp, body, signature))
        {
            logger.LogInformation("Rejected a Discord interaction with an invalid signature.");
            return Unauthorized();
        }

        DiscordInteraction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize<DiscordInteraction>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null || interaction.Type <= 0)
        {
            return Results.Text("malformed interaction", statusCode: StatusCodes.Status400BadRequest);
        }

        http.Items[ItemKey] = interaction;
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The interaction this filter verified and parsed for the current request.</summary>
    public static DiscordInteraction GetInteraction(HttpContext context)
        => context.Items[ItemKey] as DiscordInteraction
            ?? throw new InvalidOperationException("The Discord signature filter did not run for this endpoint.");

    private static IResult Unauthorized() => Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);

    private static IResult TooLarge() => Results.Text("request body too large", statusCode: StatusCodes.Status413PayloadTooLarge);

    private bool IsFresh(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var age = timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age.Duration() <= MaxClockSkew;
    }

    /// <summary>The whole body, or null once it passes <see cref="MaxBodyBytes"/> (chunked bodies carry no length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
