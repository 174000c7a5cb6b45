using System.Text.Json;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;
using RightsBot.TestSupport.OpenAI;

namespace RightsBot.Tests.Commands;

// The console paths with summarization on, against an OpenAI-compatible stand-in on 127.0.0.1.
[Collection("cli")]
public class ChatSummarizationTests
{
    private const string Question = "In Kazakhstan's 2016 report, how many torture complaints does the prosecutor general register a year?";
    private const string Summary = "The prosecutor general registers about 600 torture complaints a year [1].";

    private static Dictionary<string, string?> Settings(FakeOpenAIServer server) => new()
    {
        ["Corpus:Path"] = Path.Combine(CliRunner.RepoRoot, "corpus", "kazakhstan-2016.txt"),
        ["Summarization:Enabled"] = "true",
        ["Summarization:Endpoint"] = server.Endpoint.ToString(),
        ["Summarization:ModelId"] = "stand-in",
        ["Summarization:ApiKey"] = "sk-test-secret",
        ["Summarization:TimeoutSeconds"] = "10",
        ["Retrieval:Dense"] = "Off",
    };

    [Fact]
    public async Task Chat_SummarizationOn_StreamsTheSummaryThenRightsBotsSources()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedReply.Text(Summary));

        var (code, output, error) = await CliRunner.RunWithSettingsAsync(Settings(server), Question + "\n:quit\n", "chat");

        Assert.Equal(0, code);
        Assert.Contains(Summary, output, StringComparison.Ordinal);
        Assert.Contains("[1] Kazakhstan 2016 · Section 1.c Torture", output, StringComparison.Ordinal);
        var request = Assert.Single(server.Requests);
        Assert.True(request.Stream);
        Assert.DoesNotContain("sk-test-secret", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("prosecutor general register", error, StringComparison.Ordinal);
    }

    // The summary answers in the question's language (the model is given it as typed); RightsBot's words follow it,
    // and the sources stay the report's English.
    [Theory]
    [InlineData(Language.Russian, "сколько жалоб на пытки регистрирует генеральная прокуратура за год",
        "Генеральная прокуратура регистрирует около 600 жалоб на пытки в год [1].")]
    [InlineData(Language.Kazakh, "бас прокуратура жылына азаптау туралы қанша шағым тіркейді",
        "Бас прокуратура жылына орта есеппен 600 азаптау туралы шағым тіркейді [1].")]
    public async Task Chat_SummarizationOnRussianOrKazakhQuestion_SummaryAsWrittenSourcesHeadedInIt(Language language, string question, string summary)
    {
        var texts = BotTexts.For(language);
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedReply.Text("How many torture complaints does the prosecutor general register a year?")); // the question, translated
        server.Enqueue(ScriptedReply.Text(summary));

        var (code, output, error) = await CliRunner.RunWithSettingsAsync(Settings(server), question + "\n:quit\n", "chat");

        Assert.Equal(0, code);
        Assert.Contains(summary, output, StringComparison.Ordinal);
        Assert.Contains(texts["console-sources"] + "\n[1] Kazakhstan 2016 · Section 1.c Torture", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(texts.QuotesNote!, output, StringComparison.Ordinal);
        Assert.Contains(texts["console-source-hint"], output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources:", output, StringComparison.Ordinal);
        Assert.Contains(question, server.Requests[^1].User, StringComparison.Ordinal);
        Assert.DoesNotContain(question, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_SummaryCitingAPassageNotGiven_FallsBackToTheExtractiveAnswer()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedReply.Text("About 600 complaints a year [7]."));

        var (code, output, error) = await CliRunner.RunWithSettingsAsync(Settings(server), string.Empty, "ask", Question, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("summarized").GetBoolean());
        Assert.Contains("600 torture complaints on average per year", json.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("Summary unavailable", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_SummarizationOn_JsonSaysSummarized()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedReply.Text(Summary));

        var (code, output, _) = await CliRunner.RunWithSettingsAsync(Settings(server), string.Empty, "ask", Question, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("summarized").GetBoolean());
        Assert.Equal(Summary, json.RootElement.GetProperty("answer").GetString());
        Assert.Contains(json.RootElement.GetProperty("sources").EnumerateArray(), s => s.GetProperty("report").GetString() == "Kazakhstan 2016");
    }

    [Fact]
    public async Task Ask_ComparisonWithSummarization_AsksTheModelToCompareEachReportAndKeepsTheParts()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedReply.Text("In 2016 conditions were harsh [1]; in 2023 they remained harsh [3]."));
        var settings = Settings(server);
        settings["Corpus:Path"] = Path.Combine(CliRunner.RepoRoot, "corpus");

        var (code, output, _) = await CliRunner.RunWithSettingsAsync(settings, string.Empty, "ask", "prison conditions in Kazakhstan, 2016 vs 2023", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("summarized").GetBoolean());
        Assert.Equal("In 2016 conditions were harsh [1]; in 2023 they remained harsh [3].", json.RootElement.GetProperty("answer").GetString());
        Assert.Equal([2016, 2023], json.RootElement.GetProperty("comparison").EnumerateArray().Select(p => p.GetProperty("year").GetInt32()));
        var request = Assert.Single(server.Requests);
        Assert.Contains("Compare the reports year by year", request.User, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan 2016", request.User, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan 2023", request.User, StringComparison.Ordinal);
    }
}
