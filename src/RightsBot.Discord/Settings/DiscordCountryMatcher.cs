using System.Globalization;
using System.Text;

namespace RightsBot.Discord.Settings;

/// <summary>
/// Finds the corpus's country for a name typed into <c>/settings country:</c>: the same country whatever its case or
/// accents ("turkiye" for "Turkey (Türkiye)"), else up to five close names to suggest ("Kazakstan" → Kazakhstan).
/// </summary>
internal static class DiscordCountryMatcher
{
    public const int MaxSuggestions = 5;

    // Fewer typed characters than these do not match the start of a name, or the inside of one ("a" is in most).
    private const int MinPrefixLength = 2;
    private const int MinContainedLength = 3;

    /// <summary>The country <paramref name="typed"/> names, or null with the closest names to offer instead.</summary>
    public static (string? Country, IReadOnlyList<string> Close) Match(string typed, IEnumerable<string> countries)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(countries);
        var wanted = Normalize(typed);
        var known = countries.Distinct(StringComparer.Ordinal).Select(c => (Country: c, Names: NamesOf(c))).ToList();
        if (wanted.Length == 0)
        {
            return (null, []);
        }

        if (known.FirstOrDefault(k => k.Names.Contains(wanted, StringComparer.Ordinal)).Country is { } exact)
        {
            return (exact, []);
        }

        var allowed = Math.Max(2, wanted.Length / 3);
        var close = known
            .Select(k => (k.Country, Distance: k.Names.Min(name => Distance(wanted, name))))
            .Where(k => k.Distance <= allowed)
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Country, StringComparer.OrdinalIgnoreCase)
            .Take(MaxSuggestions)
            .Select(k => k.Country)
            .ToList();
        return (null, close);
    }

    // A country by its whole title and by its parts: "Turkey (Türkiye)" is also "turkey" and "turkiye".
    private static List<string> NamesOf(string country)
    {
        var names = new List<string> { Normalize(country) };
        var open = country.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            names.Add(Normalize(country[..open]));
            names.Add(Normalize(country[(open + 1)..].TrimEnd(')')));
        }

        return names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    // Edits between two names; a name that starts with, or holds, what was typed counts as one edit away.
    private static int Distance(string typed, string name)
    {
        if ((typed.Length >= MinPrefixLength && name.StartsWith(typed, StringComparison.Ordinal))
            || (typed.Length >= MinContainedLength && name.Contains(typed, StringComparison.Ordinal)))
        {
            return 1;
        }

        var previous = Enumerable.Range(0, name.Length + 1).ToArray();
        var current = new int[name.Length + 1];
        for (var i = 1; i <= typed.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= name.Length; j++)
            {
                var substitution = previous[j - 1] + (typed[i - 1] == name[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[name.Length];
    }

    // Lower case, accents and punctuation gone, single spaces: "Côte d'Ivoire" → "cote d ivoire".
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
