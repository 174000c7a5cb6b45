using RightsBot.Core.Text;

namespace RightsBot.Core.Evaluation;

/// <summary>
/// Scores rankings as docs/evaluation.md defines: a hit at rank r when the r-th passage contains an expected quote
/// (after normalising whitespace, quotes and dashes, ignoring case); recall@k over answerable questions;
/// MRR over the top 10.
/// </summary>
public static class EvalScorer
{
    public const int MrrDepth = 10;

    /// <summary>The 1-based rank of the first passage containing any expected quote, or null.</summary>
    public static int? FirstHitRank(IReadOnlyList<string> rankedPassages, IReadOnlyList<string> expected)
    {
        ArgumentNullException.ThrowIfNull(rankedPassages);
        ArgumentNullException.ThrowIfNull(expected);
        var quotes = expected.Select(TextUtil.NormalizeForMatch).Where(q => q.Length > 0).ToList();
        for (var i = 0; i < rankedPassages.Count; i++)
        {
            var text = TextUtil.NormalizeForMatch(rankedPassages[i]);
            if (quotes.Any(q => text.Contains(q, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>Share of the ranks (one per answerable question, null for a miss) that are at most k.</summary>
    public static double RecallAt(IReadOnlyList<int?> ranks, int k)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        return ranks.Count == 0 ? 0 : ranks.Count(r => r <= k) / (double)ranks.Count;
    }

    /// <summary>Mean of 1/rank of the first hit within the top 10 (0 when none).</summary>
    public static double MeanReciprocalRank(IReadOnlyList<int?> ranks)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        return ranks.Count == 0 ? 0 : ranks.Sum(r => r is { } v && v <= MrrDepth ? 1.0 / v : 0) / ranks.Count;
    }

    /// <summary>The value below which <paramref name="fraction"/> of the samples fall (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> samples, double fraction)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return 0;
        }

        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
