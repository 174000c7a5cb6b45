namespace RightsBot.Core.Answering;

/// <summary>A report in the loaded corpus, as listed by /sources commands.</summary>
public sealed record ReportInfo(string Country, int Year, string Title, int Passages);
