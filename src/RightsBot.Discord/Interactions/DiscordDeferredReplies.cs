using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using RightsBot.Core.Answering;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;
using RightsBot.Discord.Rest;

namespace RightsBot.Discord.Interactions;

/// <summary>
/// Finishes answers that outlived the first response: waits for the core, then edits the deferred message with
/// <c>PATCH /webhooks/{app}/{token}/messages/@original</c>. Runs apart from the request, within the token's lifetime.
/// </summary>
internal sealed class DiscordDeferredReplies(IServiceScopeFactory scopeFactory, ILogger<DiscordDeferredReplies> logger)
{
    internal const string Apology = "Sorry, something went wrong while answering. Please try again in a moment.";

    private int _pending;

    /// <summary>Deferred answers not yet delivered.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Takes over an answer in progress; <paramref name="lifetime"/> is cancelled on shutdown or when the token expires, and disposed here.</summary>
    public void Complete(DiscordInteraction interaction, Question question, bool ephemeral, Task<Answer> answerTask, CancellationTokenSource lifetime)
    {
        Interlocked.Increment(ref _pending);
        _ = CompleteAsync(interaction, question, ephemeral, answerTask, lifetime);
    }

    private async Task CompleteAsync(DiscordInteraction interaction, Question question, bool ephemeral, Task<Answer> answerTask, CancellationTokenSource lifetime)
    {
        try
        {
            DiscordMessage message;
            try
            {
                var answer = await answerTask.ConfigureAwait(false);
                message = DiscordAnswerFormatter.FormatAnswer(question, answer, ephemeral);
            }
            catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
            {
                logger.LogWarning("A deferred Discord answer was abandoned: shutting down, or the interaction token expired.");
                return;
            }
#pragma warning disable CA1031 // Whatever the core throws, the user still gets a reply instead of an endless "thinking…".
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Answering a deferred Discord interaction failed.");
                message = DiscordInfoFormatter.Notice(Apology);
            }

            using var scope = scopeFactory.CreateScope();
            var client = scope.ServiceProvider.GetRequiredService<DiscordRestClient>();
            await client.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, lifetime.Token).ConfigureAwait(false);
            logger.LogInformation("Delivered a deferred Discord answer.");
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or OperationCanceledException or TimeoutRejectedException)
        {
            // The exception message names the operation and status only; URLs with tokens are never part of it.
            logger.LogWarning("Delivering a deferred Discord answer failed: {Reason}", ex.Message);
        }
        finally
        {
            lifetime.Dispose();
            Interlocked.Decrement(ref _pending);
        }
    }
}
