using Microsoft.Extensions.DependencyInjection;
using RightsBot.Core;
using RightsBot.Core.Answering;

namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>One host with the real core over the repository's corpus, shared by a test class (indexing takes seconds).</summary>
public sealed class RealCoreHostFixture : IAsyncLifetime
{
    internal DiscordTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Corpus:Path"] = Path.Combine(DiscordTestHost.RepositoryRoot(), "corpus"),
            ["Corpus:CachePath"] = string.Empty,
        };
        Host = await DiscordTestHost.StartAsync(null, "http://127.0.0.1:9/api/v10", settings, services => services.AddRightsBotCore());

        // Load the index first, as serve's warm-up does, so answers are due within the immediate window.
        await Host.GetRequiredService<IQuestionAnswerer>().GetReportsAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
