using System.Collections.Concurrent;

namespace RightsBot.Adapters.Readiness;

/// <summary>
/// Which enabled chat adapters have started: an adapter is expected when it is registered and marks itself started
/// once it takes updates; <c>/healthz/ready</c> stays 503 until every expected one has.
/// </summary>
public sealed class AdapterReadiness
{
    private readonly ConcurrentDictionary<string, bool> _started = new(StringComparer.Ordinal);

    /// <summary>Names an enabled adapter that has not started yet (does nothing when it is already known).</summary>
    public void Expect(string adapter) => _started.TryAdd(adapter, false);

    /// <summary>Records that the adapter has started.</summary>
    public void MarkStarted(string adapter) => _started[adapter] = true;

    /// <summary>The expected adapters that have not started, in name order.</summary>
    public IReadOnlyList<string> NotStarted => [.. _started.Where(a => !a.Value).Select(a => a.Key).Order(StringComparer.Ordinal)];
}
