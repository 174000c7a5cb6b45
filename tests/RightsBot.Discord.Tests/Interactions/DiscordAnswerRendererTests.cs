using RightsBot.Core.Answering;
using RightsBot.Discord.Interactions;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Interactions;

public sealed class DiscordAnswerRendererTests
{
    [Theory]
    [InlineData("Kazakhstan", null, "Kazakhstan", "Kazakhstan")] // no country asked: the server's chose the reports
    [InlineData("kazakhstan", null, "Kazakhstan", "Kazakhstan")]
    [InlineData("Kazakhstan", null, "Brazil", null)] // the question named another country
    [InlineData("Kazakhstan", null, null, null)] // answered across all reports ("torture in 2016")
    [InlineData("Kazakhstan", "Kazakhstan", "Kazakhstan", null)] // the country option chose it, not the server
    [InlineData(null, null, "Kazakhstan", null)] // the server has no default
    public void ServerDefaultUsed_OnlyWhenTheServersCountryScopedTheAnswer(string? serverDefault, string? countryOption, string? scoped, string? expected)
    {
        var question = new Question("torture complaints", countryOption) { DefaultCountry = serverDefault };
        var answer = TestAnswers.KazakhstanTorture with { Scope = new AnswerScope(scoped, null, "torture complaints") };

        Assert.Equal(expected, DiscordAnswerRenderer.ServerDefaultUsed(question, answer));
    }
}
