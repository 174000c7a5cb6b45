namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>End-to-end tests share one emulator and run one after another (each uses its own bot token and chats).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<TelegramEmulator>
{
    public const string Name = "Telegram end to end";
}
