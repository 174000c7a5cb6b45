using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace RightsBot.Commands;

/// <summary>
/// Failed options validation as the one line a user reads (exit 2): every failure, each naming its setting
/// ("Telegram:BotToken …"), whether one options class failed or several at once (then the host's start-up
/// validator throws an <see cref="AggregateException"/>).
/// </summary>
internal static partial class ConfigurationError
{
    /// <summary>True for an options validation failure, alone or several together.</summary>
    public static bool Matches(Exception exception) => exception switch
    {
        OptionsValidationException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(Matches),
        _ => false,
    };

    /// <summary>The failures as sentences on one line.</summary>
    public static string Describe(Exception exception)
        => string.Join(' ', Failures(exception).Select(f => f.ReplaceLineEndings(" ").Trim().TrimEnd('.', ';') + "."));

    private static IEnumerable<string> Failures(Exception exception) => exception switch
    {
        OptionsValidationException options => options.Failures.Select(f => NameSetting(options.OptionsType, f)),
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Failures),
        _ => [exception.Message],
    };

    // ValidateDataAnnotations wraps each message ("DataAnnotation validation failed for 'TelegramOptions' members:
    // 'BotToken' with the error: '…'."): keep the message, and name the setting when the message does not.
    private static string NameSetting(Type optionsType, string failure)
    {
        var match = DataAnnotationFailure().Match(failure);
        if (!match.Success)
        {
            return failure;
        }

        var error = match.Groups["error"].Value;
        var member = match.Groups["members"].Value.Split(',')[0].Trim();
        if (optionsType.GetField("SectionName")?.GetRawConstantValue() is not string section || member.Length == 0)
        {
            return error;
        }

        var setting = $"{section}:{member}";
        return error.Contains(setting, StringComparison.Ordinal) ? error : $"{setting}: {error}";
    }

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '(?<members>[^']*)' with the error: '(?<error>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
