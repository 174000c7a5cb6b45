using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using RightsBot.Discord.Rest;

namespace RightsBot.Discord.Commands;

/// <summary>
/// The body of the CLI command <c>discord register-commands</c>: registers, prints one line per command, and maps
/// failures to the project's exit codes (0 done, 1 Discord or network failure, 2 bad configuration) with a
/// one-line message and no stack trace.
/// </summary>
internal static class DiscordRegisterCommandsRunner
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        try
        {
            var registrar = services.GetRequiredService<DiscordCommandRegistrar>();
            var commands = await registrar.RegisterAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Registered {commands.Count} global commands (replacing any earlier set):").ConfigureAwait(false);
            foreach (var line in DiscordCommandRegistrar.Describe(commands))
            {
                await output.WriteLineAsync("  " + line).ConfigureAwait(false);
            }

            return 0;
        }
        catch (DiscordConfigurationException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync(string.Join(" ", ex.Failures)).ConfigureAwait(false);
            return 2;
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or TimeoutRejectedException)
        {
            await error.WriteLineAsync("Registering the commands failed: " + ex.Message).ConfigureAwait(false);
            return 1;
        }
    }
}
