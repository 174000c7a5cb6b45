using System.Text.Json;

namespace RightsBot.Tests.Commands;

// Hybrid mode through the console: the real MiniLM model over small corpora, with the embedding cache in a
// fresh folder per test so that "made" and "reused" are both seen.
[Collection("cli")]
public class EvalHybridTests
{
    private static string DevQuestions => CliRunner.DevQuestions;

    private static string Excerpt => CliRunner.SeedExcerpt;

    [Fact]
    public Task Eval_JsonDenseOn_HybridBeatsLexicalAndSecondRunLoadsTheCache() => WithTempFolderAsync("rightsbot-dense-cache-", async cache =>
    {
        var settings = DenseOn(cache);
        var (code, output, _) = await CliRunner.RunWithSettingsAsync(settings, string.Empty, "eval", "--questions", DevQuestions, "--corpus", Excerpt, "--json", "--warmup", "0");
        var (secondCode, secondOutput, _) = await CliRunner.RunWithSettingsAsync(settings, string.Empty, "eval", "--questions", DevQuestions, "--corpus", Excerpt, "--json", "--warmup", "0");

        Assert.Equal(0, code);
        Assert.Equal(0, secondCode);
        using var first = JsonDocument.Parse(output);
        using var second = JsonDocument.Parse(secondOutput);
        var corpus = first.RootElement.GetProperty("corpus");
        Assert.StartsWith("all-MiniLM-L6-v2-int", corpus.GetProperty("dense_model").GetString(), StringComparison.Ordinal);
        Assert.False(corpus.GetProperty("dense_from_cache").GetBoolean());
        Assert.True(second.RootElement.GetProperty("corpus").GetProperty("dense_from_cache").GetBoolean());
        Assert.Single(Directory.GetFiles(Path.Combine(cache, "dense"), "*.v3.bin"));

        var hybrid = MrrAboveLexicalTwin(first.RootElement).GetProperty("mrr").GetDouble();

        // Cached vectors are the same vectors: the second run ranks exactly as the first.
        var again = second.RootElement.GetProperty("systems").EnumerateArray().First(s => s.GetProperty("name").GetString() == "rightsbot");
        Assert.Equal(hybrid, again.GetProperty("mrr").GetDouble());
    });

    [Fact]
    public Task Eval_JsonNoPassageVectors_ReranksOnDemandAndWritesNoVectors() => WithTempFolderAsync("rightsbot-rerank-cache-", async cache =>
    {
        // Auto mode over a corpus above the embedding limit: no passage vectors, so the best lexical passages
        // of each question are embedded on demand.
        var settings = new Dictionary<string, string?> { ["Retrieval:Dense"] = "Auto", ["Retrieval:DenseMaxPassages"] = "0", ["Corpus:CachePath"] = cache };
        var (code, output, _) = await CliRunner.RunWithSettingsAsync(settings, string.Empty, "eval", "--questions", DevQuestions, "--corpus", Excerpt, "--json", "--warmup", "0");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var corpus = json.RootElement.GetProperty("corpus");
        Assert.Equal(20, corpus.GetProperty("rerank_depth").GetInt32());
        Assert.False(corpus.TryGetProperty("dense_model", out _), output);
        Assert.True(MrrAboveLexicalTwin(json.RootElement).GetProperty("first_pass_ms_p50").GetDouble() > 0);

        // On-demand vectors stay in memory: on disk they would show what was asked.
        Assert.False(Directory.Exists(Path.Combine(cache, "dense")));
    });

