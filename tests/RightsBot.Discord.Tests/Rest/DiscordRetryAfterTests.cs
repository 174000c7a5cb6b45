using System.Net;
using System.Net.Http.Headers;
using System.Text;
using RightsBot.Discord.Rest;

namespace RightsBot.Discord.Tests.Rest;

public sealed class DiscordRetryAfterTests
{
    [Theory]
    [InlineData("""{"message":"You are being rate limited.","retry_after":1.5,"global":false}""", null, null, 1500)]
    [InlineData("""{"message":"You are being rate limited.","retry_after":0.25}""", "2.0", "3", 250)]
    [InlineData(null, "2.75", "3", 2750)]
    [InlineData(null, null, "3", 3000)]
    [InlineData("""{"retry_after":600}""", null, null, 60_000)]
    [InlineData("not json", null, null, null)]
    [InlineData(null, null, null, null)]
    public async Task GetDelayAsync_429_PrefersBodyThenResetAfterThenRetryAfter(string? json, string? resetAfter, string? retryAfter, int? expectedMs)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (json is not null)
        {
            response.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (resetAfter is not null)
        {
            response.Headers.Add("X-RateLimit-Reset-After", resetAfter);
        }

        if (retryAfter is not null)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture)));
        }

        var delay = await DiscordRetryAfter.GetDelayAsync(response);

        Assert.Equal(expectedMs, delay is { } d ? (int)d.TotalMilliseconds : null);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task GetDelayAsync_Not429_ReturnsNullForBackoff(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status) { Content = new StringContent("""{"retry_after":5}""", Encoding.UTF8, "application/json") };

        Assert.Null(await DiscordRetryAfter.GetDelayAsync(response));
    }
}
