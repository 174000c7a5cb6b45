using Microsoft.Extensions.Options;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// Stage 5: orders the candidates. Hybrid mode fuses every passage's lexical score with its closest sentence's
/// similarity to the question; rerank mode does the same for the best passages by words, embedding their
/// sentences on demand; lexical mode keeps the order by words.
/// </summary>
internal sealed class RankStage(IOptions<RankingOptions> options)
{
    public void Run(QuestionContext context)
    {
        var weight = (float)(context.ByGlossary ? options.Value.GlossaryDenseWeight : options.Value.DenseWeight);
        if (context.QueryVector is { } queryVector && context.Dense is { } dense)
        {
            context.Ranked = NewestFirstOnTies(context.Prefiltered
                ? HybridRanker.RankCandidates(context.Index.Retriever, dense, context.LexicalCandidates, queryVector, context.RankDepth, weight)
                : HybridRanker.Rank(context.Index.Retriever, dense, context.LexicalCandidates, context.HybridRanges, queryVector, context.RankDepth, weight));
            context.Meaning = dense;
            return;
        }

        context.Ranked = NewestFirstOnTies(context.LexicalRanked);
        if (context.QueryVector is not { } vector || context.OnDemand is not { } onDemand)
        {
            return;
        }

        try
        {
            var similarity = onDemand.Similarities(vector, [.. context.LexicalRanked.Select(h => context.Index.Corpus.IndexOf(h.Passage.Id))]);
            context.Ranked = NewestFirstOnTies(HybridRanker.Rerank(context.LexicalRanked, similarity, context.RankDepth, weight));
            context.Meaning = onDemand;
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // The model failed on the candidates' sentences: this question goes on by words.
            context.MeaningFailure = ex;
            context.QueryVector = null;
            context.Ranked = [.. context.LexicalRanked.Take(context.RankDepth)];
        }
    }

    // Paragraphs the reports repeat year after year score alike: the newest copy comes first. The rankings are best
    // first, and a stable sort keeps every other order.
    internal static IReadOnlyList<ScoredPassage> NewestFirstOnTies(IReadOnlyList<ScoredPassage> ranked)
        => [.. ranked.OrderByDescending(h => h.Fused).ThenByDescending(h => h.Report.Year)];
}
