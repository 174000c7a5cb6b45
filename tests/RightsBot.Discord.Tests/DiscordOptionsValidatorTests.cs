namespace RightsBot.Discord.Tests;

public sealed class DiscordOptionsValidatorTests
{
    private const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    [Fact]
    public void Validate_DisabledWithNothingSet_Succeeds()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_EnabledAndComplete_Succeeds()
    {
        var options = new DiscordOptions { Enabled = true, ApplicationId = "123456789012345678", PublicKey = PublicKey };

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("", PublicKey, "https://discord.com/api/v10", "Discord:ApplicationId")]
    [InlineData("12ab", PublicKey, "https://discord.com/api/v10", "Discord:ApplicationId")]
    [InlineData("123", "", "https://discord.com/api/v10", "Discord:PublicKey")]
    [InlineData("123", "abcd", "https://discord.com/api/v10", "Discord:PublicKey")]
    [InlineData("123", PublicKey, "discord.com/api", "Discord:ApiBaseUrl")]
    [InlineData("123", PublicKey, "ftp://discord.com/api", "Discord:ApiBaseUrl")]
    public void Validate_EnabledWithBadSetting_NamesTheKey(string applicationId, string publicKey, string apiBaseUrl, string key)
    {
        var options = new DiscordOptions { Enabled = true, ApplicationId = applicationId, PublicKey = publicKey, ApiBaseUrl = apiBaseUrl };

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3000)]
    public void Validate_DeferAfterOutsideDiscordsWindow_Fails(int milliseconds)
    {
        var options = new DiscordOptions { DeferAfter = TimeSpan.FromMilliseconds(milliseconds) };

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Failed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_EnabledWithoutStatePath_NamesTheKey(string statePath)
    {
        var options = new DiscordOptions { Enabled = true, ApplicationId = "123", PublicKey = PublicKey, StatePath = statePath };

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Discord:StatePath", result.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(".state/discord", new DiscordOptions().StatePath);
    }
}
