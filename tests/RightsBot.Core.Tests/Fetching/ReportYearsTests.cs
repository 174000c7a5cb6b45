using RightsBot.Core.Fetching;

namespace RightsBot.Core.Tests.Fetching;

public class ReportYearsTests
{
    private const int CurrentYear = 2026;

    [Theory]
    [InlineData("2016-2024", "2016 2017 2018 2019 2020 2021 2022 2023 2024", false)]
    [InlineData("2023,2024", "2023 2024", false)]
    [InlineData("latest", "", true)]
    [InlineData("LATEST", "", true)]
    [InlineData("2024", "2024", false)]
    [InlineData(" 2019 - 2020 , 2016, latest", "2016 2019 2020", true)]
    [InlineData("2020,2019-2021,2020", "2019 2020 2021", false)]
    [InlineData("2026", "2026", false)]
    public void Parse_YearsRangesAndLatest(string text, string years, bool latest)
    {
        var parsed = ReportYears.Parse(text, CurrentYear);

        Assert.Equal(years, string.Join(' ', parsed.Years));
        Assert.Equal(latest, parsed.Latest);
    }

    [Theory]
    [InlineData("2015", "2015 is outside 2016–2026")]
    [InlineData("2027", "2027 is outside 2016–2026")]
    [InlineData("2024-2016", "'2024-2016' runs backwards")]
    [InlineData("twenty", "'twenty' is not a year")]
    [InlineData("+2016", "'+2016' is not a year")]
    [InlineData("", "a year is missing")]
    [InlineData("2016,", "a year is missing")]
    [InlineData("2016-", "a year is missing")]
    [InlineData("newest", "'newest' is not a year")]
    public void Parse_BadText_SaysWhy(string text, string message)
        => Assert.StartsWith(message, Assert.Throws<FormatException>(() => ReportYears.Parse(text, CurrentYear)).Message, StringComparison.Ordinal);

    [Fact]
    public void Every_TheCatalogsYearsAndTheLatest()
    {
        var every = ReportYears.Every(ReportCatalog.Shipped);

        Assert.Equal(Enumerable.Range(2016, 9), every.Years);
        Assert.True(every.Latest);
    }
}
