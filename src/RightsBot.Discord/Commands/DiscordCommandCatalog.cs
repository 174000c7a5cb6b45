using RightsBot.Core.Answering;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Commands;

/// <summary>The slash commands the bot offers, as registered with Discord and as dispatched on arrival.</summary>
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

    // The years a report can have; Discord checks them before the bot sees the command.
    private const int FirstYear = 1999;
    private const int LastYear = 2100;

    /// <summary>Discord's limit on a string option's length.</summary>
    private const int DiscordMaxStringLength = 6000;

    /// <summary>The command definitions for <c>PUT /applications/{id}/commands</c>.</summary>
    public static IReadOnlyList<DiscordApplicationCommand> Build(LimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var question = new DiscordApplicationCommandOption(DiscordApplicationCommandOption.StringType, QuestionOption, "What you want to know",
            Required: true, MinLength: 2, MaxLength: Math.Min(limits.MaxQuestionLength, DiscordMaxStringLength));
        var isPrivate = new DiscordApplicationCommandOption(DiscordApplicationCommandOption.BooleanType, PrivateOption, "Only you see the answer");
        return
        [
            new(Ask, "Ask the human rights reports a question; the answer cites the paragraphs it uses.",
            [
                question,
                Country("Only this country's reports"),
                Year(YearOption, "Only the report of this year"),
                isPrivate,
            ]),
            new(Compare, "Compare a country's reports across years, or countries on one topic: one line per report.",
            [
                question,
                Country("The country whose reports to compare"),
                Year(FromOption, "The earlier report's year (with to)"),
                Year(ToOption, "The later report's year (with from)"),
                isPrivate,
            ]),
            new(Settings, "Show or set this server's default country (setting it needs Manage Server).",
            [
                Country("The country questions without one are answered for; \"clear\" removes it"),
                new(DiscordApplicationCommandOption.BooleanType, ClearOption, "Remove the server's default country"),
            ]),
            new(Sources, "List the reports the bot answers from."),
            new(Help, "How to use the bot."),
        ];
    }

    private static DiscordApplicationCommandOption Country(string description)
        => new(DiscordApplicationCommandOption.StringType, CountryOption, description, Autocomplete: true, MaxLength: 100);

    private static DiscordApplicationCommandOption Year(string name, string description)
        => new(DiscordApplicationCommandOption.IntegerType, name, description, MinValue: FirstYear, MaxValue: LastYear);
}
