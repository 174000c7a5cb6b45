using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Telemetry;
using Polly.Timeout;
using RightsBot.Core.Metrics;

namespace RightsBot.Adapters.Http;

/// <summary>
/// The one resilience set-up of the chat adapters' outgoing HTTP clients (Telegram's Bot API, Discord's REST API),
/// through Microsoft.Extensions.Http.Resilience: a 429 waits what the server asks (<see cref="RetryAfter"/>), 5xx
/// and network failures back off exponentially with jitter, any other 4xx (403 included) is returned at once.
/// </summary>
public static class ChatApiResilience
{
    /// <summary>Retries after the first attempt.</summary>
    public const int MaxRetryAttempts = 4;

    /// <summary>The pipeline's name within each client.</summary>
    public const string PipelineName = "chat-api";

    // Polly's name for the event it reports after each attempt.
    private const string ExecutionAttemptEvent = "ExecutionAttempt";

    /// <summary>The first back-off after a 5xx or a network failure; it doubles each time, with jitter.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off between two attempts (a server's own 429 wait may be longer, up to <see cref="RetryAfter.Max"/>).</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Adds the retry and timeouts to a client from <see cref="IHttpClientFactory"/>. The pipeline runs on the
    /// registered <see cref="TimeProvider"/>. The client's own timeout is switched off (the pipeline's govern), and its
    /// logging too: Telegram's URLs carry the bot token and Discord's the interaction token. Every attempt's 429 or
    /// 5xx is counted for <paramref name="channel"/> (<see cref="ChatApiMetrics"/>).
    /// </summary>
    public static IHttpClientBuilder AddChatApiResilience(this IHttpClientBuilder builder, ChatApiTimeouts timeouts, ChatChannel channel)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(timeouts);
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        builder.Services.Configure<TelemetryOptions>(options =>
        {
            var earlier = options.SeverityProvider;
            options.SeverityProvider = args => QuietAttempts(args) ?? earlier?.Invoke(args) ?? args.Event.Severity;
        });
        builder.AddResilienceHandler(PipelineName, (pipeline, context) =>
        {
            pipeline.TimeProvider = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            pipeline
                .AddTimeout(timeouts.Total)
                .AddRetry(RetryOptions())
                .AddTimeout(timeouts.Attempt);
        });

        // Added after the resilience handler, so inside it: one count per attempt.
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<ChatApiMetrics>();
        builder.AddHttpMessageHandler(sp => new ChatApiErrorCounter(sp.GetRequiredService<ChatApiMetrics>(), channel));
        return builder;
    }

    /// <summary>True for what is worth another attempt: 429, 5xx, a network failure, an attempt that timed out.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };

    // Polly reports every attempt at Information: a log line per Bot API call and per long poll. Attempts that need
    // no retry go to Debug; retries stay warnings and a final failure an error.
    private static ResilienceEventSeverity? QuietAttempts(SeverityProviderArguments args)
        => args.Event.EventName == ExecutionAttemptEvent
            && args.Event.Severity == ResilienceEventSeverity.Information
            && args.Source.PipelineName?.EndsWith("-" + PipelineName, StringComparison.Ordinal) == true
                ? ResilienceEventSeverity.Debug
                : null;

    private static HttpRetryStrategyOptions RetryOptions() => new()
    {
        MaxRetryAttempts = MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = BaseDelay,
        MaxDelay = MaxBackoff,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),

        // The server's own wait wins over the back-off; null (no 429, or no wait named) keeps the back-off.
        DelayGenerator = async args => args.Outcome.Result is { } response
            ? await RetryAfter.GetDelayAsync(response, args.Context.CancellationToken).ConfigureAwait(false)
            : null,
    };
}
