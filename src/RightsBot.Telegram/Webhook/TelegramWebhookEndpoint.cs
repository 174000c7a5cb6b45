using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RightsBot.Telegram.Dispatching;
using RightsBot.Telegram.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace RightsBot.Telegram.Webhook;

/// <summary>POST /telegram/webhook: checks the secret, answers at once and leaves the work to the update dispatcher.</summary>
internal static class TelegramWebhookEndpoint
{
    public const string Route = "/telegram/webhook";
    private const long MaxBodyBytes = 1024 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        SecretTokenValidator validator,
        UpdateDeduplicator deduplicator,
        UpdateDispatcher dispatcher,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(TelegramWebhookEndpoint));
        if (!validator.IsValid(request.Headers[SecretTokenValidator.HeaderName]))
        {
            logger.LogWarning("Rejected a webhook call without the right secret token");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            update = null;
        }

        if (update is null)
        {
            // The body is not logged: it would carry user text and ids.
            logger.LogWarning("Rejected a malformed webhook update");
            return Results.BadRequest(new { error = "malformed update" });
        }

        if (!deduplicator.TryMarkNew(update.Id))
        {
            return Results.Ok();
        }

        if (!dispatcher.TryEnqueue(update))
        {
            deduplicator.Forget(update.Id);
            logger.LogWarning("Webhook update not taken (queue full or stopping); asking Telegram to retry");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }
}
