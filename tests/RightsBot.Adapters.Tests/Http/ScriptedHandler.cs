using System.Collections.Concurrent;
using System.Net;

namespace RightsBot.Adapters.Tests.Http;

/// <summary>The far end of a client in tests: answers each call with the next scripted reply (else 200), and counts calls.</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly SemaphoreSlim _arrivals = new(0);
    private int _calls;

    public ConcurrentQueue<Func<HttpResponseMessage>> Replies { get; } = new();

    public int Calls => Volatile.Read(ref _calls);

    public void Reply(HttpStatusCode status, string? json = null, params (string Name, string Value)[] headers)
        => Replies.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null)
            {
                response.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            }

            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });

    public void Fail() => Replies.Enqueue(() => throw new HttpRequestException("connection refused"));

    /// <summary>Waits (in real time) for the <paramref name="count"/>th call.</summary>
    public async Task WaitForCallAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (Calls < count)
        {
            await _arrivals.WaitAsync(timeout.Token);
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult(Replies.TryDequeue(out var reply) ? reply() : new HttpResponseMessage(HttpStatusCode.OK));
        }
        finally
        {
            Interlocked.Increment(ref _calls);
            _arrivals.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _arrivals.Dispose();
        }

        base.Dispose(disposing);
    }
}
