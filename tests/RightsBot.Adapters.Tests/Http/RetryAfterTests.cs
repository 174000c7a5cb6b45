using System.Net;
using System.Text;
using RightsBot.Adapters.Http;

namespace RightsBot.Adapters.Tests.Http;

public sealed class RetryAfterTests
{
    [Theory]
    // Discord: retry_after at the top of the body, fractional seconds; the body wins over the headers.
    [InlineData("""{"message":"You are being rate limited.","retry_after":1.5,"global":false}""", null, null, 1500)]
    [InlineData("""{"message":"You are being rate limited.","retry_after":0.25}""", "2.0", "3", 250)]
    // Telegram: retry_after under parameters, whole seconds.
    [InlineData("""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""", null, null, 7000)]
    [InlineData("""{"ok":false,"error_code":429,"parameters":{"migrate_to_chat_id":1}}""", null, "4", 4000)]
    // No body: Discord's X-RateLimit-Reset-After, then Retry-After.
    [InlineData(null, "2.75", "3", 2750)]
    [InlineData(null, null, "3", 3000)]
    // Capped at RetryAfter.Max.
    [InlineData("""{"retry_after":600}""", null, null, 60_000)]
    [InlineData("""{"parameters":{"retry_after":3600}}""", null, null, 60_000)]
    // Nothing usable: the caller backs off.
    [InlineData("not json", null, null, null)]
    [InlineData("""{"retry_after":"soon"}""", null, null, null)]
    [InlineData("""{"retry_after":-1}""", null, null, null)]
    [InlineData("[1,2]", null, null, null)]
    [InlineData(null, null, null, null)]
    public async Task GetDelayAsync_429_BodyThenResetAfterThenRetryAfter(string? json, string? resetAfter, string? retryAfter, int? expectedMs)
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
            response.Headers.Add("Retry-After", retryAfter);
        }

        var delay = await RetryAfter.GetDelayAsync(response);

        Assert.Equal(expectedMs, delay is { } d ? (int)d.TotalMilliseconds : null);
    }

    [Fact]
    public async Task GetDelayAsync_BodyRead_StaysReadableForTheCaller()
    {
        const string json = """{"ok":false,"error_code":429,"parameters":{"retry_after":7}}""";
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

        await RetryAfter.GetDelayAsync(response);

        Assert.Equal(json, await response.Content.ReadAsStringAsync());
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(json, await reader.ReadToEndAsync());
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task GetDelayAsync_Not429_ReturnsNullForBackoff(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status) { Content = new StringContent("""{"retry_after":5}""", Encoding.UTF8, "application/json") };
        response.Headers.Add("Retry-After", "5");

        Assert.Null(await RetryAfter.GetDelayAsync(response));
    }

    [Theory]
    [InlineData("1.25", 1.25)]
    [InlineData("0", 0.0)]
    [InlineData("-2", null)]
    [InlineData("soon", null)]
    public void ReadSecondsHeader_Value_DecimalSecondsOrNull(string value, double? expected)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("X-RateLimit-Reset-After", value);

        Assert.Equal(expected, RetryAfter.ReadSecondsHeader(response, "X-RateLimit-Reset-After"));
    }
}
