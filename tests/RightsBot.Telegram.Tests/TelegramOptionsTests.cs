using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace RightsBot.Telegram.Tests;

public sealed class TelegramOptionsTests
{
    [Theory]
    [InlineData(null, null, TelegramOptions.DefaultWorkers)]
    [InlineData("8", null, 8)]
    [InlineData(null, "12", 12)]
    [InlineData("8", "12", 8)]
    public void Workers_BoundFromWorkersOrItsFormerNameWebhookWorkers_WorkersWins(string? workers, string? webhookWorkers, int expected)
    {
        var options = Bind(("Telegram:Workers", workers), ("Telegram:WebhookWorkers", webhookWorkers));

        Assert.Equal(expected, options.WorkerCount);
    }

    [Theory]
    [InlineData("Telegram:Workers", "0")]
    [InlineData("Telegram:Workers", "257")]
    [InlineData("Telegram:WebhookWorkers", "0")]
    public void Validate_WorkersOutOfRange_ErrorNamesTheKey(string key, string value)
    {
        var options = Bind((key, value));
        var errors = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));
        Assert.Contains(errors, e => e.MemberNames.Contains(key["Telegram:".Length..]));
    }

    [Theory]
    [InlineData("https://bot.example.org/telegram/webhook", true)]
    [InlineData("https://203.0.113.7:8443/telegram/webhook", true)]
    [InlineData("http://127.0.0.1:8080/telegram/webhook", true)]
    [InlineData("http://[::1]:8080/telegram/webhook", true)]
    [InlineData("http://localhost:8080/telegram/webhook", true)]
    [InlineData("http://LOCALHOST/telegram/webhook", true)]
    [InlineData("http://bot.example.org/telegram/webhook", false)]
    [InlineData("http://203.0.113.7/telegram/webhook", false)]
    [InlineData("http://localhost.example.org/telegram/webhook", false)]
    [InlineData("ftp://bot.example.org/telegram/webhook", false)]
    [InlineData("bot.example.org/telegram/webhook", false)]
    [InlineData("", false)]
    public void Validate_WebhookUrl_HttpsOrHttpOnLoopback(string url, bool valid)
    {
        var options = Bind(
            ("Telegram:Enabled", "true"), ("Telegram:BotToken", "42:token"), ("Telegram:Mode", "Webhook"),
            ("Telegram:SecretToken", "secret"), ("Telegram:WebhookUrl", url));
        var errors = new List<ValidationResult>();

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));
        Assert.Equal(valid ? [] : ["WebhookUrl"], errors.SelectMany(e => e.MemberNames));
        Assert.All(errors, e => Assert.StartsWith("Telegram:WebhookUrl must be the public https:// URL", e.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PollingMode_WebhookUrlNotChecked()
    {
        var options = Bind(("Telegram:Enabled", "true"), ("Telegram:BotToken", "42:token"), ("Telegram:WebhookUrl", "http://bot.example.org/"));

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    private static TelegramOptions Bind(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value))
            .Build();
        var options = new TelegramOptions();
        configuration.GetSection(TelegramOptions.SectionName).Bind(options);
        return options;
    }
}
