using System.Diagnostics;

namespace RightsBot.Telegram.Benchmarks;

/// <summary>
/// The real program (`RightsBot.dll serve`, as built or published) in a process of its own, configured through
/// environment variables and run from an empty working directory; the load generator is then a client outside it,
/// as Telegram is, and the CPU counted is the bot's alone.
/// </summary>
internal sealed class ExternalBotHost : IBotHost
{
    private readonly Process process;
    private readonly string workDirectory;

    private ExternalBotHost(Process process, string workDirectory, Uri baseAddress)
    {
        this.process = process;
        this.workDirectory = workDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public string CpuScope => "the bot's process alone";

    public static async Task<ExternalBotHost> StartAsync(string root, string program, BotApiStandIn api, bool hybrid, string secret, bool metrics)
    {
        if (!File.Exists(program))
        {
            throw new FileNotFoundException($"{program} not found: build it first (dotnet build -c Release RightsBot.sln) or give the path of a published RightsBot.dll.");
        }

        var port = Ports.Free();
        var workDirectory = Directory.CreateTempSubdirectory("rightsbot-bench-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(program);
        start.ArgumentList.Add("serve");
        var environment = BotSettings.For(root, api, port, hybrid, secret).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        environment["Urls"] = $"http://127.0.0.1:{port}";
        environment["Telegram__StatePath"] = Path.Combine(workDirectory, "state");
        environment["DOTNET_ENVIRONMENT"] = "Production";
        environment["Metrics__Enabled"] = metrics ? "true" : "false";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var embeddingsReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Text.StringBuilder();
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(line);
            }

            if (line.Contains("Passage embeddings ready", StringComparison.Ordinal))
            {
                embeddingsReady.TrySetResult();
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new ExternalBotHost(process, workDirectory, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await WaitReadyAsync(host.BaseAddress, process);
            if (hybrid)
            {
                // Embedding the shipped corpus takes minutes the first time; later starts load the cached vectors.
                await embeddingsReady.Task.WaitAsync(TimeSpan.FromMinutes(30));
            }
        }
        catch
        {
            lock (log)
            {
                Console.Error.WriteLine(log.ToString());
            }

            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    private static async Task WaitReadyAsync(Uri baseAddress, Process process)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with code {process.ExitCode}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the bot did not turn ready within 5 minutes");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM, as systemd stops it; killed if it does not stop in time.
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
        Directory.Delete(workDirectory, recursive: true);
    }
}
