using System.CommandLine;
using Microsoft.Extensions.Options;
using RightsBot.Hosting;

namespace RightsBot.Commands;

/// <summary><c>serve</c>: runs the HTTP endpoints and every enabled adapter until SIGINT/SIGTERM.</summary>
internal static class ServeCommand
{
    public static Command Create(ConsoleIo io)
    {
        var command = new Command("serve", "Run the enabled chat adapters and the HTTP endpoints until stopped.");
        command.SetAction(async (_, ct) =>
        {
            await using var app = WebHost.Build([], io.Settings);

            // Bad settings are a user error: check them before the host starts, so the user reads one line
            // (exit 2) rather than the host's start-up failure log with a stack trace.
            app.Services.GetService<IStartupValidator>()?.Validate();

            // The index warm-up stops the host on a corpus error and records it here. Taken before running:
            // RunAsync disposes the host's services when it stops (SIGTERM threw ObjectDisposedException after it).
            var outcome = app.Services.GetRequiredService<StartupOutcome>();
            await app.RunAsync(ct).ConfigureAwait(false);
            return outcome.ExitCode == CliApp.Usage ? CliApp.Usage : CliApp.Ok;
        });
        return command;
    }
}
