using System.Globalization;

namespace RightsBot.Core.Answering;

/// <summary>
/// The one way every front end names a source: "Kazakhstan 2016 · Section 1.c Torture … › Prison Conditions", with
/// "[n] " in front when it is numbered. Adapters add only their markup around it.
/// </summary>
public static class CitationLabel
{
    /// <summary>Between the report and the section.</summary>
    public const string Separator = " · ";

    /// <summary>The report's name, e.g. "Kazakhstan 2016".</summary>
    public static string Report(string country, int year)
        => string.Create(CultureInfo.InvariantCulture, $"{country} {year}");

    /// <summary>"Report · Section", or the report alone when the passage has no section.</summary>
    public static string Format(string report, string? section)
        => string.IsNullOrWhiteSpace(section) ? report : report + Separator + section;

    /// <summary>A label under its source number: "[2] Kazakhstan 2016 · Section 1.c …".</summary>
    public static string Numbered(int rank, string label)
        => string.Create(CultureInfo.InvariantCulture, $"[{rank}] {label}");
}
