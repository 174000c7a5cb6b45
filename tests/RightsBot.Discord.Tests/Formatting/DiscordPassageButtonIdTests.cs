using RightsBot.Discord.Formatting;

namespace RightsBot.Discord.Tests.Formatting;

public sealed class DiscordPassageButtonIdTests
{
    [Theory]
    [InlineData(1, "kz2016-0037")]
    [InlineData(12, "a:b:c")]
    public void Create_ThenTryParse_RoundTrips(int rank, string passageId)
    {
        var id = DiscordPassageButtonId.Create(rank, passageId);

        Assert.NotNull(id);
        Assert.True(DiscordPassageButtonId.TryParse(id, out var parsedRank, out var parsedId));
        Assert.Equal(rank, parsedRank);
        Assert.Equal(passageId, parsedId);
    }

    [Fact]
    public void Create_PassageIdTooLongForDiscord_ReturnsNull()
    {
        Assert.Null(DiscordPassageButtonId.Create(1, new string('p', 95)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("other:button")]
    [InlineData("rb:passage:")]
    [InlineData("rb:passage:x:id")]
    [InlineData("rb:passage:1:")]
    [InlineData("rb:passage::id")]
    [InlineData("rb:passage:-1:id")]
    public void TryParse_ForeignOrBrokenId_ReturnsFalse(string? customId)
    {
        Assert.False(DiscordPassageButtonId.TryParse(customId, out _, out _));
    }
}
