using Microsoft.Extensions.Options;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// Stage 4: finds the passages worth ranking. Hybrid mode ranks every passage in scope, so it needs the lexical
/// signals of all that share a term with the question (in a scope above <c>Retrieval:HybridScanPassages</c>, the best
/// <c>Retrieval:HybridCandidates</c> of them); lexical mode takes the best by words; rerank mode takes
/// the best <c>Retrieval:RerankDepth</c> by words, to be reranked by meaning. Only the postings of the question's
/// terms inside the scope are read.
/// </summary>
internal sealed class CandidateStage(IOptions<RetrievalOptions> options)
{
    public void Run(QuestionContext context)
    {
        var retriever = context.Index.Retriever;
        var reportIndices = context.Scope?.ReportIndices;
        if (context.QueryVector is not null && context.Dense is { } dense)
        {
            var whole = (0, dense.Count);
            var ranges = retriever.Ranges(reportIndices) ?? [whole];
            context.HybridRanges = ranges;
            var o = options.Value;
            var restricted = ranges.Count == 1 && ranges[0] == whole ? null : ranges;
            if (ranges.Sum(r => r.End - r.Start) > o.HybridScanPassages)
            {
                // Scoring a quarter of a million passages by meaning takes tens of milliseconds; the best few
                // thousand by words take one. Not exact: when that many passages hold one of the question's rarer
                // words, passages holding only its common ones are left out unscored (on the dev and blind sets
                // over every report no ranking changed, and the search took about a fifth less time).
                context.LexicalCandidates = [.. retriever.Top(context.Terms, o.HybridCandidates, restricted, exact: false)];
                context.Prefiltered = true;
            }
            else
            {
                context.LexicalCandidates = retriever.Candidates(context.Terms, restricted);
            }

            return;
        }

        var depth = context.RankDepth;
        var reranks = context.QueryVector is not null && context.OnDemand is not null;
        context.LexicalRanked = retriever.Search(context.Terms, reranks ? Math.Max(depth, options.Value.RerankDepth) : depth, reportIndices);
    }
}
