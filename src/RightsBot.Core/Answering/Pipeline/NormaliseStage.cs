using Microsoft.Extensions.Options;
using RightsBot.Core.Text;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// Stage 1: checks the question (empty, too long, no words: a clear message and nothing else), cleans it, has it
/// translated when it is in another script and a translator is on, and spells out phone shorthand and slang.
/// </summary>
internal sealed class NormaliseStage(IQuestionTranslator translator, IOptions<LimitsOptions> limits)
{
    public const string EnglishWorksBest = "Questions in English work best: the reports are in English.";

    public async Task<NormalisedQuestion> RunAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (QuestionValidator.Validate(question.Text, limits.Value.MaxQuestionLength) is { } problem)
        {
            return new NormalisedQuestion(string.Empty, string.Empty, null, new Answer(AnswerStatus.Rejected, problem, []));
        }

        var text = QuestionValidator.Clean(question.Text);
        var english = QuestionLanguage.LooksEnglish(text);

        // The reports are English: a question in another script is searched in translation when a translator is
        // on; a summary still answers in the user's language.
        var searchText = !english && translator.IsEnabled
            ? await translator.TranslateToEnglishAsync(text, cancellationToken).ConfigureAwait(false) ?? text
            : text;
        var languageHint = english || translator.IsEnabled ? null : EnglishWorksBest;
        return new NormalisedQuestion(text, ChatSpeak.Expand(searchText), languageHint);
    }
}
