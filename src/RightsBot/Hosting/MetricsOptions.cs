namespace RightsBot.Hosting;

/// <summary>Section <c>Metrics</c>: the opt-in Prometheus endpoint of <c>serve</c>.</summary>
internal sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Serves GET /metrics (Prometheus text) on the <c>Urls</c> address; off by default, and then no exporter runs.</summary>
    public bool Enabled { get; set; }
}
