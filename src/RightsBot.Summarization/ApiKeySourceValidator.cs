using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace RightsBot.Summarization;

/// <summary>
/// Refuses to start when Summarization:ApiKey sits in an appsettings file: a committed file must never hold the
/// key; it comes from the environment (Summarization__ApiKey).
/// </summary>
internal sealed class ApiKeySourceValidator(IConfiguration configuration) : IValidateOptions<SummarizationOptions>
{
    private const string Key = SummarizationOptions.SectionName + ":" + nameof(SummarizationOptions.ApiKey);

    public ValidateOptionsResult Validate(string? name, SummarizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (configuration is not IConfigurationRoot root)
        {
            return ValidateOptionsResult.Success;
        }

        var file = root.Providers
            .OfType<FileConfigurationProvider>()
            .Where(p => p.TryGet(Key, out var value) && !string.IsNullOrEmpty(value))
            .Select(p => Path.GetFileName(p.Source.Path ?? string.Empty))
            .FirstOrDefault(f => f.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase));
        return file is null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{Key} must not be kept in {file}: remove it from the file and set the environment variable Summarization__ApiKey.");
    }
}
