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
