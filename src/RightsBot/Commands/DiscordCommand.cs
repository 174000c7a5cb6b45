using System.CommandLine;
using RightsBot.Discord;
using RightsBot.Discord.Commands;

namespace RightsBot.Commands;

/// <summary><c>discord register-commands</c>: registers the slash commands with Discord (safe to repeat).</summary>
internal static class DiscordCommand
{
    public static Command Create(ConsoleIo io)
    {
        var register = new Command(
            "register-commands",
            "Register /ask, /sources and /help with Discord (PUT /applications/{id}/commands); needs Discord:ApplicationId and Discord__BotToken.");
        register.SetAction(async (_, ct) =>
        {
            await using var services = Hosting.ConsoleServices.Build(io.Error, io.Settings, configure: s => s.AddDiscordRestClient());
            return await DiscordRegisterCommandsRunner.RunAsync(services, io.Output, io.Error, ct).ConfigureAwait(false);
        });
        return new Command("discord", "Discord adapter tasks.") { register };
    }
}
