using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using RightsBot.Core.Fetching;

namespace RightsBot.Hosting;

/// <summary>
/// Registers <see cref="IReportFetcher"/> (section "Reports") with its HTTP client: compressed transfers, and
/// retries with back-off through Microsoft.Extensions.Http.Resilience that wait what a 429 or 503's Retry-After
/// asks, all on the registered <see cref="TimeProvider"/>.
/// </summary>
internal static class ReportFetching
{
    /// <summary>The resilience pipeline's name within the client.</summary>
    public const string PipelineName = "report-site";

    /// <summary>Retries after the first attempt, for 408, 429, 5xx, a network failure or an attempt that timed out.</summary>
    public const int MaxRetryAttempts = 4;

    /// <summary>The first back-off when the site names no wait; it doubles each time, with jitter.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(2);

    /// <summary>The longest back-off the client picks itself (a Retry-After may ask for longer, within <see cref="TotalTimeout"/>).</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    /// <summary>One request, body included: a report page is at most a few hundred kilobytes.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(60);

    /// <summary>All attempts at one page together, waits included; a page still failing then is reported and skipped.</summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddReportFetching(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ReportCatalog.Shipped);
        services.AddHttpClient<IReportFetcher, ReportFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All })
            .AddResilienceHandler(PipelineName, (pipeline, context) =>
            {
                pipeline.TimeProvider = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;

                // The library's retry already honours Retry-After (seconds or a date) on any response it retries.
                pipeline
                    .AddTimeout(TotalTimeout)
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = MaxRetryAttempts,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = BaseDelay,
                        MaxDelay = MaxBackoff,
                    })
                    .AddTimeout(AttemptTimeout);
            });
        return services;
    }
}
