using RightsBot.Discord.FollowUps;

namespace RightsBot.Discord.Tests.FollowUps;

public sealed class DiscordReaskIdTests
{
    private const string Token = "AbCdEf0123456_-z";

    [Theory]
    [InlineData("rb:year:" + Token, "Year")]
    [InlineData("rb:latest:" + Token, "Latest")]
    public void TryParse_MadeByCreate_ReturnsKindAndToken(string customId, string expected)
    {
        Assert.True(DiscordReaskId.TryParse(customId, out var kind, out var token));

        Assert.Equal(expected, kind.ToString());
        Assert.Equal(Token, token);
        Assert.Equal(customId, DiscordReaskId.Create(kind, token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("rb:year:")]
    [InlineData("rb:year:short")]
    [InlineData("rb:year:" + Token + "x")]
    [InlineData("rb:year:AbCdEf0123456_-!")]
    [InlineData("rb:latest:AbCdEf01234 56_-z")]
    [InlineData("rb:month:" + Token)]
    [InlineData("RB:YEAR:" + Token)]
    [InlineData("rb:passage:1:kz2016-0037")]
    public void TryParse_AnythingElse_False(string? customId)
    {
        Assert.False(DiscordReaskId.TryParse(customId, out _, out _));
    }

    [Fact]
    public void Create_AnyToken_FitsDiscordsCustomIdLimit()
    {
        Assert.True(DiscordReaskId.Create(DiscordReaskKind.Latest, Token).Length <= 100);
    }
}
