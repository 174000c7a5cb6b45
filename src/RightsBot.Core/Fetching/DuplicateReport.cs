namespace RightsBot.Core.Fetching;

/// <summary>A fetched report that the corpus also holds under another name (a shipped .txt): the index would hold it twice.</summary>
/// <param name="FetchedFile">The fetched page, relative to the corpus folder ("2016/kazakhstan.html").</param>
/// <param name="OtherFile">The other copy, relative to the corpus folder ("kazakhstan-2016.txt").</param>
public sealed record DuplicateReport(string FetchedFile, string OtherFile);
