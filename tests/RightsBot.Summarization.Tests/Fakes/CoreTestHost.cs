using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using RightsBot.Core;
using RightsBot.Core.Answering;

namespace RightsBot.Summarization.Tests.Fakes;

/// <summary>
/// The real core (<c>AddRightsBotCore</c>) over one report of the repository's corpus, plus <c>AddSummarization</c>
/// pointed at a stand-in server: the answering service every front end (console, Telegram, Discord) calls.
/// </summary>
internal sealed class CoreTestHost : IAsyncDisposable
{
    private readonly string _folder;

    private CoreTestHost(string folder, FakeOpenAIServer server, ServiceProvider services)
    {
        _folder = folder;
        Server = server;
        Services = services;
    }

    public FakeOpenAIServer Server { get; }

    public ServiceProvider Services { get; }

    public IQuestionAnswerer Answerer => Services.GetRequiredService<IQuestionAnswerer>();

    public FakeTimeProvider Time => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public IReadOnlyList<string> VisibleLogLines
        => Services.GetFakeLogCollector().GetSnapshot().Where(r => r.Level >= LogLevel.Information).Select(r => r.Message).ToList();

    public static async Task<CoreTestHost> StartAsync(bool summarizationEnabled)
    {
        var folder = Directory.CreateTempSubdirectory("rightsbot-summarization-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "corpus"));
        File.Copy(Path.Combine(RepoRoot(), "corpus", "kazakhstan-2016.txt"), Path.Combine(folder, "corpus", "kazakhstan-2016.txt"));
        var server = await FakeOpenAIServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus:Path"] = Path.Combine(folder, "corpus"),
            ["Corpus:CachePath"] = Path.Combine(folder, "cache"),
            ["Summarization:Enabled"] = summarizationEnabled ? "true" : "false",
            ["Summarization:Endpoint"] = server.Endpoint.ToString(),
            ["Summarization:ModelId"] = "stand-in-model",
            ["Summarization:ApiKey"] = "sk-core-test",
        }).Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddFakeLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56)));
        services.AddRightsBotCore();
        services.AddSummarization(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new CoreTestHost(folder, server, provider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RightsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RightsBot.sln not found above the test output folder");
    }
}
