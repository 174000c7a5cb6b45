using System.Net;
using RightsBot.Commands;
using RightsBot.Tests.Hosting;
using RightsBot.TestSupport;

namespace RightsBot.Tests.Commands;

// serve checks its configuration before it starts: each bad setting exits 2 with one line naming it, no stack trace.
[Collection("cli")]
public sealed class ServeCommandTests : IDisposable
{
    private static readonly string HexKey = new('a', 64);
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
