using RightsBot.Core.Conversation;
using RightsBot.Core.Answering;
using RightsBot.Discord.FollowUps;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Formatting;

public sealed class DiscordAnswerComponentsTests
{
    private const string Token = "AbCdEf0123456_-z";

    [Fact]
    public void Build_WithMenu_PassageButtonsThenYearMenuThenLatestButton()
    {
        var rows = DiscordAnswerComponents.Build(TestAnswers.KazakhstanTorture.Sources, new DiscordReaskMenu(Token, "Kazakhstan", [2024, 2023, 2022], LatestEnabled: true), BotTexts.English)!;

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(DiscordComponent.ActionRowType, r.Type));
        Assert.Equal("Paragraph [1]", Assert.Single(rows[0].Components!).Label);

        var menu = Assert.Single(rows[1].Components!);
        Assert.Equal(DiscordComponent.StringSelectType, menu.Type);
        Assert.Equal("rb:year:" + Token, menu.CustomId);
        Assert.Equal("Other years of this report", menu.Placeholder);
        Assert.Equal((1, 1), (menu.MinValues, menu.MaxValues));
        Assert.Equal(["2024", "2023", "2022"], menu.Options!.Select(o => o.Value));
        Assert.Equal(["2024", "2023", "2022"], menu.Options!.Select(o => o.Label));
        Assert.Equal("Kazakhstan 2023", menu.Options![1].Description);

        var latest = Assert.Single(rows[2].Components!);
        Assert.Equal((DiscordComponent.ButtonType, "Latest report", "rb:latest:" + Token), (latest.Type, latest.Label, latest.CustomId));
        Assert.Null(latest.Disabled);
    }

    [Fact]
    public void Build_NoOtherYearsAndAlreadyLatest_OnlyADisabledLatestButton()
    {
        var rows = DiscordAnswerComponents.Build([], new DiscordReaskMenu(Token, "Kenya", [], LatestEnabled: false), BotTexts.English)!;

        var latest = Assert.Single(Assert.Single(rows).Components!);
        Assert.Equal("Latest report", latest.Label);
        Assert.True(latest.Disabled);
    }

    [Fact]
    public void Build_CountriesCompared_OptionsNameThemAll()
    {
        var rows = DiscordAnswerComponents.Build([], new DiscordReaskMenu(Token, "Kazakhstan,Uzbekistan", [2019], LatestEnabled: true), BotTexts.English)!;

        Assert.Equal("Kazakhstan, Uzbekistan 2019", Assert.Single(rows[0].Components![0].Options!).Description);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(25)]
    public void Build_ManySources_WithinFiveRowsOfFiveAndTheMenuKept(int sources)
    {
        var many = Enumerable.Range(1, sources).Select(i => new AnswerSource(i, $"p{i}", "Kazakhstan", 2016, "S", 0.5, "T")).ToList();
        var years = Enumerable.Range(1990, 30).Reverse().ToList();

        var rows = DiscordAnswerComponents.Build(many, new DiscordReaskMenu(Token, "Kazakhstan", years, LatestEnabled: true), BotTexts.English)!;

        Assert.True(rows.Count <= DiscordComponent.MaxRows);
        Assert.All(rows, r => Assert.InRange(r.Components!.Count, 1, DiscordComponent.MaxButtonsPerRow));
        var select = Assert.Single(rows.SelectMany(r => r.Components!), c => c.Type == DiscordComponent.StringSelectType);
        Assert.Equal(25, select.Options!.Count);
        Assert.Contains(rows, r => r.Components![0].Label == "Latest report");
    }

    [Fact]
    public void Build_NothingToPress_Null()
    {
        Assert.Null(DiscordAnswerComponents.Build([], null, BotTexts.English));
    }
}
