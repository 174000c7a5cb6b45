namespace RightsBot.Core.Fetching;

/// <summary>One report page: its edition's year, its slug in the address, and its country as the report names it.</summary>
public sealed record ReportEntry(int Year, string Slug, string Country)
{
    /// <summary>"2016/kazakhstan": how a report is named in messages and in the corpus folder.</summary>
    public string Name => $"{Year}/{Slug}";
}
