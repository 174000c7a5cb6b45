namespace RightsBot.Tests.Commands;

[Collection("cli")]
public class DiscordCommandTests
{
    [Fact]
    public async Task RegisterCommands_WithoutApplicationId_Exits2NamingTheSetting()
    {
        var (code, output, error) = await CliRunner.RunAsync(string.Empty, "discord", "register-commands");

        Assert.Equal(2, code);
        Assert.Contains("Discord:ApplicationId", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Discord_WithoutSubcommand_Exits2()
    {
        var (code, _, error) = await CliRunner.RunAsync(string.Empty, "discord");

        Assert.Equal(2, code);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }
}
