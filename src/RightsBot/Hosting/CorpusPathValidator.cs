using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;

namespace RightsBot.Hosting;

/// <summary>
/// <c>serve</c> checks Corpus:Path before it starts: a missing, unreadable or empty corpus is a configuration error
/// (exit 2, one line) rather than a failure after the server is up. Reads no report: loading stays the warm-up's.
/// </summary>
internal sealed class CorpusPathValidator : IValidateOptions<CorpusOptions>
{
    private const string Setting = $"{CorpusOptions.SectionName}:Path";
    private const string Hint = $"Point {Setting} (environment variable Corpus__Path) at a folder of report files (.txt or .html).";

    public ValidateOptionsResult Validate(string? name, CorpusOptions options)
    {
        var path = options.Path;
        if (string.IsNullOrWhiteSpace(path))
        {
            return ValidateOptionsResult.Skip; // [Required] on the option reports it.
        }

        try
        {
            if (File.Exists(path))
            {
                File.OpenHandle(path).Dispose();
                return ValidateOptionsResult.Success;
            }

            if (!Directory.Exists(path))
            {
                return ValidateOptionsResult.Fail($"{Setting}: there is no file or folder '{path}'. {Hint}");
            }

            return CorpusLoader.FindFiles(path).Count > 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{Setting}: the folder '{path}' holds no report files. {Hint}");
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return ValidateOptionsResult.Fail($"{Setting}: '{path}' cannot be read ({ex.Message}). Let the user that runs the bot read it, or {char.ToLowerInvariant(Hint[0])}{Hint[1..]}");
        }
    }
}
