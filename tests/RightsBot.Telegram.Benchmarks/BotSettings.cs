namespace RightsBot.Telegram.Benchmarks;

/// <summary>The settings both hosts give the bot: the shipped corpus, and webhook mode against the stand-in.</summary>
internal static class BotSettings
{
    public static Dictionary<string, string?> For(string root, BotApiStandIn api, int port, bool hybrid, string secret) => new()
    {
        ["Corpus:Path"] = Path.Combine(root, "corpus"),
        ["Corpus:CachePath"] = Path.Combine(root, ".cache", "index"),
        ["Retrieval:Dense"] = hybrid ? "Auto" : "Off",
        ["Telegram:Enabled"] = "true",
        ["Telegram:BotToken"] = "9001:benchmark",
        ["Telegram:ApiBaseUrl"] = api.Url,
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = $"http://127.0.0.1:{port}/telegram/webhook",
        ["Telegram:SecretToken"] = secret,
    };
}
