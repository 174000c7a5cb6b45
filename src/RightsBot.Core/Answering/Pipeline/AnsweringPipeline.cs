using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// The one path every question takes, from every front end and from eval: normalise → scope → analyse the query
/// → find candidates → rank → decide covered or not → compose. The summary, when on, is added afterwards by
/// <see cref="QuestionAnswerer"/> to an answer this pipeline made.
/// </summary>
internal sealed partial class AnsweringPipeline(
    PassageIndexProvider indexProvider,
    NormaliseStage normalise,
    SearchStages search,
    ComposeStage compose,
    IOptions<RetrievalOptions> options,
    IOptions<CoverageOptions> coverage,
    TimeProvider time,
    ILogger<AnsweringPipeline> logger)
{
    public async Task<PipelineResult> RunAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Bad input is answered before the index is even loaded: it changes nothing.
        var normalised = await normalise.RunAsync(request.Question, cancellationToken).ConfigureAwait(false);
        var replyLanguage = Conversation.ReplyLanguage.Choose(normalised.Language, request.Question.UserLanguage);
        if (normalised.Rejection is { } rejection)
        {
            return new PipelineResult(rejection with { ReplyLanguage = replyLanguage }, string.Empty, null);
        }

        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        var excluded = request.Question.Exclude ?? [];
        var context = new QuestionContext(request, index, (request.Depth ?? options.Value.TopK) + excluded.Count)
        {
            CleanedText = normalised.CleanedText,
            SearchText = normalised.SearchText,
            LanguageHint = normalised.LanguageHint,
            Language = normalised.Language,
            ReplyLanguage = replyLanguage,
            NeedsGlossary = normalised.Language is Languages.Language.Russian or Languages.Language.Kazakh && !normalised.Translated,
        };

        var started = time.GetTimestamp();
        var outcome = search.Run(context);
        var searchMilliseconds = time.GetElapsedTime(started).TotalMilliseconds;
        if (context.MeaningFailure is { } failure)
        {
            indexProvider.ReportMeaningFailure(index, failure);
        }

        if (!outcome.Covered && outcome.Scope.Unavailable is null)
        {
            LogNotCovered(logger, outcome.Hits.Count == 0 ? 0 : outcome.Hits[0].Score, outcome.Hits.Count == 0 ? null : outcome.Hits[0].Dense,
                outcome.Coverage, outcome.AbsentNames.Count, outcome.NumberMissing);
        }

        if (excluded.Count > 0 && context.Outcome is { Covered: true } covered)
        {
            // "Tell me more": the next-best passages, none of those already shown, and only those that would
            // cover the question on their own (the "not covered" bar a best passage must pass), so that "more"
            // ends instead of drifting into unrelated paragraphs.
            var o = coverage.Value;
            var rest = covered.Hits.Where(h => !excluded.Contains(h.Passage.Id) && (h.Dense is { } d ? d >= o.MinSimilarity : h.Score >= o.MinScore)).ToList();
            context.Outcome = rest.Count > 0 ? covered with { Hits = rest } : covered with { Hits = rest, Covered = false, NothingMore = true };
            context.Ranked = rest;
        }

        compose.Run(context);
        var scope = context.Outcome!.Scope;
        var reply = context.Answer! with
        {
            Scope = new AnswerScope(scope.Country, scope.Year, TidyTopic(context.TopicText)) { ByChosenCountry = context.ByChosenCountry },
            Language = context.Language,
            ReplyLanguage = replyLanguage,
        };
        return new PipelineResult(reply, context.CleanedText, context.Outcome, searchMilliseconds);
    }

    // The question without its scope words, as a follow-up re-asks it and a front end may show it: "is torture
    // used in  ?" → "is torture used?".
    internal static string TidyTopic(string topic)
    {
        var text = SpacesRegex().Replace(topic, " ").Trim();
        text = DanglingWordRegex().Replace(text, string.Empty);
        text = SpaceBeforePunctuationRegex().Replace(text, "$1").Trim();
        return text.Any(char.IsLetterOrDigit) ? text : topic.Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesRegex();

    // A place or time word left with nothing after it once the country or year went: "… in ?", "… for the ?".
    [GeneratedRegex(@"(?:\s+(?:in|for|of|on|about|from|at|by|during|the|s|'s|’s))+(?=\s*[?.!:;,]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingWordRegex();

    [GeneratedRegex(@"\s+([?.!:;,])")]
    private static partial Regex SpaceBeforePunctuationRegex();

    // Evidence only, never the question: Debug, which is off by default.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Not covered: best score {Score}, similarity {Similarity}, coverage {Coverage}, absent names {AbsentNames}, figure missing {NumberMissing}")]
    private static partial void LogNotCovered(ILogger logger, double score, double? similarity, double coverage, int absentNames, bool numberMissing);
}
