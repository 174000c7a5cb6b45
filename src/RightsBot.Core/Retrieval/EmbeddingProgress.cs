namespace RightsBot.Core.Retrieval;

/// <summary>How far embedding a corpus's sentences has gone: <paramref name="Done"/> of <paramref name="Total"/>.</summary>
/// <remarks>
/// Counts rather than a fraction, so that the <c>index</c> command can show them. A build that resumes an
/// interrupted one reports the sentences already embedded first.
/// </remarks>
internal readonly record struct EmbeddingProgress(int Done, int Total)
{
    /// <summary>The share done, from 0 to 1 (1 for a corpus without a sentence).</summary>
    public double Fraction => Total == 0 ? 1 : Math.Min(1, Done / (double)Total);
}
