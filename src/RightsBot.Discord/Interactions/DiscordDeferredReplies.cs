using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using RightsBot.Core.Conversation;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;
using RightsBot.Discord.Rest;

namespace RightsBot.Discord.Interactions;

/// <summary>
/// Finishes answers that outlived the first response: waits for the core, then edits the deferred message with
/// <c>PATCH /webhooks/{app}/{token}/messages/@original</c>. Runs apart from the request, within the token's lifetime.
/// On shutdown the answers in flight go on: the host waits for them and their edits. Only an answer still running
/// <see cref="NoticeAllowance"/> before the end of the host's shutdown time is given up (cancelled) and replaced by a
/// short notice, so nobody is left with an endless "thinking…".
/// </summary>
internal sealed class DiscordDeferredReplies(
    IServiceScopeFactory scopeFactory,
    IHostApplicationLifetime applicationLifetime,
    IOptions<HostOptions> hostOptions,
    TimeProvider timeProvider,
    ILogger<DiscordDeferredReplies> logger)
    : IHostedService, IDisposable
{
    /// <summary>How long before the host's shutdown deadline the answers still running are given up, for the notice to be sent in time.</summary>
    internal static readonly TimeSpan NoticeAllowance = TimeSpan.FromSeconds(2);

    // How long one edit of the deferred message may take; shutdown waits at most this long for it.
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly CancellationTokenSource _giveUp = new(Timeout.InfiniteTimeSpan, timeProvider);
    private CancellationTokenRegistration _stopping;
    private int _pending;

    /// <summary>Deferred answers not yet delivered.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Cancelled when answers must give up: <see cref="NoticeAllowance"/> before the end of the host's shutdown time.</summary>
    public CancellationToken GiveUpToken => _giveUp.Token;

    /// <summary>
    /// Takes over an answer in progress, <paramref name="messageTask"/> (the core's answer, rendered);
    /// <paramref name="lifetime"/> is cancelled when the answer must give up or the token expires, and disposed here.
    /// </summary>
    public void Complete(DiscordInteraction interaction, Task<DiscordMessage> messageTask, CancellationTokenSource lifetime)
    {
        Interlocked.Increment(ref _pending);
        var work = CompleteAsync(interaction, messageTask, lifetime);
        _inFlight.TryAdd(work, 0);
        _ = work.ContinueWith(done => _inFlight.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // From SIGTERM on, the host allows ShutdownTimeout; answers get all of it but the time their notice needs.
        _stopping = applicationLifetime.ApplicationStopping.Register(() => _giveUp.CancelAfter(AnswerTime(hostOptions.Value.ShutdownTimeout)));
        return Task.CompletedTask;
    }

    /// <summary>Waits for the deferred answers and their edits; the host's shutdown timeout bounds the wait.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Read again until nothing runs: a request Kestrel let finish may have handed over an answer meanwhile.
            while (_inFlight.Keys.Where(t => !t.IsCompleted).ToList() is { Count: > 0 } running)
            {
                await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shut down before {Count} deferred Discord answers were delivered.", Pending);
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _giveUp.Dispose();
    }

    private static TimeSpan AnswerTime(TimeSpan shutdownTimeout)
        => shutdownTimeout == Timeout.InfiniteTimeSpan ? shutdownTimeout
            : shutdownTimeout > NoticeAllowance ? shutdownTimeout - NoticeAllowance
            : TimeSpan.Zero;

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
                if (!_giveUp.IsCancellationRequested)
                {
                    // The interaction token has expired: there is nothing left to edit.
                    logger.LogWarning("A deferred Discord answer was abandoned: the interaction token expired.");
                    return;
                }

                logger.LogWarning("A deferred Discord answer could not finish within the shutdown time; the user is told to ask again.");
                message = DiscordInfoFormatter.Notice(DiscordInfoFormatter.Words(interaction.Texts, "discord-restarting"));
            }
#pragma warning disable CA1031 // Whatever the core throws, the user still gets a reply instead of an endless "thinking…".
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Answering a deferred Discord interaction failed.");
                message = DiscordInfoFormatter.Notice(DiscordText.EscapeMarkdown(interaction.Texts.Failure));
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
