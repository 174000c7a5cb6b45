using RightsBot.Discord.Settings;

namespace RightsBot.Discord.Tests.Settings;

public sealed class DiscordCountryMatcherTests
{
    private static readonly string[] Countries =
        ["Brazil", "Côte d'Ivoire", "Kazakhstan", "Kenya", "Kyrgyz Republic", "Turkey (Türkiye)", "Uzbekistan"];

    [Theory]
    [InlineData("Kazakhstan", "Kazakhstan")]
    [InlineData("kazakhstan", "Kazakhstan")]
    [InlineData("  KAZAKHSTAN ", "Kazakhstan")]
    [InlineData("cote d'ivoire", "Côte d'Ivoire")]
    [InlineData("Cote dIvoire", null)]
    [InlineData("turkey", "Turkey (Türkiye)")]
    [InlineData("Türkiye", "Turkey (Türkiye)")]
    [InlineData("turkey (turkiye)", "Turkey (Türkiye)")]
    public void Match_SameNameAnyCaseOrAccent_TheCorpussCountry(string typed, string? expected)
    {
        Assert.Equal(expected, DiscordCountryMatcher.Match(typed, Countries).Country);
    }

    [Theory]
    [InlineData("Kazakstan", "Kazakhstan")]
    [InlineData("Uzbekstan", "Uzbekistan")]
    [InlineData("Kyrgyz", "Kyrgyz Republic")]
    [InlineData("Brasil", "Brazil")]
    [InlineData("Kenia", "Kenya")]
    [InlineData("Atlantis", "")]
    [InlineData("a", "")]
    public void Match_UnknownName_SuggestsCloseNamesOnly(string typed, string expected)
    {
        var (country, close) = DiscordCountryMatcher.Match(typed, Countries);

        Assert.Null(country);
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), close);
    }

    [Fact]
    public void Match_ManyClose_AtMostFiveClosestFirst()
    {
        var countries = Enumerable.Range(0, 10).Select(i => "Land" + (char)('a' + i)).Append("Lando").ToList();

        var (_, close) = DiscordCountryMatcher.Match("Landoo", countries);

        Assert.Equal(DiscordCountryMatcher.MaxSuggestions, close.Count);
        Assert.Equal("Lando", close[0]);
    }
}
