using RightsBot.Core.Answering;
using RightsBot.Discord.Formatting;

namespace RightsBot.Discord.Tests.Formatting;

public sealed class DiscordComparisonTextTests
{
    private static readonly string LongSentences = string.Concat(Enumerable.Repeat("Police detained many peaceful protesters in the capital. ", 60)).Trim();

    [Theory]
    [InlineData("Kazakhstan 2016: Police detained protesters. [1]", "**Kazakhstan 2016:** Police detained protesters. [1]")]
    [InlineData("Kazakhstan 2023: The 2023 report does not discuss this.", "**Kazakhstan 2023:** The 2023 report does not discuss this.")]
    [InlineData("2016: Police *detained* protesters. [2]", "**2016:** Police \\*detained\\* protesters. [2]")]
    [InlineData("No label here, just text", "No label here, just text")]
    public void Format_OnePart_LabelInBoldTextEscaped(string text, string expected)
    {
        Assert.Equal(expected, DiscordComparisonText.Format([Part(2016, text)], 4096));
    }

    [Fact]
    public void Format_SeveralParts_OneLinePerReportInOrder()
    {
        var text = DiscordComparisonText.Format(
            [Part(2016, "Kazakhstan 2016: A. [1]"), Part(2022, "Kazakhstan 2022: B\nstill B. [2]"), Part(2024, "Kazakhstan 2024: The 2024 report does not discuss this.")],
            4096);

        Assert.Equal(
            ["**Kazakhstan 2016:** A. [1]", "**Kazakhstan 2022:** B still B. [2]", "**Kazakhstan 2024:** The 2024 report does not discuss this."],
            text.Split('\n'));
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(1000)]
    [InlineData(300)]
    public void Format_LongFirstYear_TrimmedAtASentenceAndEveryYearStays(int room)
    {
        var text = DiscordComparisonText.Format(
            [Part(2016, $"Kazakhstan 2016: {LongSentences} [1]"), Part(2024, $"Kazakhstan 2024: {LongSentences} [2]"), Part(2023, "Kazakhstan 2023: Short. [3]")],
            room);

        Assert.True(text.Length <= room, $"{text.Length} > {room}");
        var lines = text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("**Kazakhstan 2016:** Police", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("capital.… [1]", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("… [2]", lines[1], StringComparison.Ordinal);
        Assert.Equal("**Kazakhstan 2023:** Short. [3]", lines[2]);
    }

    private static ComparisonPart Part(int year, string text) => new("Kazakhstan", year, true, text, []);
}
