using System.Text.Json;

namespace RightsBot.Tests.Commands;

/// <summary>Follow-ups in the console chat, and comparisons through <c>ask</c> and <c>eval</c>.</summary>
[Collection("cli")]
public class ConversationCliTests
{
    private static string Corpus => Path.Combine(CliRunner.RepoRoot, "corpus");

    [Fact]
    public async Task Chat_FollowUps_ReaskTheLastQuestion_UntilNew()
    {
        var input = "Does the law prohibit torture in Kazakhstan?\nand in 2016?\ntell me more\n:new\nand in 2016?\n";

        var (code, output, _) = await CliRunner.RunAsync(input, "chat", "--corpus", Corpus);

        Assert.Equal(0, code);
        var turns = output.Split("> ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("(the same question for: ", turns[2], StringComparison.Ordinal);
        Assert.Contains("· Kazakhstan 2016)", turns[2], StringComparison.Ordinal);
        Assert.Contains("[1] Kazakhstan 2016 ·", turns[2], StringComparison.Ordinal);
        Assert.Contains("(more on: ", turns[3], StringComparison.Ordinal);
        Assert.Contains("Forgot the previous question", turns[4], StringComparison.Ordinal);
        Assert.DoesNotContain("(the same question for", turns[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_Compare_AnswersPerYear()
    {
        var (code, output, _) = await CliRunner.RunAsync(":compare prison conditions in Kazakhstan\n", "chat", "--corpus", Corpus);

        Assert.Equal(0, code);
        var at = new[] { "Kazakhstan 2016: ", "Kazakhstan 2022: ", "Kazakhstan 2023: ", "Kazakhstan 2024: " }.Select(l => output.IndexOf(l, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i >= 0));
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public async Task Ask_Years_JsonHasOneComparisonEntryPerYearWithItsOwnSources()
    {
        var (code, output, _) = await CliRunner.RunAsync(string.Empty, "ask", "prison conditions", "--country", "Kazakhstan", "--years", "2023,2016", "--json", "--corpus", Corpus);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var parts = json.RootElement.GetProperty("comparison").EnumerateArray().ToList();
        Assert.Equal([2016, 2023], parts.Select(p => p.GetProperty("year").GetInt32()));
        Assert.All(parts, p => Assert.All(p.GetProperty("sources").EnumerateArray(), s =>
            Assert.Equal($"Kazakhstan {p.GetProperty("year").GetInt32()}", s.GetProperty("report").GetString())));
        Assert.True(json.RootElement.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Ask_PlainQuestion_JsonHasNoComparison()
    {
        var (_, output, _) = await CliRunner.RunAsync(string.Empty, "ask", "Is torture used in Kazakhstan?", "--json", "--corpus", Corpus);

        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.TryGetProperty("comparison", out _));
    }

    [Fact]
    public async Task Eval_ComparisonSet_ScoresPerReport()
    {
        var (code, output, _) = await CliRunner.RunAsync(string.Empty, "eval", "--questions", Path.Combine(CliRunner.RepoRoot, "tests", "eval", "comparison.jsonl"),
            "--corpus", Corpus, "--json", "--warmup", "0");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("questions").GetInt32());
        var c = json.RootElement.GetProperty("comparison");
        Assert.True(c.GetProperty("questions").GetInt32() >= 15);
        Assert.True(c.GetProperty("recognised").GetDouble() >= 0.9);
        Assert.True(c.GetProperty("parts_found").GetDouble() >= 0.9);
        Assert.InRange(c.GetProperty("recall_at_1").GetDouble(), 0.2, 1.0);
        Assert.True(c.GetProperty("by_style").EnumerateObject().Any());
        Assert.False(c.TryGetProperty("by_language", out _), output);
    }

    [Fact]
    public async Task Eval_ComparisonsOneWithLang_ByLanguageWithTheOtherUnderNone()
    {
        var folder = Directory.CreateTempSubdirectory("rightsbot-cmp-lang-");
        try
        {
            // Two lines of the comparison set, the first labelled Russian.
            var lines = File.ReadLines(Path.Combine(CliRunner.RepoRoot, "tests", "eval", "comparison.jsonl")).Take(2).ToArray();
            lines[0] = lines[0].Replace("\"kind\": \"comparison\"", "\"kind\": \"comparison\", \"lang\": \"ru\"", StringComparison.Ordinal);
            var file = Path.Combine(folder.FullName, "q.jsonl");
            await File.WriteAllLinesAsync(file, lines);

            var (code, output, _) = await CliRunner.RunAsync(string.Empty, "eval", "--questions", file, "--corpus", Corpus, "--json", "--warmup", "0");

            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output);
            var byLanguage = json.RootElement.GetProperty("comparison").GetProperty("by_language").EnumerateObject().ToList();
            Assert.Equal(["(none)", "ru"], byLanguage.Select(g => g.Name));
            Assert.Equal([1, 1], byLanguage.Select(g => g.Value.GetProperty("questions").GetInt32()));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
