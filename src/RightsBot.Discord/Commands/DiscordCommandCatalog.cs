using RightsBot.Core.Answering;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Commands;

/// <summary>The slash commands the bot offers, as registered with Discord and as dispatched on arrival.</summary>
internal static class DiscordCommandCatalog
{
    public const string Ask = "ask";
    public const string Sources = "sources";
    public const string Help = "help";

    public const string QuestionOption = "question";
    public const string CountryOption = "country";
    public const string YearOption = "year";
    public const string PrivateOption = "private";

    /// <summary>Discord's limit on a string option's length.</summary>
    private const int DiscordMaxStringLength = 6000;

    /// <summary>The command definitions for <c>PUT /applications/{id}/commands</c>.</summary>
    public static IReadOnlyList<DiscordApplicationCommand> Build(LimitsOptions limits) =>
    [
        new(Ask, "Ask the human rights reports a question; the answer cites the paragraphs it uses.",
        [
            new(DiscordApplicationCommandOption.StringType, QuestionOption, "What you want to know",
                Required: true, MinLength: 2, MaxLength: Math.Min(limits.MaxQuestionLength, DiscordMaxStringLength)),
            new(DiscordApplicationCommandOption.StringType, CountryOption, "Only this country's reports",
                Autocomplete: true, MaxLength: 100),
            new(DiscordApplicationCommandOption.IntegerType, YearOption, "Only the report of this year",
                MinValue: 1999, MaxValue: 2100),
            new(DiscordApplicationCommandOption.BooleanType, PrivateOption, "Only you see the answer"),
        ]),
        new(Sources, "List the reports the bot answers from."),
        new(Help, "How to use the bot."),
    ];
}
