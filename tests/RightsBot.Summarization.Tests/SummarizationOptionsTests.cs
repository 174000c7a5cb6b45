using System.ComponentModel.DataAnnotations;

namespace RightsBot.Summarization.Tests;

public sealed class SummarizationOptionsTests
{
    [Fact]
    public void Defaults_NewOptions_AreOffWithFifteenSecondTimeout()
    {
        var options = new SummarizationOptions();

        Assert.False(options.Enabled);
        Assert.Equal(15, options.TimeoutSeconds);
        Assert.Empty(Errors(options));
    }

    [Theory]
    [InlineData("", "m", "Summarization:Endpoint")]
    [InlineData("api.openai.com/v1", "m", "Summarization:Endpoint")]
    [InlineData("ftp://example.test/v1", "m", "Summarization:Endpoint")]
    [InlineData("http://127.0.0.1:11434/v1", " ", "Summarization:ModelId")]
    public void Validate_EnabledWithBadSettings_NamesTheKeyToFix(string endpoint, string modelId, string key)
    {
        var options = new SummarizationOptions { Enabled = true, Endpoint = endpoint, ModelId = modelId };

        Assert.Contains(Errors(options), e => e.StartsWith(key, StringComparison.Ordinal));
    }

    [Fact]
    public void ToString_WithApiKey_NeverShowsTheKey()
    {
        var options = new SummarizationOptions { Enabled = true, Endpoint = "https://api.openai.com/v1", ModelId = "m", ApiKey = "sk-secret-123" };

        var text = options.ToString();

        Assert.DoesNotContain("sk-secret-123", text, StringComparison.Ordinal);
        Assert.Contains("ApiKey=(set)", text, StringComparison.Ordinal);
    }

    private static List<string> Errors(SummarizationOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? string.Empty).ToList();
    }
}
