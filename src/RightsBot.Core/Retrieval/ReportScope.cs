namespace RightsBot.Core.Retrieval;

/// <summary>Which reports a question is answered from, and how that was decided.</summary>
/// <param name="ReportIndices">Indices of the reports in scope; null means every report.</param>
/// <param name="Country">The country in scope, if one was named or given.</param>
/// <param name="Year">The year in scope, if one was named or given.</param>
/// <param name="Unavailable">Set when the user asked for a country or year the corpus does not have: what is missing ("Kazakhstan 2019", "France"), for the reply to name.</param>
internal sealed record ReportScope(IReadOnlyList<int>? ReportIndices, string? Country, int? Year, string? Unavailable = null)
{
    /// <summary>
    /// The question with the words that chose the scope taken out ("Kazakhstan's 2016 report"): once they
    /// select the reports they only add noise to ranking, since every passage in scope shares them.
    /// </summary>
    public string? TopicText { get; init; }

    /// <summary>
    /// <see cref="TopicText"/> with the country's nationality words also taken out ("Ukrainian men" → "men"),
    /// or null when it has none. Such a word may be the topic ("do you need to know Kazakh") or only repeat the
    /// scope ("can Ukrainian men go abroad"), so search by meaning uses both texts.
    /// </summary>
    public string? BareTopicText { get; init; }

    /// <summary>
    /// Set when a question names a country but no year (nor was one chosen) and the country has reports of several
    /// years: its years newest first. The answer then comes from the newest report that covers the question
    /// (see <c>LatestFirstStage</c>), while <see cref="ReportIndices"/> holds every year's reports.
    /// </summary>
    public IReadOnlyList<ScopeYear>? LatestFirst { get; init; }

    /// <summary>
    /// True when only a nationality word chose the country ("the French writer …"): it may describe a person rather
    /// than the place, so a question whose names that country's reports never use is searched in every report.
    /// </summary>
    public bool ByNationalityWord { get; init; }
}
