namespace RightsBot.Discord.Models;

/// <summary>
/// A message component: an action row (type 1) holding up to five buttons (type 2) or one string select menu
/// (type 3, up to 25 options).
/// </summary>
internal sealed record DiscordComponent(
    int Type,
    IReadOnlyList<DiscordComponent>? Components = null,
    int? Style = null,
    string? Label = null,
    string? CustomId = null,
    IReadOnlyList<DiscordSelectOption>? Options = null,
    string? Placeholder = null,
    int? MinValues = null,
    int? MaxValues = null,
    bool? Disabled = null)
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int StringSelectType = 3;
    public const int SecondaryStyle = 2;

    /// <summary>Discord's limits: rows a message holds, buttons a row holds, options a select menu holds.</summary>
    public const int MaxRows = 5;
    public const int MaxButtonsPerRow = 5;
    public const int MaxSelectOptions = 25;

    /// <summary>Discord's limit on a select menu's placeholder, and on an option's label, value and description.</summary>
    public const int MaxPlaceholderLength = 150;
    public const int MaxOptionTextLength = 100;

    public static DiscordComponent ActionRow(IReadOnlyList<DiscordComponent> components) => new(ActionRowType, components);

    public static DiscordComponent Button(string label, string customId, bool disabled = false)
        => new(ButtonType, null, SecondaryStyle, label, customId, Disabled: disabled ? true : null);

    /// <summary>A single-choice string select menu.</summary>
    public static DiscordComponent StringSelect(string customId, string placeholder, IReadOnlyList<DiscordSelectOption> options)
        => new(StringSelectType, CustomId: customId, Options: options, Placeholder: placeholder, MinValues: 1, MaxValues: 1);
}
