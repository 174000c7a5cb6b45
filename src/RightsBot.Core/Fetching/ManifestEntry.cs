using System.Text.Json.Serialization;

namespace RightsBot.Core.Fetching;

/// <summary>What the manifest records of one fetched report.</summary>
/// <param name="Year">The edition's year.</param>
/// <param name="Slug">The page's slug.</param>
/// <param name="Country">The country as the page names it.</param>
/// <param name="Url">Where it was fetched from.</param>
/// <param name="FetchedAt">When the stored copy was downloaded.</param>
/// <param name="ETag">The server's entity tag, sent back as If-None-Match; null when it gave none.</param>
/// <param name="LastModified">The server's Last-Modified, sent back as If-Modified-Since; null when it gave none.</param>
/// <param name="Sha256">The stored file's SHA-256, lower-case hex.</param>
public sealed record ManifestEntry(int Year, string Slug, string Country, string Url, DateTimeOffset FetchedAt, [property: JsonPropertyName("etag")] string? ETag, string? LastModified, string Sha256);
