using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;

namespace RightsBot.Core.Tests.Conversation;

public sealed class ReportListingTests
{
    // "Country year" pairs, in the order GetReportsAsync gives them (by country, then year).
    public static TheoryData<string[], string[]> ListsByCountry => new()
    {
        { [], [] },
        { ["Brazil 2016"], ["Brazil: 2016"] },
        { ["Brazil 2016", "Kazakhstan 2016", "Kazakhstan 2022", "Kazakhstan 2023"], ["Brazil: 2016", "Kazakhstan: 2016, 2022, 2023"] },
        { ["Kazakhstan 2023", "Kazakhstan 2016"], ["Kazakhstan: 2016, 2023"] },
    };

    public static TheoryData<string[], int, string> Summaries => new()
    {
        { ["Brazil 2016"], 8, "Brazil (2016)" },
        { ["Brazil 2016", "Kazakhstan 2016", "Kazakhstan 2022"], 8, "Brazil (2016), Kazakhstan (2016, 2022)" },
        { ["Brazil 2016", "Chad 2020", "Kazakhstan 2016"], 2, "Brazil (2016), Chad (2020) and 1 more country" },
        { ["Brazil 2016", "Chad 2020", "Kazakhstan 2016", "Kenya 2024"], 1, "Brazil (2016) and 3 more countries" },
    };

    [Theory]
    [MemberData(nameof(ListsByCountry))]
    public void Lines_Reports_OneLineACountryWithItsYears(string[] reports, string[] expected)
        => Assert.Equal(expected, ReportListing.Lines(Reports(reports)));

    [Theory]
    [MemberData(nameof(Summaries))]
    public void Summary_Reports_FirstCountriesThenHowManyMore(string[] reports, int maxCountries, string expected)
        => Assert.Equal(expected, ReportListing.Summary(Reports(reports), maxCountries, BotTexts.English));

    [Theory]
    [InlineData(0, "Reports I answer from (0)")]
    [InlineData(1748, "Reports I answer from (1748)")]
    public void Heading_Count_SaysHowMany(int count, string expected)
        => Assert.Equal(expected, ReportListing.Heading(count, BotTexts.English));

    private static List<ReportInfo> Reports(string[] pairs)
        => [.. pairs.Select(p => p.Split(' ')).Select(p => new ReportInfo(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), "title", 10))];
}
