namespace RightsBot.Discord.Models;

/// <summary>An option of a slash command definition, its description localised as the command's is.</summary>
internal sealed record DiscordApplicationCommandOption(
    int Type,
    string Name,
    string Description,
    bool? Required = null,
    bool? Autocomplete = null,
    int? MinValue = null,
    int? MaxValue = null,
    int? MinLength = null,
    int? MaxLength = null,
    IReadOnlyDictionary<string, string>? DescriptionLocalizations = null)
{
    public const int StringType = 3;
    public const int IntegerType = 4;
    public const int BooleanType = 5;
}
