using Microsoft.Extensions.Configuration;

namespace RightsBot.Tests.Hosting;

// appsettings.json carries what an operator changes, with the defaults the code has: a value there that differs
// from its options class's default would be a second home for that number.
public class AppSettingsTests
{
    // Which options classes read each section (several classes read "Retrieval", one concern each).
    private static readonly Dictionary<string, string[]> Readers = new(StringComparer.Ordinal)
    {
        ["Corpus"] = ["RightsBot.Core.Corpus.CorpusOptions, RightsBot.Core"],
        ["Retrieval"] = ["RightsBot.Core.Retrieval.RetrievalOptions, RightsBot.Core", "RightsBot.Core.Retrieval.RankingOptions, RightsBot.Core", "RightsBot.Core.Retrieval.CoverageOptions, RightsBot.Core"],
        ["Answer"] = ["RightsBot.Core.Answering.AnswerOptions, RightsBot.Core"],
        ["Limits"] = ["RightsBot.Core.Answering.LimitsOptions, RightsBot.Core"],
        ["Conversation"] = ["RightsBot.Core.Conversation.ConversationOptions, RightsBot.Core"],
        ["Reports"] = ["RightsBot.Core.Fetching.ReportsOptions, RightsBot.Core"],
        ["Summarization"] = ["RightsBot.Summarization.SummarizationOptions, RightsBot.Summarization"],
        ["Telegram"] = ["RightsBot.Telegram.TelegramOptions, RightsBot.Telegram"],
        ["Feedback"] = ["RightsBot.Telegram.Feedback.FeedbackOptions, RightsBot.Telegram"],
        ["Discord"] = ["RightsBot.Discord.DiscordOptions, RightsBot.Discord"],
        ["Host"] = ["RightsBot.Hosting.ShutdownOptions, RightsBot"],
        ["Metrics"] = ["RightsBot.Hosting.MetricsOptions, RightsBot"],
    };

    // The host's own settings, read by no options class of ours.
    private static readonly string[] HostSections = ["Logging", "Urls"];

    // Values that differ from the code's default on purpose (none today).
    private static readonly string[] Differing = [];

    [Fact]
    public void AppSettings_EveryValue_IsReadByAnOptionsClassAndEqualsItsDefault()
    {
        var config = new ConfigurationBuilder().AddJsonFile(Path.Combine(CliRunner.RepoRoot, "appsettings.json")).Build();
        var checkedKeys = 0;
        foreach (var section in config.GetChildren().Where(s => !HostSections.Contains(s.Key)))
        {
            Assert.True(Readers.TryGetValue(section.Key, out var readers), $"no options class reads section {section.Key}");
            foreach (var (key, _) in section.AsEnumerable(makePathsRelative: true).Where(kv => kv.Value is not null))
            {
                var owner = readers.Select(r => Type.GetType(r, throwOnError: true)!).FirstOrDefault(t => t.GetProperty(key) is not null);
                Assert.True(owner is not null, $"{section.Key}:{key} is read by no options class");
                var property = owner.GetProperty(key)!;
                var bound = Activator.CreateInstance(owner)!;
                section.Bind(bound);
                if (!Differing.Contains($"{section.Key}:{key}"))
                {
                    Assert.True(Equals(property.GetValue(Activator.CreateInstance(owner)), property.GetValue(bound)), $"{section.Key}:{key} differs from the default in {owner.Name}");
                }

                checkedKeys++;
            }
        }

        Assert.True(checkedKeys >= 20, $"only {checkedKeys} settings checked");
    }

    [Fact]
    public void Readers_EveryNamedOptionsClassExists()
        => Assert.All(Readers.Values.SelectMany(r => r), name => Assert.NotNull(Type.GetType(name)));
}
