using RightsBot.Core.Answering;
using RightsBot.Discord.Interactions;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Interactions;

public sealed class DiscordAnswerRendererTests
{
    [Theory]
    [InlineData("Kazakhstan", "Kazakhstan", true, "Kazakhstan")] // no country named: the server's chose the reports
    [InlineData("kazakhstan", "Kazakhstan", true, "Kazakhstan")]
    [InlineData("Kazakhstan", "Kazakhstan", false, null)] // the question named the same country itself
    [InlineData("Kazakhstan", "Brazil", false, null)] // the question named another country
    [InlineData("Kazakhstan", null, false, null)] // answered across all reports
    [InlineData(null, "Kazakhstan", false, null)] // the server has no default
    public void ServerDefaultUsed_OnlyWhenTheServersCountryScopedTheAnswer(string? serverDefault, string? scoped, bool byChosen, string? expected)
    {
        var question = new Question("torture complaints") { DefaultCountry = serverDefault };
        var answer = TestAnswers.KazakhstanTorture with { Scope = new AnswerScope(scoped, null, "torture complaints") { ByChosenCountry = byChosen } };

        Assert.Equal(expected, DiscordAnswerRenderer.ServerDefaultUsed(question, answer));
    }
}
