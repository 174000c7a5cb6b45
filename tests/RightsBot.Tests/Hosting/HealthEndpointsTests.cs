using RightsBot.TestSupport;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Adapters.Readiness;
using RightsBot.Hosting;

namespace RightsBot.Tests.Hosting;

[Collection("cli")]
public sealed class HealthEndpointsTests : IDisposable
{
    private readonly List<DirectoryInfo> _folders = [];

    public void Dispose() => _folders.ForEach(f => f.Delete(recursive: true));
    [Fact]
    public async Task Healthz_AfterWarmUp_ReportsCounts()
    {
        var port = LoopbackPort.Free();
        await using var app = WebHost.Build([], ServeSettings.OneReport(port));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        HttpResponseMessage response;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<Health>();
        Assert.Equal(new Health("ok", 1, body!.Passages, "off"), body); // Retrieval:Dense=Off: search by meaning is off
        Assert.True(body.Passages > 10);
        await app.StopAsync();
    }

    // The only report is a named pipe: the index loader blocks reading it until the test writes the report in, so
    // "before the index loads" lasts exactly as long as the test wants.
    [Fact]
    public async Task Ready_WhileIndexLoads_Is503WithReasonThen200_LiveIs200Throughout()
    {
        var corpus = TempFolder("rightsbot-health-");
        var pipe = Path.Combine(corpus.FullName, "japan-2024.txt");
        await MakePipeAsync(pipe);
        var port = LoopbackPort.Free();
        await using var app = WebHost.Build([], ServeSettings.OneReport(port, ("Corpus:Path", corpus.FullName)));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            var (liveCode, live) = await GetAsync(http, "/healthz/live");
            var (readyCode, ready) = await GetAsync(http, "/healthz/ready");
            var (healthzCode, _) = await GetAsync(http, "/healthz");

            Assert.Equal((HttpStatusCode.OK, new Probe("healthy", null)), (liveCode, live));
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "unhealthy"), (readyCode, ready.Status));
            Assert.Equal(["index loading"], ready.Reasons ?? []);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, healthzCode);
        }
        finally
        {
            // Opening the pipe to write returns once the loader has it open to read (bounded, should it never come).
            var report = await File.ReadAllBytesAsync(Path.Combine(CliRunner.RepoRoot, "corpus", "japan-2024.txt"));
            await File.WriteAllBytesAsync(pipe, report).WaitAsync(TimeSpan.FromSeconds(60));
        }

        var (code, body) = await WaitForReadyAsync(http);
        Assert.Equal((HttpStatusCode.OK, new Probe("healthy", null)), (code, body));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/healthz/live")).Code);
        await app.StopAsync();
    }

    [Fact]
    public async Task Ready_TelegramEnabled_Is503UntilTheAdapterHasStarted()
    {
        await using var botApi = await BotApiStandIn.StartAsync();
        var state = TempFolder("rightsbot-health-telegram-");
        var port = LoopbackPort.Free();
        await using var app = WebHost.Build([], ServeSettings.OneReport(
            port,
            ("Telegram:Enabled", "true"),
            ("Telegram:BotToken", "42:stand-in"),
            ("Telegram:ApiBaseUrl", botApi.BaseUrl.ToString().TrimEnd('/')),
            ("Telegram:StatePath", state.FullName)));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        // Once the index is loaded, the adapter is all that is missing: getMe has not answered.
        var (code, waiting) = await WaitForAsync(http, "/healthz/ready", p => p.Reasons is [var only] && only != IndexLoadedHealthCheck.Loading);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "unhealthy"), (code, waiting.Status));
        Assert.Equal(["telegram adapter not started"], waiting.Reasons ?? []);

        botApi.AnswerGetMe();
        Assert.Equal((HttpStatusCode.OK, new Probe("healthy", null)), await WaitForReadyAsync(http));
        await app.StopAsync();
    }

    [Fact]
    public async Task Ready_DiscordEnabled_ExpectedBeforeStartAndStartedOnceListening()
    {
        var port = LoopbackPort.Free();
        await using var app = WebHost.Build([], ServeSettings.OneReport(
            port,
            ("Discord:Enabled", "true"),
            ("Discord:ApplicationId", "123456789012345678"),
            ("Discord:PublicKey", new string('a', 64))));
        var readiness = app.Services.GetRequiredService<AdapterReadiness>();
        Assert.Equal(["discord"], readiness.NotStarted);

        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        Assert.Equal((HttpStatusCode.OK, new Probe("healthy", null)), await WaitForReadyAsync(http));
        Assert.Empty(readiness.NotStarted);
        await app.StopAsync();
    }

    private DirectoryInfo TempFolder(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix);
        _folders.Add(folder);
        return folder;
    }

    private static Task<(HttpStatusCode Code, Probe Body)> WaitForReadyAsync(HttpClient http)
        => WaitForAsync(http, "/healthz/ready", p => p.Status == "healthy");

    // Polls until the probe says what the test waits for (the index of one report loads in well under a second).
    private static async Task<(HttpStatusCode Code, Probe Body)> WaitForAsync(HttpClient http, string path, Func<Probe, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var result = await GetAsync(http, path);
            if (until(result.Body) || DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<(HttpStatusCode Code, Probe Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<Probe>())!);
    }

    private static async Task MakePipeAsync(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        await mkfifo.WaitForExitAsync();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private sealed record Health(string Status, int Reports, int Passages, string Meaning);

    private sealed record Probe(string Status, string[]? Reasons);
}
