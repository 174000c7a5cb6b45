namespace RightsBot.Discord.Models;

/// <summary>Discord's interaction callback (response) types.</summary>
internal static class DiscordResponseType
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int ApplicationCommandAutocompleteResult = 8;
}
