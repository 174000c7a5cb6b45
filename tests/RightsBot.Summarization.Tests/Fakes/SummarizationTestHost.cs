using Microsoft.Extensions.Configuration;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core.Answering;
using RightsBot.Core.Metrics;

namespace RightsBot.Summarization.Tests.Fakes;

/// <summary>
/// The summarization services wired exactly as the host wires them (<c>AddSummarization</c> over configuration),
/// pointed at a <see cref="FakeOpenAIServer"/>, with fake time and captured logs.
/// </summary>
internal sealed class SummarizationTestHost : IAsyncDisposable
{
    public const string ApiKey = "sk-test-SECRET-4f9a27";
    public const string ModelId = "stand-in-model";

    private readonly MetricCollector<long> _summaries;

    private SummarizationTestHost(FakeOpenAIServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
        _summaries = new MetricCollector<long>(services.GetRequiredService<IMeterFactory>(), RightsBotMeter.Name, "rightsbot.summaries");
    }

    public FakeOpenAIServer Server { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public IAnswerSummarizer Summarizer => Services.GetRequiredService<IAnswerSummarizer>();

    public IStreamingAnswerSummarizer StreamingSummarizer => Services.GetRequiredService<IStreamingAnswerSummarizer>();

    public IQuestionTranslator Translator => Services.GetRequiredService<IQuestionTranslator>();

    /// <summary>The outcome labels counted in rightsbot_summaries_total so far, in order.</summary>
    public IReadOnlyList<object?> SummaryOutcomes => _summaries.GetMeasurementSnapshot().Select(m => m.Tags["outcome"]).ToList();

    /// <summary>Log lines at Information or above, rendered.</summary>
    public IReadOnlyList<string> VisibleLogLines
        => Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Information).Select(r => r.Message).ToList();

    public static async Task<SummarizationTestHost> StartAsync(IDictionary<string, string?>? overrides = null)
    {
        var server = await FakeOpenAIServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Summarization:Enabled"] = "true",
            ["Summarization:Endpoint"] = server.Endpoint.ToString(),
            ["Summarization:ModelId"] = ModelId,
            ["Summarization:ApiKey"] = ApiKey,
            ["Summarization:TimeoutSeconds"] = "15",
            ["Summarization:MaxPassages"] = "5",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.Parse("2026-11-28T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        services.AddSummarization(configuration);
        return new SummarizationTestHost(server, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>
    /// Once the server holds the request, moves fake time to just before the 15 s timeout (the call must still be
    /// waiting), then past it.
    /// </summary>
    public async Task ExpireTimeoutOnceRequestArrivesAsync(Task<RecordedRequest> requestArrived, Task pending)
    {
        await requestArrived.WaitAsync(TimeSpan.FromSeconds(10));
        Time.Advance(TimeSpan.FromSeconds(14));
        Assert.False(pending.IsCompleted, "the call gave up before the timeout");
        Time.Advance(TimeSpan.FromSeconds(2));
    }

    public async ValueTask DisposeAsync()
    {
        _summaries.Dispose();
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
