namespace RightsBot.Core.Corpus;

/// <summary>One loaded report: its metadata and where it came from.</summary>
/// <param name="Id">Short slug, unique in the corpus (e.g. "kazakhstan-2016").</param>
/// <param name="Country">Country name as the report gives it.</param>
/// <param name="Year">Report year.</param>
/// <param name="Title">E.g. "2016 Country Reports on Human Rights Practices: Kazakhstan".</param>
/// <param name="SourceFile">Path of the file relative to the corpus root.</param>
/// <param name="Url">The report's official page (see <see cref="ReportUrl"/>), or null when unknown.</param>
public sealed record Report(string Id, string Country, int Year, string Title, string SourceFile, string? Url = null);
