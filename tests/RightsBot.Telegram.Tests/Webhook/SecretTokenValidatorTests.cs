using Microsoft.Extensions.Options;
using RightsBot.Telegram.Webhook;

namespace RightsBot.Telegram.Tests.Webhook;

public sealed class SecretTokenValidatorTests
{
    private static SecretTokenValidator Validator(string secret) => new(Options.Create(new TelegramOptions { SecretToken = secret }));

    [Theory]
    [InlineData("s3cret-Token_1", "s3cret-Token_1", true)]
    [InlineData("s3cret-Token_1", "s3cret-Token_2", false)]
    [InlineData("s3cret-Token_1", "s3cret-Token_", false)]
    [InlineData("s3cret-Token_1", "S3CRET-TOKEN_1", false)]
    [InlineData("s3cret-Token_1", "", false)]
    [InlineData("s3cret-Token_1", null, false)]
    [InlineData("", "", false)]
    [InlineData("", null, false)]
    public void IsValid_PresentedToken_MatchesOnlyTheConfiguredSecret(string configured, string? presented, bool expected)
        => Assert.Equal(expected, Validator(configured).IsValid(presented));
}
