using System.Diagnostics;
using System.Net;
using System.Text;
using RightsBot.TestSupport;
using RightsBot.TestSupport.OpenAI;

namespace RightsBot.Tests.Commands;

// serve as an operator runs it: its own process, stopped with SIGTERM (systemctl stop) while an answer is being written.
public sealed class ServeCommandTests
{
    // The model takes this long; longer than the 2 seconds System.CommandLine gives a command after a signal.
    private static readonly TimeSpan SlowModel = TimeSpan.FromSeconds(5);

    private const string Secret = "serve-sigterm-secret";

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
}
