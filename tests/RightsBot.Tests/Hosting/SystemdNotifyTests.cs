using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using RightsBot.TestSupport;

namespace RightsBot.Tests.Hosting;

// deploy/rightsbot.service is Type=notify: serve must tell systemd READY=1 once it listens and STOPPING=1 on SIGTERM.
// The host knows it runs under systemd when its parent process is named "systemd" and NOTIFY_SOCKET is set, so the
// test runs the real program as the child of a shell copied under that name, with a socket of its own.
[Collection("cli")]
public sealed class SystemdNotifyTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rightsbot-systemd-");

    [Fact]
    public async Task Serve_UnderSystemd_NotifiesReadyOnceListeningAndStoppingOnSigterm()
    {
        var fakeSystemd = Path.Combine(_root.FullName, "systemd");
        File.Copy("/bin/sh", fakeSystemd);
        var socketPath = Path.Combine(_root.FullName, "notify");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo(fakeSystemd, ["-c", "dotnet \"$1\" serve & echo $!; wait $!", "systemd", ProgramPath()])
        {
            WorkingDirectory = _root.FullName,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in ServeSettings.OneReport(port))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["NOTIFY_SOCKET"] = socketPath;
        using var shell = Process.Start(start)!;
        try
        {
            var pid = int.Parse((await shell.StandardOutput.ReadLineAsync())!, System.Globalization.CultureInfo.InvariantCulture);

            var first = await ReceiveAsync(socket);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var live = await http.GetAsync(new Uri("/healthz/live", UriKind.Relative));
            using var kill = Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            var second = await ReceiveAsync(socket);
            await shell.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal("READY=1", first);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal("STOPPING=1", second);
            Assert.Equal(0, shell.ExitCode);
        }
        finally
        {
            if (!shell.HasExited)
            {
                shell.Kill(entireProcessTree: true);
            }
        }
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static async Task<string> ReceiveAsync(Socket socket)
    {
        var buffer = new byte[512];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var received = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, received);
    }

    // The program as built beside the tests (same configuration).
    private static string ProgramPath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Parent!.Name;
        return Path.Combine(CliRunner.RepoRoot, "src", "RightsBot", "bin", configuration, testOutput.Name, "RightsBot.dll");
    }
}
