using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Commands;

/// <summary>
/// The slash commands the bot offers, as registered with Discord and as dispatched on arrival. Descriptions come from
/// the catalogue of <see cref="BotTexts"/>: English, and Russian for Russian clients (Discord has no Kazakh locale).
/// Command and option names stay English, as users type them.
/// </summary>
internal static class DiscordCommandCatalog
{
    public const string Ask = "ask";
    public const string Compare = "compare";
    public const string Settings = "settings";
    public const string Sources = "sources";
    public const string Help = "help";

    public const string QuestionOption = "question";
    public const string CountryOption = "country";
    public const string YearOption = "year";
    public const string FromOption = "from";
    public const string ToOption = "to";
    public const string PrivateOption = "private";
    public const string ClearOption = "clear";

    /// <summary>The Discord locales a description is given in besides English, and the bot's language for each.</summary>
    public static readonly IReadOnlyList<(string Locale, Language Language)> Locales = [("ru", Language.Russian)];

    // The years a report can have; Discord checks them before the bot sees the command.
    private const int FirstYear = 1999;
    private const int LastYear = 2100;

    /// <summary>Discord's limit on a string option's length.</summary>
    private const int DiscordMaxStringLength = 6000;

    /// <summary>The command definitions for <c>PUT /applications/{id}/commands</c>.</summary>
    public static IReadOnlyList<DiscordApplicationCommand> Build(LimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var question = Option(DiscordApplicationCommandOption.StringType, QuestionOption, "discord-option-question") with
        {
            Required = true,
            MinLength = 2,
            MaxLength = Math.Min(limits.MaxQuestionLength, DiscordMaxStringLength),
        };
        var isPrivate = Option(DiscordApplicationCommandOption.BooleanType, PrivateOption, "discord-option-private");
        return
        [
            Command(Ask, "discord-describe-ask",
            [
                question,
                Country("discord-option-country-ask"),
                Year(YearOption, "discord-option-year"),
                isPrivate,
            ]),
            Command(Compare, "discord-describe-compare",
            [
                question,
                Country("discord-option-country-compare"),
                Year(FromOption, "discord-option-from"),
                Year(ToOption, "discord-option-to"),
                isPrivate,
            ]),
            Command(Settings, "discord-describe-settings",
            [
                Country("discord-option-country-settings"),
                Option(DiscordApplicationCommandOption.BooleanType, ClearOption, "discord-option-clear"),
            ]),
            Command(Sources, "discord-describe-sources"),
            Command(Help, "discord-describe-help"),
        ];
    }

    private static DiscordApplicationCommand Command(string name, string key, IReadOnlyList<DiscordApplicationCommandOption>? options = null)
        => new(name, BotTexts.English[key], options, DescriptionLocalizations: Localized(key));

    private static DiscordApplicationCommandOption Option(int type, string name, string key)
        => new(type, name, BotTexts.English[key], DescriptionLocalizations: Localized(key));

    private static DiscordApplicationCommandOption Country(string key)
        => Option(DiscordApplicationCommandOption.StringType, CountryOption, key) with { Autocomplete = true, MaxLength = 100 };

    private static DiscordApplicationCommandOption Year(string name, string key)
        => Option(DiscordApplicationCommandOption.IntegerType, name, key) with { MinValue = FirstYear, MaxValue = LastYear };

    private static Dictionary<string, string> Localized(string key)
        => Locales.ToDictionary(l => l.Locale, l => BotTexts.For(l.Language)[key], StringComparer.Ordinal);
}
