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

    /// <summary>The style under which <see cref="ByStyle"/> groups the questions that have none.</summary>
    public const string NoStyle = "(none)";

    /// <summary>The language under which <see cref="ByLanguage"/> groups the questions that have none.</summary>
    public const string NoLanguage = "(none)";

    // Labels (styles, languages) by name, ignoring case ("Discord moderator" among "casual" and "typo"); case decides only a tie.
    private static readonly Comparer<string> LabelOrder = Comparer<string>.Create((a, b) =>
    {
        var byName = StringComparer.OrdinalIgnoreCase.Compare(a, b);
        return byName != 0 ? byName : StringComparer.Ordinal.Compare(a, b);
    });

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

    /// <summary>
    /// Share of the answerable (or, with <paramref name="answerable"/> false, the unanswerable) questions that were
    /// refused; null when there are none, or for a system that never refuses.
    /// </summary>
    public static double? RefusedShare(IReadOnlyList<EvalQuestionOutcome> outcomes, bool answerable, bool reportsRefusal)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var group = outcomes.Where(o => o.Question.Answerable == answerable).ToList();
        return reportsRefusal && group.Count > 0 ? group.Count(o => o.Refused) / (double)group.Count : null;
    }

    /// <summary>
    /// A system's figures for each style of question, ordered by style, the questions without one under
    /// <see cref="NoStyle"/>; null when no question has a style. Rounded as eval reports them.
    /// </summary>
    public static IReadOnlyDictionary<string, EvalGroupResult>? ByStyle(IReadOnlyList<EvalQuestionOutcome> outcomes, bool reportsRefusal)
        => ByLabel(outcomes, o => o.Question.Style, NoStyle, group => Figures(group, reportsRefusal));

    /// <summary>
    /// A system's figures for each language of question ("en", "ru"…), ordered by language, the questions without
    /// one under <see cref="NoLanguage"/>; null when no question has a language. Rounded as eval reports them.
    /// </summary>
    public static IReadOnlyDictionary<string, EvalGroupResult>? ByLanguage(IReadOnlyList<EvalQuestionOutcome> outcomes, bool reportsRefusal)
        => ByLabel(outcomes, o => o.Question.Lang, NoLanguage, group => Figures(group, reportsRefusal));

    /// <summary>
    /// Figures of each group of items that share a label (a style, a language), ordered by label ignoring case, the
    /// items without one under <paramref name="none"/>; null when no item has a label.
    /// </summary>
    internal static IReadOnlyDictionary<string, TFigures>? ByLabel<T, TFigures>(IReadOnlyList<T> items, Func<T, string?> label, string none, Func<IReadOnlyList<T>, TFigures> figures)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.All(i => label(i) is null))
        {
            return null;
        }

        var result = new SortedDictionary<string, TFigures>(LabelOrder);
        foreach (var group in items.GroupBy(i => label(i) ?? none, StringComparer.Ordinal))
        {
            result[group.Key] = figures([.. group]);
        }

        return result;
    }

    // The figures of one group of a system's outcomes, rounded.
    private static EvalGroupResult Figures(IReadOnlyList<EvalQuestionOutcome> group, bool reportsRefusal)
    {
        var ranks = group.Where(o => o.Question.Answerable).Select(o => o.FirstHitRank).ToList();
        double? IfAnswerable(double value) => ranks.Count == 0 ? null : Round(value);
        return new EvalGroupResult(
            group.Count,
            ranks.Count,
            group.Count - ranks.Count,
            IfAnswerable(RecallAt(ranks, 1)),
            IfAnswerable(RecallAt(ranks, 3)),
            IfAnswerable(MeanReciprocalRank(ranks)),
            Round(RefusedShare(group, answerable: false, reportsRefusal)),
            Round(RefusedShare(group, answerable: true, reportsRefusal)));
    }

    /// <summary>A figure as eval reports it: three decimals.</summary>
    public static double Round(double value) => Math.Round(value, 3);

    /// <inheritdoc cref="Round(double)"/>
    public static double? Round(double? value) => value is { } v ? Round(v) : null;

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
