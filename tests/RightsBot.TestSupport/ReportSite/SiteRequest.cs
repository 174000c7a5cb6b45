namespace RightsBot.TestSupport.ReportSite;

/// <summary>A request the report-site stand-in answered: what was asked, with which conditions, and the status sent.</summary>
public sealed record SiteRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent, int Status, int BodyBytes);
