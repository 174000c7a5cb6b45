namespace RightsBot.Core.Retrieval;

/// <summary>
/// The best lexical candidates of a scope too large to score every passage by meaning (a question naming no
/// country, over every report): search by meaning then covers these few thousand, far more than a rerank's 20.
/// </summary>
internal static class LexicalPrefilter
{
    /// <summary>The <paramref name="n"/> candidates with the highest lexical score (ties: the earlier passage): best first when there are more, else all of them as given.</summary>
    public static List<LexicalCandidate> Best(List<LexicalCandidate> candidates, int n)
    {
        if (candidates.Count <= n)
        {
            return candidates;
        }

        var top = new TopCandidates(n);
        foreach (var c in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates))
        {
            top.Offer(c);
        }

        return [.. top.TakeBestFirst()];
    }
}
