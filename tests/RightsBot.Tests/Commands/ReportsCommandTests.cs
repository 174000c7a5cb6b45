using System.Text;
using System.Text.Json;
using RightsBot.Commands;
using RightsBot.TestSupport.ReportSite;

namespace RightsBot.Tests.Commands;

// reports fetch as a user runs it, against a loopback stand-in of state.gov, through the real composition: the
// shipped catalog, the HTTP client with its retries, the progress bar and the closing summary.
[Collection("cli")]
public sealed class ReportsCommandTests : IAsyncLifetime
{
    private static readonly string Kazakhstan2016 = ReportSiteStandIn.ReportPath(2016, "kazakhstan");
    private static readonly string Brazil2016 = ReportSiteStandIn.ReportPath(2016, "brazil");

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("rightsbot-fetch-");
    private ReportSiteStandIn _site = null!;

    private string Corpus => Path.Combine(_work.FullName, "reports");

    public async Task InitializeAsync() => _site = await ReportSiteStandIn.StartAsync(Path.Combine(CliRunner.Fixtures, "html"));

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _work.Delete(recursive: true);
    }

    [Fact]
    public async Task Fetch_FirstRunThenSecond_StoresThePagesThenFindsThemUnchanged()
    {
        _site.FailOnce(Brazil2016, 503, "0");

        var (code, output, error) = await FetchAsync("--years", "2016", "--countries", "Kazakhstan,Brazil");
        var (again, secondOutput, _) = await FetchAsync("--years", "2016", "--countries", "Kazakhstan,Brazil");

        Assert.Equal(0, code);
        Assert.Contains("reports: 2 selected  new: 2  changed: 0  unchanged: 0  failed: 0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error", error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([503, 200], _site.Requests.Where(r => r.Path == Brazil2016).Take(2).Select(r => r.Status)); // retried after the 503
        Assert.True(File.Exists(Path.Combine(Corpus, "2016", "kazakhstan.html")));
        Assert.True(File.Exists(Path.Combine(Corpus, "2016", "brazil.html")));
        Assert.Equal(0, again);
        Assert.Contains("reports: 2 selected  new: 0  changed: 0  unchanged: 2  failed: 0", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_SomeFail_ExitsOneAndListsThemByName()
    {
        _site.FailAlways(Kazakhstan2016, 404);

        var (code, output, _) = await FetchAsync("--years", "2016", "--countries", "Kazakhstan,Brazil");

        Assert.Equal(1, code);
        Assert.Contains("new: 1  changed: 0  unchanged: 0  failed: 1", output, StringComparison.Ordinal);
        Assert.Contains("  2016/kazakhstan: HTTP 404 Not Found (http://127.0.0.1", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Corpus, "2016", "kazakhstan.html")));
    }

    [Fact]
    public async Task Fetch_ChangedPage_IsFetchedAgainAndTheNextIndexAnswersFromIt()
    {
        await FetchAsync("--years", "2016", "--countries", "Kazakhstan");
        var page = Encoding.UTF8.GetString(_site.PageAt(Kazakhstan2016)).Replace("600 torture complaints", "700 torture complaints", StringComparison.Ordinal);
        _site.SetPage(Kazakhstan2016, Encoding.UTF8.GetBytes(page));

        var (code, output, _) = await FetchAsync("--years", "2016", "--countries", "Kazakhstan");
        var (indexed, indexOutput, _) = await CliRunner.RunWithSettingsAsync(Settings(), string.Empty, "index", "--corpus", Corpus);
        var (_, answer, _) = await CliRunner.RunWithSettingsAsync(Settings(), string.Empty, "ask", "How many torture complaints does the prosecutor general register a year?", "--json", "--corpus", Corpus);

        Assert.Equal(0, code);
        Assert.Contains("new: 0  changed: 1  unchanged: 0", output, StringComparison.Ordinal);
        Assert.Equal(0, indexed);
        Assert.Contains("reports: 1 ", indexOutput, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(answer);
        Assert.Contains("700 torture complaints", json.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_Interrupted_SaysSoLeavesNoPartialFileAndTheNextRunContinues()
    {
        _site.StallHalfway(Kazakhstan2016);
        using var stop = new CancellationTokenSource();
        using var output = new StringWriter();
        var run = CliApp.RunAsync(Args("--years", "2016", "--countries", "Kazakhstan,Brazil"), new ConsoleIo(TextReader.Null, output, TextWriter.Null, Settings()), stop.Token);
        await _site.Stalled.WaitAsync(TimeSpan.FromSeconds(30));

        await stop.CancelAsync();

        Assert.Equal(1, await run);
        Assert.Contains("stopped after 1 of 2 reports (new 1 · changed 0 · unchanged 0 · failed 0)", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(["brazil.html"], Directory.GetFiles(Path.Combine(Corpus, "2016")).Select(Path.GetFileName));
        var (code, next, _) = await FetchAsync("--years", "2016", "--countries", "Kazakhstan,Brazil");
        Assert.Equal(0, code);
        Assert.Contains("new: 1  changed: 0  unchanged: 1  failed: 0", next, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--years", "2015")]
    [InlineData("--years", "2024-2016")]
    [InlineData("--years", "soon")]
    [InlineData("--countries", "Narnia")]
    [InlineData("--countries", ",")]
    [InlineData("--source", "ftp://www.state.gov")]
    [InlineData("--source", "www.state.gov")]
    public async Task Fetch_BadArguments_ExitTwoWithOneLineAndAskNothing(string option, string value)
    {
        var (code, _, error) = await FetchAsync(option, value);

        Assert.Equal(2, code);
        Assert.StartsWith($"error: {option}: ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Empty(_site.Requests);
        Assert.False(File.Exists(Path.Combine(Corpus, "reports.json")));
    }

    [Fact]
    public async Task Fetch_CorpusIsAFile_ExitsTwo()
    {
        var file = Path.Combine(_work.FullName, "report.txt");
        await File.WriteAllTextAsync(file, "x");

        var (code, _, error) = await CliRunner.RunWithSettingsAsync(Settings(), string.Empty, "reports", "fetch", "--source", _site.BaseUrl.ToString(), "--corpus", file);

        Assert.Equal(2, code);
        Assert.StartsWith("error: --corpus: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_WithoutASubcommand_ExitsTwo()
        => Assert.Equal(2, (await CliRunner.RunAsync(string.Empty, "reports")).Code);

    private Task<(int Code, string Out, string Err)> FetchAsync(params string[] options) => CliRunner.RunWithSettingsAsync(Settings(), string.Empty, Args(options));

    private string[] Args(params string[] options)
        => ["reports", "fetch", "--corpus", Corpus, .. options.Contains("--source") ? [] : new[] { "--source", _site.BaseUrl.ToString() }, .. options];

    // Lexical mode, no pause between requests, and an index cache of the test's own.
    private Dictionary<string, string?> Settings() => new(CliRunner.Lexical)
    {
        ["Reports:DelayMilliseconds"] = "0",
        ["Corpus:CachePath"] = Path.Combine(_work.FullName, "cache"),
    };
}
