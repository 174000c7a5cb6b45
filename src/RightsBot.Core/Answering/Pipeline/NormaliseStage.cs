using Microsoft.Extensions.Options;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;
using RightsBot.Core.Text;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// Stage 1: checks the question (empty, too long, no words: a clear message and nothing else), cleans it, tells its
/// language, has it translated when it is in another script and a translator is on (a Russian or Kazakh question
/// the translator could not take is left to the glossary, <see cref="TranslateStage"/>), and spells out phone
/// shorthand and slang.
/// </summary>
internal sealed class NormaliseStage(IQuestionTranslator translator, IOptions<LimitsOptions> limits)
{
    public async Task<NormalisedQuestion> RunAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (QuestionValidator.Validate(question.Text, limits.Value.MaxQuestionLength, question.UserLanguage) is { } problem)
        {
            return new NormalisedQuestion(string.Empty, string.Empty, null, new Answer(AnswerStatus.Rejected, problem, []));
        }

        var text = QuestionValidator.Clean(question.Text);
        var language = LanguageDetector.Detect(text);
        var english = language == Language.English;

        // The reports are English: a question in another script is searched in translation when a translator is
        // on; a summary still answers in the user's language.
        var translated = !english && translator.IsEnabled
            ? await translator.TranslateToEnglishAsync(text, cancellationToken).ConfigureAwait(false)
            : null;
        var searchText = translated ?? text;
        var languageHint = language == Language.Other && !translator.IsEnabled
            ? BotTexts.For(ReplyLanguage.Choose(language, question.UserLanguage))["english-works-best"]
            : null;
        return new NormalisedQuestion(text, english || translated is not null ? ChatSpeak.Expand(searchText) : searchText, languageHint, Language: language, Translated: translated is not null);
    }
}
