using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using RightsBot.Core.Conversation;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;
using RightsBot.Discord.Rest;

namespace RightsBot.Discord.Interactions;

/// <summary>
/// Finishes answers that outlived the first response: waits for the core, then edits the deferred message with
/// <c>PATCH /webhooks/{app}/{token}/messages/@original</c>. Runs apart from the request, within the token's lifetime.
/// On shutdown, an answer still being worked on is replaced by a short notice, and the host waits for the edits
/// in flight, so nobody is left with an endless "thinking…".
/// </summary>
internal sealed class DiscordDeferredReplies(IServiceScopeFactory scopeFactory, IHostApplicationLifetime applicationLifetime, ILogger<DiscordDeferredReplies> logger)
    : IHostedService
{
    internal const string RestartNotice = "RightsBot is restarting and could not finish this answer. Please ask again in a minute.";

    // How long one edit of the deferred message may take; shutdown waits at most this long for it.
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private int _pending;

    /// <summary>Deferred answers not yet delivered.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>
    /// Takes over an answer in progress, <paramref name="messageTask"/> (the core's answer, rendered);
    /// <paramref name="lifetime"/> is cancelled on shutdown or when the token expires, and disposed here.
    /// </summary>
    public void Complete(DiscordInteraction interaction, Task<DiscordMessage> messageTask, CancellationTokenSource lifetime)
    {
        Interlocked.Increment(ref _pending);
        var work = CompleteAsync(interaction, messageTask, lifetime);
        _inFlight.TryAdd(work, 0);
        _ = work.ContinueWith(done => _inFlight.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for the deferred messages being edited (the host's shutdown timeout bounds the wait).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_inFlight.Keys).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shut down before {Count} deferred Discord answers were delivered.", Pending);
        }
    }

    private async Task CompleteAsync(DiscordInteraction interaction, Task<DiscordMessage> messageTask, CancellationTokenSource lifetime)
    {
        try
        {
            DiscordMessage message;
            try
            {
                message = await messageTask.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
            {
                if (!applicationLifetime.ApplicationStopping.IsCancellationRequested)
                {
                    // The interaction token has expired: there is nothing left to edit.
                    logger.LogWarning("A deferred Discord answer was abandoned: the interaction token expired.");
                    return;
                }

                logger.LogWarning("A deferred Discord answer was cut short by shutdown; the user is told to ask again.");
                message = DiscordInfoFormatter.Notice(RestartNotice);
            }
#pragma warning disable CA1031 // Whatever the core throws, the user still gets a reply instead of an endless "thinking…".
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Answering a deferred Discord interaction failed.");
                message = DiscordInfoFormatter.Notice(BotTexts.Failure);
            }

            // Its own deadline, not the answer's: an answer finished just as shutdown begins is still delivered.
            using var delivery = new CancellationTokenSource(DeliveryTimeout);
            using var scope = scopeFactory.CreateScope();
            var client = scope.ServiceProvider.GetRequiredService<DiscordRestClient>();
            await client.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, delivery.Token).ConfigureAwait(false);
            logger.LogInformation("Delivered a deferred Discord answer.");
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or OperationCanceledException or TimeoutRejectedException or ObjectDisposedException)
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
