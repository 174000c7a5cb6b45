using Microsoft.Extensions.Diagnostics.HealthChecks;
using RightsBot.Core.Retrieval;

namespace RightsBot.Hosting;

/// <summary>Part of /healthz/ready: healthy once the index is loaded and answering ("index loading" before).</summary>
internal sealed class IndexLoadedHealthCheck(IIndexStatus status) : IHealthCheck
{
    public const string Loading = "index loading";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => Task.FromResult(status.Result is { } result
            ? HealthCheckResult.Healthy($"{result.Reports} reports, {result.Passages} passages")
            : HealthCheckResult.Unhealthy(Loading));
}
