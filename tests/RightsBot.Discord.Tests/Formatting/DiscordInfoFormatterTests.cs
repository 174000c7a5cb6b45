using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
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

        var message = DiscordInfoFormatter.Reports(reports);

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
        var message = DiscordInfoFormatter.Reports([]);

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
        var message = DiscordInfoFormatter.Reports([new("Saint_Kitts *and* Nevis", 2016, "t", 1), new("Saint_Kitts *and* Nevis", 2024, "t", 1)]);

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
        => Assert.Contains(DiscordText.EscapeMarkdown(words), Assert.Single(DiscordInfoFormatter.Help().Embeds!).Description!, StringComparison.Ordinal);

    [Fact]
    public void Help_Always_NamesEveryCommand()
    {
        var description = Assert.Single(DiscordInfoFormatter.Help().Embeds!).Description!;

        Assert.All(
            RightsBot.Discord.Commands.DiscordCommandCatalog.Build(new RightsBot.Core.Answering.LimitsOptions()),
            command => Assert.Contains($"**/{command.Name}**", description, StringComparison.Ordinal));
        Assert.Contains("Paragraph [n]", description, StringComparison.Ordinal);
        Assert.Contains("Other years of this report", description, StringComparison.Ordinal);
        Assert.Contains("Latest report", description, StringComparison.Ordinal);
    }
}
