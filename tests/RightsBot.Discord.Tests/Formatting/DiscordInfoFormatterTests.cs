using RightsBot.Core.Answering;
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
        Assert.Equal("1748 reports", embed.Title);
        Assert.True(embed.Description!.Length <= DiscordAnswerFormatter.DescriptionLimit);
        Assert.Matches(@"…and \d+ more\.$", embed.Description);
        Assert.True(embed.TotalLength <= DiscordAnswerFormatter.EmbedTotalLimit);
        Assert.Equal(64, message.Flags);
    }

    [Fact]
    public void Reports_None_SaysSoPrivately()
    {
        var message = DiscordInfoFormatter.Reports([]);

        Assert.Contains("No reports", message.Content, StringComparison.Ordinal);
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
    public void Help_Always_NamesEveryCommand()
    {
        var description = Assert.Single(DiscordInfoFormatter.Help().Embeds!).Description!;

        Assert.Contains("/ask", description, StringComparison.Ordinal);
        Assert.Contains("/sources", description, StringComparison.Ordinal);
        Assert.Contains("Paragraph [n]", description, StringComparison.Ordinal);
    }
}
