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
    TimeProvider time,
    ILogger<AnsweringPipeline> logger)
{
    public async Task<PipelineResult> RunAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Bad input is answered before the index is even loaded: it changes nothing.
        var normalised = await normalise.RunAsync(request.Question, cancellationToken).ConfigureAwait(false);
        if (normalised.Rejection is { } rejection)
        {
            return new PipelineResult(rejection, string.Empty, null);
        }

        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        var context = new QuestionContext(request, index, request.Depth ?? options.Value.TopK)
        {
            CleanedText = normalised.CleanedText,
            SearchText = normalised.SearchText,
            LanguageHint = normalised.LanguageHint,
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

        compose.Run(context);
        return new PipelineResult(context.Answer!, context.CleanedText, outcome, searchMilliseconds);
    }

    // Evidence only, never the question: Debug, which is off by default.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Not covered: best score {Score}, similarity {Similarity}, coverage {Coverage}, absent names {AbsentNames}, figure missing {NumberMissing}")]
    private static partial void LogNotCovered(ILogger logger, double score, double? similarity, double coverage, int absentNames, bool numberMissing);
}
