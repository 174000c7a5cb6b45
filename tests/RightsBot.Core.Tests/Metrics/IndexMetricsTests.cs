using RightsBot.Core.Metrics;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Metrics;

public sealed class IndexMetricsTests
{
    [Fact]
    public void Passages_BeforeAndAfterTheIndexLoads_NothingThenItsCount()
    {
        using var meters = new TestMeters();
        using var passages = meters.Collect("rightsbot.index.passages");
        var status = new SettableIndexStatus();
        _ = new IndexMetrics(meters.Factory, status);

        passages.RecordObservableInstruments();
        var before = passages.GetMeasurementSnapshot().Count;
        status.Result = new IndexBuildResult(16, 300, 3104, 9000, FromCache: true, Seconds: 0.5);
        passages.RecordObservableInstruments();

        Assert.Equal(0, before);
        Assert.Equal(3104, passages.LastMeasurement?.Value);
    }

    private sealed class SettableIndexStatus : IIndexStatus
    {
        public bool IsReady => Result is not null;

        public IndexBuildResult? Result { get; set; }

        public bool DenseReady => false;

        public MeaningHealth Meaning => new(MeaningState.Off);

        public Task<IndexBuildResult> WarmUpAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> PrepareDenseAsync(IProgress<double>? progress = null, CancellationToken cancellationToken = default) => Task.FromResult(false);
    }
}
