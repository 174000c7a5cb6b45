using RightsBot.Core.Metrics;

namespace RightsBot.Adapters.Http;

/// <summary>
/// Sits inside the retry of <see cref="ChatApiResilience"/>, so it sees every attempt's answer, and counts the 429s
/// and 5xx in <see cref="ChatApiMetrics"/>.
/// </summary>
internal sealed class ChatApiErrorCounter(ChatApiMetrics metrics, ChatChannel channel) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        metrics.Count(channel, (int)response.StatusCode);
        return response;
    }
}
