using RightsBot.Discord.Settings;

namespace RightsBot.Discord.Tests.Settings;

public sealed class DiscordPermissionsTests
{
    [Theory]
    [InlineData("32", true)] // MANAGE_GUILD alone
    [InlineData("8", true)] // ADMINISTRATOR implies it
    [InlineData("40", true)]
    [InlineData("2147483647", true)] // every bit up to 30: a server owner
    [InlineData("1180591620717411303456", true)] // 1 << 70 | 32: a bitfield longer than 64 bits, still read
    [InlineData("2147552256", false)] // view, send, history, application commands: an ordinary member
    [InlineData("16", false)] // MANAGE_CHANNELS is not Manage Server
    [InlineData("1180591620717411303424", false)] // 1 << 70 only
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("-32", false)]
    [InlineData(" 32", false)]
    [InlineData("0x20", false)]
    [InlineData("thirty-two", false)]
    public void CanManageServer_DecimalBitfield_TrueOnlyWithManageServerOrAdministrator(string? permissions, bool expected)
    {
        Assert.Equal(expected, DiscordPermissions.CanManageServer(permissions));
    }
}
