using System.Diagnostics;

namespace RightsBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The npm Bot API emulator telegram-test-api, started from tests/telegram-emulator/start.js on a free loopback
/// port for the whole end-to-end collection. Missing node_modules fail the tests loudly instead of skipping them.
/// </summary>
public sealed class TelegramEmulator : IAsyncLifetime
{
    public const string InstallCommand = "npm ci --prefix tests/telegram-emulator";
    private Process? _process;

    public Uri BaseUrl { get; private set; } = null!;

    public static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "telegram-emulator");

    public async Task InitializeAsync()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "telegram-test-api")))
        {
            throw new InvalidOperationException(
                $"The Telegram Bot API emulator is not installed: run `{InstallCommand}` from the repository root (needs Node.js 20 and npm), then run the tests again.");
        }

        var start = new ProcessStartInfo("node", ["start.js", "0", "--exit-with-stdin"])
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("Node.js is not on PATH; the end-to-end tests need it to run the Bot API emulator.", ex);
        }

        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("emulator: " + e.Data); };
        _process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("LISTENING ", StringComparison.Ordinal))
            {
                BaseUrl = new Uri($"http://127.0.0.1:{line["LISTENING ".Length..]}");
                return;
            }
        }

        throw new InvalidOperationException("The emulator exited before it listened; see its output above.");
    }

    public async Task DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
