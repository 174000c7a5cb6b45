using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RightsBot.Adapters.Hosting;

/// <summary>
/// Answers 503 to a chat platform's call once the host is stopping (SIGTERM, Ctrl+C), before any work starts: the
/// answers in flight get the shutdown time to themselves, and Telegram delivers a refused webhook update again later
/// (it repeats every delivery answered with a status other than 2xx), to the restarted bot.
/// </summary>
public sealed class ShutdownRefusalFilter(IHostApplicationLifetime lifetime, ILogger<ShutdownRefusalFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The route only: the body carries user text and ids.
            logger.LogInformation("Refused a call to {Route} while shutting down", context.HttpContext.Request.Path.Value);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return await next(context).ConfigureAwait(false);
    }
}
