using System.Text.Json;
using RightsBot.Core.Conversation;

namespace RightsBot.Tests.Commands;

// The CLI resolves appsettings.json from the working folder or the program's folder; the tests run from
// the build output below the repository, so they use the repository's settings and corpus.
[Collection("cli")]
public class CliAppTests
{
    private static string Corpus => Path.Combine(CliRunner.RepoRoot, "corpus");

    [Fact]
    public async Task Ask_Json_AnswersWithThePassageAmongSources()
    {
        var (code, output, _) = await CliRunner.RunAsync(string.Empty, "ask", "How many torture complaints does the prosecutor general register a year?",
            "--country", "Kazakhstan", "--year", "2016", "--json", "--corpus", Corpus);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("answered").GetBoolean());
        var sources = json.RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.Contains(sources, s => s.GetProperty("text").GetString()!.Contains("600 torture complaints on average per year", StringComparison.Ordinal));
        Assert.All(sources, s => Assert.Equal("Kazakhstan 2016", s.GetProperty("report").GetString()));
        Assert.All(sources, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("passage_id").GetString())));
    }

    [Fact]
    public async Task Ask_Json_SeedQuestion_EachSourceLinksToTheKazakhstan2016PageAtItsPassage()
    {
        const string page = "https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/#:~:text=";

        var (code, output, _) = await CliRunner.RunAsync(string.Empty, "ask",
            "In Kazakhstan's 2016 report, how many torture complaints does the prosecutor general register a year?", "--json", "--corpus", Corpus);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var sources = json.RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.StartsWith(page, s.GetProperty("url").GetString(), StringComparison.Ordinal));
        var start = Uri.UnescapeDataString(sources[0].GetProperty("url").GetString()![page.Length..].Split(',')[0]);
        Assert.StartsWith(start, sources[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Json_ReportWithoutAPage_UrlIsNull()
    {
        var (code, output, _) = await CliRunner.RunAsync(string.Empty, "ask", "How many torture complaints does the prosecutor general register a year?",
            "--json", "--corpus", CliRunner.SeedExcerpt);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var sources = json.RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Equal(JsonValueKind.Null, s.GetProperty("url").ValueKind));
    }

    [Fact]
    public async Task Ask_Json_OffTopic_AnsweredFalse()
    {
        var (code, output, _) = await CliRunner.RunAsync(string.Empty, "ask", "What is the capital of France's best restaurant?", "--json", "--corpus", Corpus);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("answered").GetBoolean());
        Assert.Empty(json.RootElement.GetProperty("sources").EnumerateArray());
    }

    [Theory]
    [InlineData("какие условия в тюрьмах казахстана", "В докладе за 2024 год", "Источники:", "(:source N — весь абзац)", "Как вызвать: :source N")]
    [InlineData("қазақстандағы түрмелердегі жағдай қандай", "2024 жылғы баяндамада", "Дереккөздер:", "(:source N — толық абзац)", "Қолдану: :source N")]
    public async Task Chat_RussianOrKazakhQuestion_TheBotsWordsInItQuotesInEnglish(string question, string note, string heading, string hint, string usage)
    {
        var (code, output, _) = await CliRunner.RunAsync(question + "\n:source 99\n:quit\n", "chat", "--corpus", Corpus);

        Assert.Equal(0, code);
        Assert.Contains(note, output, StringComparison.Ordinal);
        Assert.Contains(heading + "\n[1] Kazakhstan 20", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(hint, output, StringComparison.Ordinal);
        Assert.Contains(usage, output, StringComparison.Ordinal);
        Assert.Contains("Prison", output, StringComparison.Ordinal); // the report's own English
    }

    [Theory]
    [InlineData("кукарямбы фывапролят жмыховато", "Я понял слишком мало слов этого вопроса")]
    [InlineData("what is the best chocolate cake recipe in kazakhstan", "The reports I have do not seem to cover that.")]
    public async Task Ask_NotCovered_InTheQuestionsLanguage(string question, string expected)
    {
        var (code, output, _) = await CliRunner.RunAsync(string.Empty, "ask", question, "--corpus", Corpus);

        Assert.Equal(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_PipedQuestionAndSourceCommand_PrintsAnswerSourcesAndParagraph()
    {
        var input = "In Kazakhstan's 2016 report, how many torture complaints does the prosecutor general register a year?\n:source 1\n:source 9\n:nonsense\n:quit\n";
        var (code, output, _) = await CliRunner.RunAsync(input, "chat", "--corpus", Corpus);

        Assert.Equal(0, code);
        Assert.Contains("600 torture complaints on average per year", output, StringComparison.Ordinal);
        Assert.Contains("[1] Kazakhstan 2016 · Section 1.c Torture", output, StringComparison.Ordinal);
        Assert.Contains("Not all cases led to prosecution or conviction.", output, StringComparison.Ordinal); // the full paragraph
        Assert.Contains("\nhttps://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/#:~:text=", output, StringComparison.Ordinal);
        Assert.Contains("Usage: :source N", output, StringComparison.Ordinal);
        Assert.Contains("Unknown command :nonsense", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_SlashCommandsAsInTelegram_WorkLikeColonCommands()
    {
        var input = "In Kazakhstan's 2016 report, how many torture complaints does the prosecutor general register a year?\n/source 1\n/nonsense\n/help\n/quit\nWhat about prison conditions in Kazakhstan?\n";
        var (code, output, _) = await CliRunner.RunAsync(input, "chat", "--corpus", Corpus);

        Assert.Equal(0, code);
        Assert.Contains("Not all cases led to prosecution or conviction.", output, StringComparison.Ordinal); // /source 1
        Assert.Contains("Unknown command /nonsense", output, StringComparison.Ordinal);
        Assert.Contains(":source N", output, StringComparison.Ordinal); // /help
        Assert.DoesNotContain("do not seem to cover", output, StringComparison.Ordinal); // no command was taken for a question
        Assert.DoesNotContain("Prison conditions", output, StringComparison.OrdinalIgnoreCase); // /quit left before the last line
    }

    [Fact]
    public async Task Chat_NoCommand_IsTheDefaultAndEndsAtEndOfInput()
    {
        var (code, output, _) = await CliRunner.RunAsync(":help\n:reports\n");
        Assert.Equal(0, code);
        Assert.Contains(":source N", output, StringComparison.Ordinal);
        Assert.Contains(BotTexts.English.HowToAsk, output, StringComparison.Ordinal);
        Assert.Contains("Reports I answer from (", output, StringComparison.Ordinal);
        Assert.Contains("  Kazakhstan: 2016, ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ask")]
    [InlineData("ask", "q", "--year", "notayear")]
    [InlineData("eval")]
    [InlineData("eval", "--questions", "/no/such/file.jsonl")]
    [InlineData("ask", "q", "--corpus", "/no/such/folder")]
    [InlineData("ask", "q", "--years", "2016")]
    [InlineData("ask", "q", "--years", "2016,soon")]
    public async Task BadUsage_ExitsTwoWithOneLine(params string[] args)
    {
        var (code, _, error) = await CliRunner.RunAsync(string.Empty, args);

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Eval_NegativeWarmup_ExitsTwoNamingTheOption()
    {
        var (code, _, error) = await CliRunner.RunAsync(string.Empty, "eval", "--questions", CliRunner.DevQuestions, "--warmup", "-1");

        Assert.Equal(2, code);
        Assert.Equal("error: --warmup must be between 0 and 600 seconds", error.Trim());
    }

    [Fact]
    public async Task Ask_EmptyCorpusFolder_ExitsTwoWithCorpusError()
    {
        var empty = Directory.CreateTempSubdirectory("rightsbot-empty-");
        try
        {
            var (code, _, error) = await CliRunner.RunAsync(string.Empty, "ask", "torture?", "--corpus", empty.FullName);
            Assert.Equal(2, code);
            Assert.Contains("error: corpus: no report files", error, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Ask_EmptyQuestion_ExitsTwoWithMessage()
    {
        var (code, output, _) = await CliRunner.RunAsync(string.Empty, "ask", "   ", "--corpus", Corpus);
        Assert.Equal(2, code);
        Assert.Contains("Please type a question", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_Json_PrintsBothSystemsWithSameShape()
    {
        var (code, output, _) = await CliRunner.RunAsync(string.Empty, "eval",
            "--questions", CliRunner.DevQuestions,
            "--corpus", CliRunner.SeedExcerpt, "--json", "--details", "--warmup", "0.5");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(45, root.GetProperty("questions").GetInt32());
        Assert.Equal(40, root.GetProperty("answerable").GetInt32());
        Assert.Equal(1, root.GetProperty("corpus").GetProperty("reports").GetInt32());
        Assert.True(root.GetProperty("corpus").GetProperty("max_passage_words").GetInt32() <= 250);
        var systems = root.GetProperty("systems").EnumerateArray().ToList();
        Assert.Equal(["rightsbot", "bm25"], systems.Select(s => s.GetProperty("name").GetString()));
        var rightsbot = systems[0];
        Assert.True(rightsbot.GetProperty("recall_at_5").GetDouble() >= 0.75, output);
        Assert.True(rightsbot.GetProperty("query_ms_p50").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Null, systems[1].GetProperty("refused_unanswerable").ValueKind);

        // The whole answer is timed, and the search stages alone beside it (comparable with the baseline's search).
        var search = rightsbot.GetProperty("search_ms_p50").GetDouble();
        Assert.InRange(search, double.Epsilon, rightsbot.GetProperty("query_ms_p50").GetDouble());
        Assert.Equal(JsonValueKind.Null, systems[1].GetProperty("search_ms_p50").ValueKind);

        // Timed only after at least one untimed pass of every system.
        Assert.True(root.GetProperty("warmup_seconds").GetDouble() >= 0.5, output);
        Assert.True(root.GetProperty("warmup_passes").GetInt32() >= 1, output);

        // Details put the baseline's rank beside RightsBot's, for answerable questions only.
        var details = root.GetProperty("details").EnumerateArray().ToList();
        Assert.Equal(45, details.Count);
        Assert.All(details.Where(d => !d.GetProperty("answerable").GetBoolean()), d => Assert.False(d.TryGetProperty("bm25_rank", out _)));
        var bm25Ranks = details.Where(d => d.TryGetProperty("bm25_rank", out _)).Select(d => d.GetProperty("bm25_rank").GetInt32()).ToList();
        Assert.True(bm25Ranks.Count >= 30, output);
        Assert.Equal(systems[1].GetProperty("recall_at_1").GetDouble(), bm25Ranks.Count(r => r == 1) / 40.0, 3);

        // Each refused question says why, in the refusal metric's words; an answered one has no reason.
        string[] reasons = ["no_report", "not_understood", "no_figure", "absent_name", "referral", "not_covered"];
        Assert.All(details, d => Assert.Equal(d.GetProperty("refused").GetBoolean(), d.TryGetProperty("refusal", out var r) && reasons.Contains(r.GetString())));
        Assert.Contains(details, d => d.TryGetProperty("refusal", out _));

        // The dev set labels each question's style: every system has figures per style, sorted, that add up to the set.
        Assert.All(systems, s =>
        {
            var byStyle = s.GetProperty("by_style").EnumerateObject().ToList();
            Assert.Equal(["entity", "informal", "multi", "numeric", "paraphrase", "typo", "unanswerable"], byStyle.Select(p => p.Name));
            Assert.Equal(45, byStyle.Sum(p => p.Value.GetProperty("questions").GetInt32()));
            Assert.Equal(40, byStyle.Sum(p => p.Value.GetProperty("answerable").GetInt32()));
        });
        Assert.Equal(JsonValueKind.Null, systems[0].GetProperty("by_style").GetProperty("unanswerable").GetProperty("recall_at_1").ValueKind);
        Assert.Equal(JsonValueKind.Null, systems[1].GetProperty("by_style").GetProperty("paraphrase").GetProperty("refused_answerable").ValueKind);
    }

    // The first question's labels, if any: a group object per label appears only for a label some question has,
    // with the unlabelled second question under "(none)".
    [Theory]
    [InlineData("", null, null)]
    [InlineData(", \"style\": \"numeric\"", "by_style", "numeric")]
    [InlineData(", \"lang\": \"EN\"", "by_language", "en")]
    public async Task Eval_JsonLabels_GroupsOnlyByTheLabelsGiven(string labels, string? groupedBy, string? label)
    {
        var folder = Directory.CreateTempSubdirectory("rightsbot-labels-");
        try
        {
            var file = Path.Combine(folder.FullName, "q.jsonl");
            await File.WriteAllLinesAsync(file,
            [
                $$"""{"id": "a", "question": "How many torture complaints does the prosecutor general register a year?", "answerable": true, "expected": ["600 torture complaints on average per year"]{{labels}}}""",
                """{"id": "b", "question": "How many people were executed?", "answerable": false}""",
            ]);

            var (code, output, _) = await CliRunner.RunAsync(string.Empty, "eval", "--questions", file, "--corpus", CliRunner.SeedExcerpt, "--json", "--warmup", "0");

            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output);
            var systems = json.RootElement.GetProperty("systems").EnumerateArray().ToList();
            Assert.Equal(["rightsbot", "bm25"], systems.Select(s => s.GetProperty("name").GetString()));
            Assert.All(systems, s =>
            {
                Assert.True(s.TryGetProperty("mrr", out _), output);
                Assert.Equal(groupedBy == "by_style", s.TryGetProperty("by_style", out _));
                Assert.Equal(groupedBy == "by_language", s.TryGetProperty("by_language", out _));
                if (groupedBy is not null)
                {
                    var groups = s.GetProperty(groupedBy).EnumerateObject().ToList();
                    Assert.Equal(["(none)", label], groups.Select(g => g.Name));
                    Assert.Equal([1, 1], groups.Select(g => g.Value.GetProperty("questions").GetInt32()));
                    Assert.Equal(1, groups[1].Value.GetProperty("answerable").GetInt32());
                    Assert.Equal(JsonValueKind.Null, groups[0].Value.GetProperty("recall_at_3").ValueKind);
                }
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Index_SecondRun_ReusesTheCache()
    {
        var corpus = Directory.CreateTempSubdirectory("rightsbot-corpus-");
        try
        {
            File.Copy(Path.Combine(Corpus, "japan-2024.txt"), Path.Combine(corpus.FullName, "japan-2024.txt"));
            var (first, out1, _) = await CliRunner.RunAsync(string.Empty, "index", "--corpus", corpus.FullName);
            var (second, out2, _) = await CliRunner.RunAsync(string.Empty, "index", "--corpus", corpus.FullName);

            Assert.Equal(0, first);
            Assert.Equal(0, second);
            Assert.Contains("reports: 1", out1, StringComparison.Ordinal);
            Assert.Contains("built and cached", out1, StringComparison.Ordinal);
            Assert.Contains("cache reused", out2, StringComparison.Ordinal);
        }
        finally
        {
            corpus.Delete(recursive: true);
        }
    }
}
