namespace RightsBot.Core.Corpus;

/// <summary>A report parsed from a file, before it joins a corpus; <paramref name="Url"/> is its official page, when known.</summary>
internal sealed record ParsedReport(string Country, int Year, IReadOnlyList<ParsedPassage> Passages, string? Url = null);

/// <summary>A passage before it gets its corpus id.</summary>
internal sealed record ParsedPassage(IReadOnlyList<string> SectionPath, string Text);
