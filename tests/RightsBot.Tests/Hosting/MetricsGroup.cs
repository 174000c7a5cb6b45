using RightsBot.Telegram.Tests.EndToEnd;

namespace RightsBot.Tests.Hosting;

/// <summary>
/// The scrape tests run alone, after every other test of this assembly: OpenTelemetry listens to the RightsBot meter
/// by name, process-wide, so a test answering beside them would add to their counts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsGroup : ICollectionFixture<TelegramEmulator>
{
    public const string Name = "metrics";
}
