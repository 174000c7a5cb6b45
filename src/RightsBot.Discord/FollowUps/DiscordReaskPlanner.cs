using RightsBot.Core.Answering;

namespace RightsBot.Discord.FollowUps;

/// <summary>
/// Decides what an answer's year menu and "Latest report" button re-ask: the answer's topic, for the country of its
/// report (the one the question was scoped to, else the country of its best source), in the years of that
/// country's reports the answer did not already give.
/// </summary>
internal static class DiscordReaskPlanner
{
    /// <summary>The re-ask for an answer, or null when it has no topic or no country in the loaded reports.</summary>
    public static (DiscordReask Reask, IReadOnlyList<int> Years, bool LatestEnabled)? Plan(Answer answer, bool ephemeral, IReadOnlyList<ReportInfo> reports)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(reports);
        if (answer.Status == AnswerStatus.Rejected || answer.Scope is not { } scope || Topic(scope.Topic) is not { } topic)
        {
            return null;
        }

        var countries = Countries(answer, scope, reports);
        if (countries.Count == 0)
        {
            return null;
        }

        // A comparison showed several years; picking one of them still gives that report's own, fuller answer.
        int? shown = answer.Comparison is null ? scope.Year ?? answer.Sources.FirstOrDefault(s => Is(s.Country, countries))?.Year : null;
        var years = reports
            .Where(r => Is(r.Country, countries) && r.Year != shown)
            .Select(r => r.Year)
            .Distinct()
            .OrderDescending()
            .Take(Models.DiscordComponent.MaxSelectOptions)
            .ToList();

        // Asked without a year, a plain answer already is the latest report's (or the newest one covering it).
        var latestEnabled = answer.Comparison is not null || scope.Year is not null || scope.Country is null;
        return (new DiscordReask(topic, string.Join(',', countries), ephemeral), years, latestEnabled);
    }

    /// <summary>
    /// The corpus's own names of the answer's countries: those of its scope (the core's display names, or what the
    /// user typed for a comparison), else those its comparison parts or best source came from.
    /// </summary>
    private static List<string> Countries(Answer answer, AnswerScope scope, IReadOnlyList<ReportInfo> reports)
    {
        IEnumerable<string?>[] candidates =
        [
            scope.Country?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            answer.Comparison?.Select(p => p.Country) ?? [],
            answer.Sources.Take(1).Select(s => s.Country),
        ];
        foreach (var names in candidates)
        {
            var known = names
                .Select(name => reports.FirstOrDefault(r => string.Equals(r.Country, name, StringComparison.OrdinalIgnoreCase))?.Country)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (known.Count > 0)
            {
                return known;
            }
        }

        return [];
    }

    private static bool Is(string country, List<string> countries) => countries.Contains(country, StringComparer.OrdinalIgnoreCase);

    private static string? Topic(string topic)
    {
        var oneLine = string.Join(' ', topic.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Any(char.IsLetterOrDigit) ? oneLine : null;
    }
}
