namespace RightsBot.Core.Fetching;

/// <summary>A report (or an edition's index page) that could not be fetched, and why; no file was written for it.</summary>
/// <param name="Name">"2016/kazakhstan", or "2025 index page".</param>
/// <param name="Url">The address asked for.</param>
/// <param name="Reason">What went wrong, in a few words ("HTTP 404 Not Found").</param>
public sealed record FetchFailure(string Name, Uri Url, string Reason);