    [Fact]
    public Task Ask_FreshCacheDefaultMode_AnswersAParaphraseByMeaning() => WithTempFolderAsync("rightsbot-ask-cache-", async cache =>
    {
        var settings = new Dictionary<string, string?> { ["Retrieval:Dense"] = "Auto", ["Corpus:CachePath"] = cache };

        var (code, output, _) = await CliRunner.RunWithSettingsAsync(settings, string.Empty, "ask", "can cops beat people in jail in kazakhstan?", "--corpus", Path.Combine(CliRunner.RepoRoot, "corpus"));

        Assert.Equal(0, code);
        Assert.Contains("[1] Kazakhstan", output, StringComparison.Ordinal);
        Assert.Contains("Torture", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cache, "dense")));
    });

    [Fact]
    public async Task Eval_JsonLexical_NoDenseModelAndNoLexicalTwin()
    {
        var (code, output, _) = await CliRunner.RunAsync(string.Empty, "eval", "--questions", DevQuestions, "--corpus", Excerpt, "--json", "--warmup", "0");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var corpus = json.RootElement.GetProperty("corpus");
        Assert.False(corpus.TryGetProperty("dense_model", out _), output);
        Assert.DoesNotContain(json.RootElement.GetProperty("systems").EnumerateArray(), s => s.GetProperty("name").GetString() == "rightsbot-lexical");
    }

    [Fact]
    public Task Index_DenseOn_EmbedsThenSecondRunReusesTheEmbeddings() => WithOneReportCorpusAsync(async (corpus, cache) =>
    {
        var settings = DenseOn(cache);

        var (first, out1, _) = await CliRunner.RunWithSettingsAsync(settings, string.Empty, "index", "--corpus", corpus);
        var (second, out2, _) = await CliRunner.RunWithSettingsAsync(settings, string.Empty, "index", "--corpus", corpus);

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        var line1 = EmbeddingsLine(out1);
        var line2 = EmbeddingsLine(out2);
        Assert.Contains("all-MiniLM-L6-v2", line1, StringComparison.Ordinal);
        Assert.Contains("made and cached", line1, StringComparison.Ordinal);
        Assert.Contains("cache reused", line2, StringComparison.Ordinal);
    });

    [Fact]
    public Task Index_Lexical_SaysEmbeddingsAreOff() => WithOneReportCorpusAsync(async (corpus, cache) =>
    {
        var settings = new Dictionary<string, string?> { ["Retrieval:Dense"] = "Off", ["Corpus:CachePath"] = cache };

        var (code, output, _) = await CliRunner.RunWithSettingsAsync(settings, string.Empty, "index", "--corpus", corpus);

        Assert.Equal(0, code);
        Assert.StartsWith("embeddings: off", EmbeddingsLine(output), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cache, "dense")));
    });

    // A temporary corpus of one shipped report and a cache folder beside it, deleted afterwards.
    private static Task WithOneReportCorpusAsync(Func<string, string, Task> test) => WithTempFolderAsync("rightsbot-index-", async folder =>
    {
        var corpus = Directory.CreateDirectory(Path.Combine(folder, "corpus")).FullName;
        File.Copy(Path.Combine(CliRunner.RepoRoot, "corpus", "japan-2024.txt"), Path.Combine(corpus, "japan-2024.txt"));
        await test(corpus, Path.Combine(folder, "cache"));
    });

    // The eval's systems are RightsBot, its lexical twin and BM25, and search by meaning ranks better than
    // words alone; returns RightsBot's row.
    private static JsonElement MrrAboveLexicalTwin(JsonElement report)
    {
        var systems = report.GetProperty("systems").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal(["rightsbot", "rightsbot-lexical", "bm25"], systems.Keys);
        var meaning = systems["rightsbot"].GetProperty("mrr").GetDouble();
        var lexical = systems["rightsbot-lexical"].GetProperty("mrr").GetDouble();
        Assert.True(meaning > lexical, $"MRR {meaning} with meaning, {lexical} by words");
        return systems["rightsbot"];
    }

    // A fresh temporary folder for the test, deleted afterwards.
    private static async Task WithTempFolderAsync(string prefix, Func<string, Task> test)
    {
        var folder = Directory.CreateTempSubdirectory(prefix);
        try
        {
            await test(folder.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string?> DenseOn(string cachePath)
        => new() { ["Retrieval:Dense"] = "On", ["Corpus:CachePath"] = cachePath };

    // The progress display shares the output; the summary lines come after it.
    private static string EmbeddingsLine(string output)
        => Assert.Single(output.Split('\n'), l => l.StartsWith("embeddings:", StringComparison.Ordinal)).TrimEnd('\r');
}
