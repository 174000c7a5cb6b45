namespace RightsBot.Core.Answering;

/// <summary>A full passage fetched by id ("show me the whole paragraph"); <paramref name="Url"/> opens it on the report's page, when known.</summary>
public sealed record PassageView(string PassageId, string Country, int Year, string Section, string Text, string? Url = null)
{
    /// <summary>The report label, e.g. "Kazakhstan 2016".</summary>
    public string Report => CitationLabel.Report(Country, Year);

    /// <summary>The report and section, e.g. "Kazakhstan 2016 · Section 1.c Torture …".</summary>
    public string Label => CitationLabel.Format(Report, Section);
}
