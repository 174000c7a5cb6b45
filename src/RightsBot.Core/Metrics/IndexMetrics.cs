using System.Diagnostics.Metrics;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Metrics;

/// <summary>
/// rightsbot_index_passages: the passages of the index answering now (after a refresh, the new one's); no value
/// before it is loaded. Read when an exporter collects, so it costs nothing between scrapes.
/// </summary>
internal sealed class IndexMetrics
{
    public IndexMetrics(IMeterFactory meterFactory, IIndexStatus index)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(index);
        meterFactory.Create(RightsBotMeter.Name)
            .CreateObservableGauge("rightsbot.index.passages", () => Passages(index), "{passage}", "Passages in the loaded index.");
    }

    private static IEnumerable<Measurement<long>> Passages(IIndexStatus index)
        => index.Result is { } loaded ? [new Measurement<long>(loaded.Passages)] : [];
}
