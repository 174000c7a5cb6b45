using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Discord.Rest;

namespace RightsBot.Discord.Tests.Rest;

public sealed class DiscordRateLimitHandlerTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly ScriptedHandler _inner = new();
    private readonly HttpMessageInvoker _invoker;

    public DiscordRateLimitHandlerTests()
    {
        var handler = new DiscordRateLimitHandler(new DiscordRateLimitBuckets(_time), _time) { InnerHandler = _inner };
        _invoker = new HttpMessageInvoker(handler);
    }

    public void Dispose() => _invoker.Dispose();

    [Fact]
    public async Task SendAsync_BucketExhausted_HoldsNextRequestOnRouteUntilReset()
    {
        _inner.Replies.Enqueue(Exhausted(resetAfterSeconds: 2.5));
        (await SendAsync(HttpMethod.Patch, "webhooks/1/tok/messages/@original")).Dispose();

        var held = SendAsync(HttpMethod.Patch, "webhooks/1/tok/messages/@original");
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(held.IsCompleted);
        Assert.Equal(1, _inner.Calls);

        _time.Advance(TimeSpan.FromSeconds(0.5));
        (await held.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        Assert.Equal(2, _inner.Calls);
    }

    [Fact]
    public async Task SendAsync_BucketExhaustedOnOtherRoute_DoesNotWait()
    {
        _inner.Replies.Enqueue(Exhausted(resetAfterSeconds: 30));
        (await SendAsync(HttpMethod.Put, "applications/1/commands")).Dispose();

        var other = SendAsync(HttpMethod.Patch, "webhooks/1/tok/messages/@original");

        Assert.True(other.IsCompleted);
        (await other).Dispose();
    }

    [Fact]
    public async Task SendAsync_BucketWithRemainingRequests_DoesNotWait()
    {
        var ok = new HttpResponseMessage(HttpStatusCode.OK);
        ok.Headers.Add("X-RateLimit-Remaining", "4");
        ok.Headers.Add("X-RateLimit-Reset-After", "30");
        _inner.Replies.Enqueue(ok);
        (await SendAsync(HttpMethod.Put, "applications/1/commands")).Dispose();

        var next = SendAsync(HttpMethod.Put, "applications/1/commands");

        Assert.True(next.IsCompleted);
        (await next).Dispose();
    }

    [Fact]
    public async Task SendAsync_Global429_HoldsEveryRoute()
    {
        var limited = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        limited.Headers.Add("X-RateLimit-Global", "true");
        limited.Headers.Add("Retry-After", "3");
        _inner.Replies.Enqueue(limited);
        (await SendAsync(HttpMethod.Put, "applications/1/commands")).Dispose();

        var other = SendAsync(HttpMethod.Patch, "webhooks/1/tok/messages/@original");
        Assert.False(other.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(3));
        (await other.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        Assert.Equal(2, _inner.Calls);
    }

    private static HttpResponseMessage Exhausted(double resetAfterSeconds)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("X-RateLimit-Bucket", "abcd1234");
        response.Headers.Add("X-RateLimit-Limit", "5");
        response.Headers.Add("X-RateLimit-Remaining", "0");
        response.Headers.Add("X-RateLimit-Reset-After", resetAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, new Uri("http://127.0.0.1/api/v10/" + path));
        return await _invoker.SendAsync(request, CancellationToken.None);
    }

    private sealed class ScriptedHandler : HttpMessageHandler
    {
        private int _calls;

        public ConcurrentQueue<HttpResponseMessage> Replies { get; } = new();

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(Replies.TryDequeue(out var reply) ? reply : new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
