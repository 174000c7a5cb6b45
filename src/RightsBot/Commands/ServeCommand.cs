using System.CommandLine;
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
            await using var app = WebHost.Build([]);
            await app.RunAsync(ct).ConfigureAwait(false);
            return CliApp.Ok;
        });
        return command;
    }
}
