namespace RightsBot.Discord.Models;

/// <summary>Discord's interaction types.</summary>
internal static class DiscordInteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int ApplicationCommandAutocomplete = 4;
    public const int ModalSubmit = 5;
}
