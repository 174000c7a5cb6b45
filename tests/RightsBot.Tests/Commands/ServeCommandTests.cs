using System.Diagnostics;
using System.Net;
using System.Text;
using RightsBot.Commands;
using RightsBot.Tests.Hosting;
using RightsBot.TestSupport;
using RightsBot.TestSupport.OpenAI;

namespace RightsBot.Tests.Commands;

// serve checks its configuration before it starts: each bad setting exits 2 with one line naming it, no stack trace.
// And serve as an operator runs it: its own process, stopped with SIGTERM (systemctl stop) while an answer is written.
[Collection("cli")]
public sealed class ServeCommandTests : IDisposable
{
    private const string Secret = "serve-sigterm-secret";
    private static readonly string HexKey = new('a', 64);

    // The model takes this long; longer than the 2 seconds System.CommandLine gives a command after a signal.
    private static readonly TimeSpan SlowModel = TimeSpan.FromSeconds(5);
    private readonly DirectoryInfo _empty = Directory.CreateTempSubdirectory("rightsbot-serve-empty-");

    [Theory]
    [InlineData("Telegram:BotToken", "Telegram:Enabled=true")]
    [InlineData("Telegram:BotToken", "Telegram:Enabled=true", "Telegram:BotToken=no-colon-so-not-a-token")]
    [InlineData("Discord:ApplicationId", "Discord:Enabled=true", "Discord:PublicKey={hexkey}")]
    [InlineData("Discord:ApplicationId", "Discord:Enabled=true", "Discord:ApplicationId=my-bot", "Discord:PublicKey={hexkey}")]
    [InlineData("Discord:PublicKey", "Discord:Enabled=true", "Discord:ApplicationId=123456789012345678")]
    [InlineData("Discord:PublicKey", "Discord:Enabled=true", "Discord:ApplicationId=123456789012345678", "Discord:PublicKey=abc123")]
    [InlineData("Discord:PublicKey", "Discord:Enabled=true", "Discord:ApplicationId=123456789012345678", "Discord:PublicKey={hexkey}0")]
    [InlineData("Discord:PublicKey", "Discord:Enabled=true", "Discord:ApplicationId=123456789012345678", "Discord:PublicKey=gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg")]
    [InlineData("Corpus:Path", "Corpus:Path=/nonexistent/rightsbot-corpus")]
    [InlineData("Corpus:Path", "Corpus:Path={empty}")]
    [InlineData("Corpus:Path", "Corpus:Path=/proc/sys/vm/compact_memory")] // write-only: unreadable even for root
    [InlineData("Telegram:WebhookUrl", "Telegram:Enabled=true", "Telegram:BotToken=42:token", "Telegram:Mode=Webhook", "Telegram:SecretToken=s3cret", "Telegram:WebhookUrl=http://bot.example.org/telegram/webhook")]
    [InlineData("Telegram:WebhookUrl", "Telegram:Enabled=true", "Telegram:BotToken=42:token", "Telegram:Mode=Webhook", "Telegram:SecretToken=s3cret", "Telegram:WebhookUrl=bot.example.org/telegram/webhook")]
    [InlineData("Host:ShutdownSeconds", "Host:ShutdownSeconds=0")]
    public async Task Serve_BadSetting_Exits2WithOneLineNamingIt(string setting, params string[] settings)
    {
        var (code, output, error) = await ServeAsync(settings);

        Assert.Equal(2, code);
        var line = Assert.Single(Lines(error));
        Assert.StartsWith("error: configuration: " + setting, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Serve_SeveralBadSettings_OneLineNamingEach()
    {
        var (code, _, error) = await ServeAsync(["Telegram:Enabled=true", "Corpus:Path={empty}"]);

        Assert.Equal(2, code);
        var line = Assert.Single(Lines(error));
        Assert.Contains("Telegram:BotToken", line, StringComparison.Ordinal);
        Assert.Contains("Corpus:Path", line, StringComparison.Ordinal);
    }

    // The control: the same base settings with nothing wrong start the server, which runs until stopped (exit 0).
    [Fact]
    public async Task Serve_GoodSettings_RunsUntilStopped()
    {
        var port = LoopbackPort.Free();
        using var stop = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = ServeSettings.OneReport(port, ("Telegram:Enabled", "false"), ("Discord:Enabled", "false"));
        var serve = CliApp.RunAsync(["serve"], new ConsoleIo(new StringReader(string.Empty), output, error, settings), stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var live = await WaitForLiveAsync(http, serve);
        await stop.CancelAsync();
        var code = await serve.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal(0, code);
        Assert.DoesNotContain("error:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_SigtermWhileAnAnswerIsBeingWritten_SendsTheAnswerThenExits0()
    {
        await using var model = await FakeOpenAIServer.StartAsync();
        model.Enqueue(ScriptedReply.Error(400) with { Delay = SlowModel });
        await using var telegram = await TelegramApiRecorder.StartAsync();
        var port = LoopbackPort.Free();
        var output = new StringBuilder();
        using var serve = StartServe(port, telegram.BaseUrl, model.Endpoint, output);
        try
        {
            await WaitUntilReadyAsync(port, serve, output);
            var asked = model.NextRequestAsync();
            Assert.Equal(HttpStatusCode.OK, await PostUpdateAsync(port));
            await asked.WaitAsync(TimeSpan.FromSeconds(30));

            using (var kill = Process.Start("kill", ["-TERM", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await serve.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

            Assert.True(serve.ExitCode == 0, $"exit {serve.ExitCode}:\n{output}");
            Assert.Contains("sendMessage", telegram.Methods);
        }
        finally
        {
            if (!serve.HasExited)
            {
                serve.Kill(entireProcessTree: true);
            }
        }
    }

    private static Process StartServe(int port, Uri telegram, Uri model, StringBuilder output)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "RightsBot.dll"), "serve"])
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Corpus__Path"] = Path.Combine(CliRunner.RepoRoot, "corpus", "japan-2024.txt"),
            ["Corpus__CachePath"] = string.Empty,
            ["Retrieval__Dense"] = "Off",
            ["Telegram__Enabled"] = "true",
            ["Telegram__BotToken"] = "7001:serve-sigterm",
            ["Telegram__ApiBaseUrl"] = telegram.ToString(),
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__WebhookUrl"] = $"http://127.0.0.1:{port}/telegram/webhook",
            ["Telegram__SecretToken"] = Secret,
            ["Summarization__Enabled"] = "true",
            ["Summarization__Endpoint"] = model.ToString(),
            ["Summarization__ModelId"] = "slow-model",
            ["Summarization__ApiKey"] = "test-key",
        })
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Append(StringBuilder output, string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static async Task WaitUntilReadyAsync(int port, Process serve, StringBuilder output)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var i = 0; i < 600 && !serve.HasExited; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"serve did not get ready:\n{output}");
    }

    private static async Task<HttpStatusCode> PostUpdateAsync(int port)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"http://127.0.0.1:{port}/telegram/webhook"))
        {
            Content = new StringContent(
                """{"update_id": 100, "message": {"message_id": 1, "date": 1700000000, "chat": {"id": 9, "type": "private"}, "from": {"id": 9, "is_bot": false, "first_name": "A"}, "text": "how are protests treated?"}}""",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    public void Dispose() => _empty.Delete(recursive: true);

    private async Task<(int Code, string Out, string Err)> ServeAsync(string[] settings)
    {
        var values = ServeSettings.OneReport(LoopbackPort.Free());
        foreach (var pair in settings)
        {
            var (key, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            values[key] = value.Replace("{hexkey}", HexKey, StringComparison.Ordinal).Replace("{empty}", _empty.FullName, StringComparison.Ordinal);
        }

        // Should a bad setting pass, serve would run: stopped after a minute, it exits 0 and the test fails.
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var code = await CliApp.RunAsync(["serve"], new ConsoleIo(new StringReader(string.Empty), output, error, values), stop.Token);
        return (code, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static async Task<HttpStatusCode> WaitForLiveAsync(HttpClient http, Task serve)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!serve.IsCompleted && DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz/live", UriKind.Relative));
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50); // not listening yet
            }
        }

        return 0;
    }
}
