namespace RightsBot.Discord.Models;

/// <summary>A message component: an action row (type 1) holding buttons (type 2).</summary>
internal sealed record DiscordComponent(
    int Type,
    IReadOnlyList<DiscordComponent>? Components = null,
    int? Style = null,
    string? Label = null,
    string? CustomId = null)
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int SecondaryStyle = 2;

    public static DiscordComponent ActionRow(IReadOnlyList<DiscordComponent> buttons) => new(ActionRowType, buttons);

    public static DiscordComponent Button(string label, string customId) => new(ButtonType, null, SecondaryStyle, label, customId);
}
