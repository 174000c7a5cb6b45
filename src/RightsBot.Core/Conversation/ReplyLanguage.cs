using RightsBot.Core.Answering;
using RightsBot.Core.Languages;

namespace RightsBot.Core.Conversation;

/// <summary>
/// Which language the bot's own words take: a question written in Russian or Kazakh is answered in it; otherwise the
/// user's interface language as the platform reports it (Telegram's <c>language_code</c>, Discord's <c>locale</c>),
/// when it is one the bot speaks; otherwise English.
/// </summary>
public static class ReplyLanguage
{
    /// <summary>The language of the reply to a question in <paramref name="question"/> from a user whose interface is in <paramref name="user"/>.</summary>
    public static Language Choose(Language question, Language? user)
        => question is Language.Russian or Language.Kazakh ? question : user ?? Language.English;

    /// <summary>
    /// <see cref="Choose"/> for a question as the user typed it: its language told (<see cref="LanguageDetector"/>)
    /// from its cleaned text, as the pipeline tells it. For what is said before or beside the pipeline's answer.
    /// </summary>
    public static Language ForQuestion(string? text, Language? user)
        => Choose(LanguageDetector.Detect(QuestionValidator.Clean(text)), user);

    /// <summary>
    /// The bot's language for a platform's language tag ("ru", "ru-RU", "kk"), or null for any other tag or none:
    /// the bot speaks English, Russian and Kazakh.
    /// </summary>
    public static Language? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var primary = locale.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "ru" => Language.Russian,
            "kk" => Language.Kazakh,
            "en" => Language.English,
            _ => null,
        };
    }
}
