using Microsoft.Extensions.Options;
using RightsBot.Discord.Verification;

namespace RightsBot.Discord;

/// <summary>Checks the Discord settings at start-up; the keys an interaction needs are required only when the adapter is enabled.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        try
        {
            options.ResolveApiBaseUri();
        }
        catch (DiscordConfigurationException ex)
        {
            failures.Add(ex.Message);
        }

        if (options.DeferAfter <= TimeSpan.Zero || options.DeferAfter > TimeSpan.FromSeconds(2.5))
        {
            failures.Add("Discord:DeferAfter must be between 0 and 2.5 seconds (Discord waits 3 seconds for a first response).");
        }

        if (options.Enabled)
        {
            if (!IsSnowflake(options.ApplicationId))
            {
                failures.Add("Discord:ApplicationId must be the numeric application id from the Developer Portal (General Information).");
            }

            if (!DiscordSignatureVerifier.IsValidPublicKeyHex(options.PublicKey))
            {
                failures.Add("Discord:PublicKey must be the application's public key: 64 hex characters from the Developer Portal (General Information).");
            }

            if (string.IsNullOrWhiteSpace(options.StatePath))
            {
                failures.Add("Discord:StatePath must name the folder for the servers' settings (default .state/discord).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>True for a Discord id: digits only, at most 20 of them.</summary>
    internal static bool IsSnowflake(string? value)
        => !string.IsNullOrEmpty(value) && value.Length <= 20 && value.All(char.IsAsciiDigit);
}
