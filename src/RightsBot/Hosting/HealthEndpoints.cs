using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RightsBot.Adapters.Readiness;
using RightsBot.Core.Retrieval;

namespace RightsBot.Hosting;

/// <summary>
/// GET /healthz: 503 while the index loads; then 200 with report and passage counts and the state of search by
/// meaning ("on", "off", or "failed" with the error type and the next retry: the bot then answers from words).
/// GET /healthz/live: 200 while the process runs. GET /healthz/ready: 200 once the index is loaded and every enabled
/// adapter has started, else 503 with the reasons (ASP.NET Core health checks tagged <see cref="ReadyTag"/>).
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>Registers the readiness checks; each adapter marks itself started in the shared <see cref="AdapterReadiness"/>.</summary>
    public static IServiceCollection AddHealthProbes(this IServiceCollection services)
    {
        services.AddAdapterReadiness();
        services.AddHealthChecks()
            .AddCheck<IndexLoadedHealthCheck>("index", tags: [ReadyTag])
            .AddCheck<AdaptersStartedHealthCheck>("adapters", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (IIndexStatus status) => status.Result is { } r
            ? Ready(r, status.Meaning)
            : Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable));

        // Liveness runs no check: a process that answers at all is alive, and restarting it for a slow index would not help.
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteReportAsync });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteReportAsync });
        return app;
    }

    private static IResult Ready(IndexBuildResult result, MeaningHealth meaning) => meaning.State == MeaningState.Failed
        ? Results.Json(new { status = "degraded", reports = result.Reports, passages = result.Passages, meaning = "failed", meaning_error = meaning.Error, meaning_retry_at = meaning.NextRetry })
        : Results.Json(new { status = "ok", reports = result.Reports, passages = result.Passages, meaning = meaning.State == MeaningState.On ? "on" : "off" });

    // {"status":"healthy"} or {"status":"unhealthy","reasons":["index loading"]}; the status code is the middleware's (503 when unhealthy).
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        var reasons = report.Entries.Values
            .Where(e => e.Status != HealthStatus.Healthy)
            .Select(e => e.Description ?? e.Exception?.GetType().Name ?? e.Status.ToString())
            .ToList();
        var status = report.Status.ToString().ToLowerInvariant();
        return reasons.Count == 0
            ? context.Response.WriteAsJsonAsync(new { status })
            : context.Response.WriteAsJsonAsync(new { status, reasons });
    }
}
