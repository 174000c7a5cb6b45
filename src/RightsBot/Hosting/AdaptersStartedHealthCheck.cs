using Microsoft.Extensions.Diagnostics.HealthChecks;
using RightsBot.Adapters.Readiness;

namespace RightsBot.Hosting;

/// <summary>Part of /healthz/ready: healthy once every enabled chat adapter has started ("telegram adapter not started" before).</summary>
internal sealed class AdaptersStartedHealthCheck(AdapterReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => Task.FromResult(readiness.NotStarted is { Count: > 0 } pending
            ? HealthCheckResult.Unhealthy(string.Join("; ", pending.Select(adapter => $"{adapter} adapter not started")))
            : HealthCheckResult.Healthy());
}
