using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Core;
using RightsBot.Core.Conversation;
using RightsBot.Telegram.Tests.EndToEnd;

namespace RightsBot.Telegram.Tests.Conversations;

/// <summary>
/// Core's real <see cref="ChatConversations"/> (its constructor is Core's own), composed as AddRightsBotCore does over
/// the repository's corpus/ with the end-to-end tests' index cache. The index loads only once a kept question is read.
/// </summary>
internal sealed class CoreConversations : IDisposable
{
    private readonly ServiceProvider _services;

    public CoreConversations(TimeProvider time)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus:Path"] = Path.Combine(RepositoryRoot.Path, "corpus"),
            ["Corpus:CachePath"] = BotHost.SharedIndexCache,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton(time).AddLogging();
        _services = services.AddRightsBotCore().BuildServiceProvider();
        Conversations = _services.GetRequiredService<ChatConversations>();
    }

    public ChatConversations Conversations { get; }

    public void Dispose() => _services.Dispose();
}
