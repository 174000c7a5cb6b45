namespace RightsBot.Core.Fetching;

/// <summary>What a fetch did: counts by outcome, the failures by name, and reports the corpus now holds twice.</summary>
/// <param name="Selected">Reports selected (each ends new, changed, unchanged or failed).</param>
/// <param name="New">Stored where there was no copy.</param>
/// <param name="Changed">Stored over a copy that differed.</param>
/// <param name="Unchanged">Already current.</param>
/// <param name="Failures">Reports and index pages that could not be fetched; their old files, if any, are untouched.</param>
/// <param name="Duplicates">Fetched reports the corpus also holds under another name.</param>
/// <param name="Elapsed">How long the fetch took.</param>
public sealed record FetchResult(int Selected, int New, int Changed, int Unchanged, IReadOnlyList<FetchFailure> Failures, IReadOnlyList<DuplicateReport> Duplicates, TimeSpan Elapsed)
{
    /// <summary>True when every selected report was fetched or found current, and every index page read.</summary>
    public bool Succeeded => Failures.Count == 0;
}
