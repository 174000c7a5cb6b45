namespace RightsBot.Core.Fetching;

/// <summary>What an edition's index page gave: the slugs it links to, or why it could not be read.</summary>
internal sealed record IndexPage(IReadOnlyList<string> Slugs, string? Problem);
