using Microsoft.Extensions.Options;
using RightsBot.Core.Conversation;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// Stage 7: the reply. Covered: the answer's sources (the top <c>Retrieval:TopK</c>, without trailing ones far
/// weaker than the best) and the few sentences of them closest to the question, each marked [n]. Not covered:
/// what the reports lack, and a hint (the nearest sections, or what the reports cover).
/// </summary>
internal sealed class ComposeStage(IOptions<RetrievalOptions> retrieval, IOptions<CoverageOptions> coverage, IOptions<AnswerOptions> answer)
{
    public void Run(QuestionContext context)
    {
        var outcome = context.Outcome!;
        var index = context.Index;
        var options = answer.Value;
        var texts = BotTexts.For(context.ReplyLanguage);
        if (outcome.Scope.Unavailable is { } unavailable)
        {
            context.Answer = new Answer(AnswerStatus.NotCovered, texts.Format("no-report", unavailable), [], NotCoveredReplies.CoverageHint(index, options, texts))
            {
                Refusal = RefusalReason.NoReport,
            };
            return;
        }

        if (!outcome.Covered)
        {
            var hint = context.LanguageHint
                ?? NotCoveredReplies.UnknownWordsHint(outcome, texts)
                ?? NotCoveredReplies.NearestSectionsHint(outcome, coverage.Value, options, texts)
                ?? NotCoveredReplies.CoverageHint(index, options, texts);
            context.Answer = new Answer(AnswerStatus.NotCovered, NotCoveredReplies.Message(outcome, texts), [], hint) { Refusal = NotCoveredReplies.Reason(outcome) };
            return;
        }

        var best = outcome.Hits[0].Fused;
        var sources = outcome.Hits
            .Take(retrieval.Value.TopK)
            .Where(h => h.Fused >= best * options.RelativeSourceCutoff)
            .Select((h, i) => new AnswerSource(
                i + 1, h.Passage.Id, h.Report.Country, h.Report.Year, SectionLabel.Format(h.Passage.SectionPath), Math.Round(h.Fused, 4), h.Passage.Text,
                PassageLink.For(index.Corpus, index.Corpus.IndexOf(h.Passage.Id), options.LinkWords)))
            .ToList();
        var meaning = outcome.Meaning;
        var queryVector = outcome.QueryVector;
        var text = ExtractiveAnswerComposer.Compose(outcome.SearchedText, sources, index.Retriever, options, context.ByGlossary ? coverage.Value.GlossaryAnswerSentenceShare : coverage.Value.AnswerSentenceShare,
            meaning is null || queryVector is null ? null : s => meaning.SentenceSimilarities(queryVector, index.Corpus.IndexOf(s.PassageId), s.Text));
        var note = YearNote(outcome.Year, texts);
        context.Answer = new Answer(AnswerStatus.Answered, note is null ? text : $"{note} {text}", sources, context.LanguageHint) { YearNote = note };
    }

    // The 2024 editions are about a third as long as earlier ones: "not in the 2024 report" often means "not
    // reported in the new format", not "it stopped", so the reply says which report answers and why.
    internal static string? YearNote(YearChoice? year, BotTexts texts)
        => year is null ? null
            : year.Chosen == year.Newest ? texts.Format("year-in", year.Chosen)
            : texts.Format(year.NewestCovers ? "year-says-less" : "year-absent", year.Newest, year.Chosen);
}
