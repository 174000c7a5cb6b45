using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;
using RightsBot.Discord.Formatting;

namespace RightsBot.Discord.Tests.Formatting;

public sealed class DiscordInfoFormatterTests
{
    [Fact]
    public void Reports_ThousandsOfReports_StaysWithinDescriptionLimitAndCountsTheRest()
    {
        var reports = Enumerable.Range(0, 1748)
            .Select(i => new ReportInfo($"Country number {i}", 2016 + (i % 9), "title", 200))
            .ToList();

        var message = DiscordInfoFormatter.Reports(reports, BotTexts.English);

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal("Reports I answer from (1748)", embed.Title);
        Assert.True(embed.Description!.Length <= DiscordAnswerFormatter.DescriptionLimit);
        Assert.StartsWith("• Country number 0: 2016\n• Country number 1: 2017\n", embed.Description, StringComparison.Ordinal);
        Assert.Matches(@"…and \d+ more countries\.$", embed.Description);
        Assert.True(embed.TotalLength <= DiscordAnswerFormatter.EmbedTotalLimit);
        Assert.Equal(64, message.Flags);
    }

    [Fact]
    public void Reports_None_SaysSoPrivately()
    {
        var message = DiscordInfoFormatter.Reports([], BotTexts.English);

        Assert.Equal(ReportListing.NoReports(BotTexts.English), message.Content);
        Assert.Equal(64, message.Flags);
    }

    [Fact]
    public void Notice_TextOverContentLimit_IsTrimmed()
    {
        var message = DiscordInfoFormatter.Notice(string.Concat(Enumerable.Repeat("A sentence. ", 400)));

        Assert.True(message.Content!.Length <= DiscordInfoFormatter.ContentLimit);
        Assert.EndsWith("…", message.Content, StringComparison.Ordinal);
        Assert.Empty(message.AllowedMentions.Parse);
    }

    [Fact]
    public void Reports_MarkdownInACountryName_EscapedOneLineACountry()
    {
        var message = DiscordInfoFormatter.Reports([new("Saint_Kitts *and* Nevis", 2016, "t", 1), new("Saint_Kitts *and* Nevis", 2024, "t", 1)], BotTexts.English);

        Assert.Equal("• Saint\\_Kitts \\*and\\* Nevis: 2016, 2024", Assert.Single(message.Embeds!).Description);
    }

    public static TheoryData<string> SharedHelpWords => new()
    {
        BotTexts.English.Purpose, BotTexts.English.Honesty, BotTexts.English.HowToAsk, BotTexts.English.AskCommand, BotTexts.English.SourcesCommand, BotTexts.English.HelpCommand,
        BotTexts.English.AnswerSources, BotTexts.English.FullParagraph, BotTexts.English.CompareCommand,
    };

    [Theory]
    [MemberData(nameof(SharedHelpWords))]
    public void Help_Always_CarriesTheSharedWords(string words)
        => Assert.Contains(DiscordText.EscapeMarkdown(words), Assert.Single(DiscordInfoFormatter.Help(BotTexts.English).Embeds!).Description!, StringComparison.Ordinal);

    // A Russian or Kazakh help: the shared words and Discord's own in it, the option names as Discord shows them.
    [Theory]
    [InlineData(Language.Russian, "**Абзац [n]**", "**Другие годы этого доклада**", "**Последний доклад**", "Необязательно: `country` (подсказывается при вводе), `year` и `private`")]
    [InlineData(Language.Kazakh, "**Абзац [n]**", "**Осы баяндаманың басқа жылдары**", "**Соңғы баяндама**", "Қосымша: `country` (теру кезінде ұсынылады), `year` және `private`")]
    public void Help_RussianOrKazakh_InItWithEveryCommandAndTheOptionNamesInCode(Language language, string paragraph, string otherYears, string latest, string askOptions)
    {
        var t = BotTexts.For(language);
        var description = Assert.Single(DiscordInfoFormatter.Help(t).Embeds!).Description!;

        Assert.All(
            new[] { t.Purpose, t.Honesty, t.HowToAsk, t.AskCommand, t.CompareCommand, t.SourcesCommand, t.HelpCommand, t.AnswerSources, t.FullParagraph },
            words => Assert.Contains(DiscordText.EscapeMarkdown(words), description, StringComparison.Ordinal));
        Assert.All(
            RightsBot.Discord.Commands.DiscordCommandCatalog.Build(new RightsBot.Core.Answering.LimitsOptions()),
            command => Assert.Contains($"**/{command.Name}**", description, StringComparison.Ordinal));
        Assert.Contains(paragraph, description, StringComparison.Ordinal);
        Assert.Contains(otherYears, description, StringComparison.Ordinal);
        Assert.Contains(latest, description, StringComparison.Ordinal);
        Assert.Contains(askOptions, description, StringComparison.Ordinal);
        Assert.DoesNotContain("\\`", description, StringComparison.Ordinal);
        Assert.DoesNotContain("Optional", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Russian_HeadingAndTheRestCountedInRussian()
    {
        var reports = Enumerable.Range(0, 1748).Select(i => new ReportInfo($"Country number {i}", 2016, "title", 200)).ToList();

        var embed = Assert.Single(DiscordInfoFormatter.Reports(reports, BotTexts.For(Language.Russian)).Embeds!);

        Assert.Equal("Доклады, по которым я отвечаю (1748)", embed.Title);
        Assert.StartsWith("• Country number 0: 2016\n", embed.Description, StringComparison.Ordinal);
        Assert.Matches(@"…и другие страны \(ещё \d+\)\.$", embed.Description);
        Assert.Equal("Доклады ещё не загружены.", DiscordInfoFormatter.Reports([], BotTexts.For(Language.Russian)).Content);
    }

    [Fact]
    public void Help_Always_NamesEveryCommand()
    {
        var description = Assert.Single(DiscordInfoFormatter.Help(BotTexts.English).Embeds!).Description!;

        Assert.All(
            RightsBot.Discord.Commands.DiscordCommandCatalog.Build(new RightsBot.Core.Answering.LimitsOptions()),
            command => Assert.Contains($"**/{command.Name}**", description, StringComparison.Ordinal));
        Assert.Contains("Paragraph [n]", description, StringComparison.Ordinal);
        Assert.Contains("Other years of this report", description, StringComparison.Ordinal);
        Assert.Contains("Latest report", description, StringComparison.Ordinal);
    }
}
