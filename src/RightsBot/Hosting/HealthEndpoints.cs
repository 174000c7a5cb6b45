using RightsBot.Core.Retrieval;

namespace RightsBot.Hosting;

/// <summary>GET /healthz: 200 with report and passage counts once the index is ready, 503 before.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (IIndexStatus status) => status.Result is { } r
            ? Results.Json(new { status = "ok", reports = r.Reports, passages = r.Passages })
            : Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
