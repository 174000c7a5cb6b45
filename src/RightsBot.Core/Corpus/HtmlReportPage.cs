namespace RightsBot.Core.Corpus;

/// <summary>What a report page gives: its blocks, as the .txt rendering has them, and its canonical address.</summary>
internal sealed record HtmlReportPage(IReadOnlyList<string> Blocks, string? CanonicalUrl);
