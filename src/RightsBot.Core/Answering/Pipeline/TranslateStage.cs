using Microsoft.Extensions.Options;
using RightsBot.Core.Languages;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// Stage 1b: a Russian or Kazakh question that no translator took (summaries off, the usual case) is turned into
/// the reports' English words by the glossary (<see cref="GlossaryTranslator"/>), names checked against the
/// index's words. When the glossary knew too little of it (<see cref="LanguageOptions.MinUnderstoodShare"/>), the
/// question is refused as not understood: searching on the few words left would answer another question.
/// </summary>
internal sealed class TranslateStage(IOptions<LanguageOptions> options)
{
    public void Run(QuestionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.NeedsGlossary)
        {
            return;
        }

        var retriever = context.Index.Retriever;
        var translation = GlossaryTranslator.Translate(context.CleanedText, context.Language, retriever.Uses);
        context.NeedsGlossary = false;
        context.ByGlossary = true;
        context.SearchText = translation.English;
        context.AlternativeWords = translation.Alternatives;
        if (translation.ContentWords == 0 || translation.Understood < options.Value.MinUnderstoodShare * translation.ContentWords)
        {
            var unknown = translation.Unknown.Count > 0 ? translation.Unknown : [context.CleanedText];
            context.Outcome = new RetrievalOutcome([], false, new ReportScope(null, null, null)) { SearchedText = context.SearchText, UnknownWords = unknown };
        }
    }
}
