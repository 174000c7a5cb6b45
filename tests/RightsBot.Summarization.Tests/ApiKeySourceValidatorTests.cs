using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace RightsBot.Summarization.Tests;

public sealed class ApiKeySourceValidatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rightsbot-apikey-").FullName;

    [Fact]
    public void Validate_KeyInAppsettingsFile_FailsNamingTheFileAndTheEnvironmentVariable()
    {
        var configuration = WithAppsettings("""{"Summarization":{"Enabled":true,"ApiKey":"sk-committed-by-mistake"}}""").Build();

        var result = Validate(configuration);

        Assert.True(result.Failed);
        Assert.Contains("appsettings.json", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Summarization__ApiKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-committed-by-mistake", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KeyFromMemoryOrEnvironmentOverAppsettingsWithoutKey_Succeeds()
    {
        var configuration = WithAppsettings("""{"Summarization":{"Enabled":true,"ApiKey":""}}""")
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Summarization:ApiKey"] = "sk-from-env" })
            .Build();

        Assert.True(Validate(configuration).Succeeded);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private IConfigurationBuilder WithAppsettings(string json)
    {
        var path = Path.Combine(_folder, "appsettings.json");
        File.WriteAllText(path, json);
        return new ConfigurationBuilder().AddJsonFile(path);
    }

    private static ValidateOptionsResult Validate(IConfigurationRoot configuration)
    {
        var options = configuration.GetSection(SummarizationOptions.SectionName).Get<SummarizationOptions>()!;
        return new ApiKeySourceValidator(configuration).Validate(Options.DefaultName, options);
    }
}
