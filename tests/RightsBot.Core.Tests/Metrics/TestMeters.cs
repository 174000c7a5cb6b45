using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RightsBot.Core.Metrics;

namespace RightsBot.Core.Tests.Metrics;

/// <summary>
/// A meter factory of a test's own (as a host has one), so that a collector sees only what that test's instruments
/// measure, whatever runs beside it.
/// </summary>
internal sealed class TestMeters : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    /// <summary>For tests that count nothing themselves.</summary>
    public static TestMeters Shared { get; } = new();

    public IMeterFactory Factory => _services.GetRequiredService<IMeterFactory>();

    public AnswerMetrics Answers(TimeProvider? time = null) => new(Factory, time ?? TimeProvider.System);

    public MetricCollector<T> Collect<T>(string instrument)
        where T : struct
        => new(Factory, RightsBotMeter.Name, instrument);

    public MetricCollector<long> Collect(string instrument) => Collect<long>(instrument);

    public void Dispose() => _services.Dispose();
}
