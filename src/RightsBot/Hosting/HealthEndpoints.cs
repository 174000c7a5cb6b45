using RightsBot.Core.Retrieval;

namespace RightsBot.Hosting;

/// <summary>
/// GET /healthz: 503 while the index loads; then 200 with report and passage counts and the state of search by
/// meaning ("on", "off", or "failed" with the error type and the next retry: the bot then answers from words).
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (IIndexStatus status) => status.Result is { } r
            ? Ready(r, status.Meaning)
            : Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }

    private static IResult Ready(IndexBuildResult result, MeaningHealth meaning) => meaning.State == MeaningState.Failed
        ? Results.Json(new { status = "degraded", reports = result.Reports, passages = result.Passages, meaning = "failed", meaning_error = meaning.Error, meaning_retry_at = meaning.NextRetry })
        : Results.Json(new { status = "ok", reports = result.Reports, passages = result.Passages, meaning = meaning.State == MeaningState.On ? "on" : "off" });
}
