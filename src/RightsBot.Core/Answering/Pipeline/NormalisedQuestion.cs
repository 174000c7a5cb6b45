using RightsBot.Core.Languages;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>A question made ready to search, or the reason it cannot be.</summary>
/// <param name="CleanedText">The user's text without control characters, whitespace collapsed.</param>
/// <param name="SearchText">What is searched: translated to English when needed, shorthand and slang spelt out.</param>
/// <param name="LanguageHint">Set when the question is in another script and nothing could translate it.</param>
/// <param name="Language">The question's language.</param>
/// <param name="Translated">True when a translator (the summarizer's model) gave <paramref name="SearchText"/> in English.</param>
/// <param name="Rejection">Set when the question is empty, too long or has no words: the reply, and nothing else happens.</param>
internal sealed record NormalisedQuestion(string CleanedText, string SearchText, string? LanguageHint, Answer? Rejection = null, Language Language = Language.English, bool Translated = false);
