using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightsBot.Core.Fetching;

/// <summary>
/// <c>&lt;corpus&gt;/reports.json</c>: one entry per fetched report, so that later runs ask the site only whether a
/// page changed. Thread-safe; saved whole under a temporary name and renamed, so it is never half-written.
/// </summary>
public sealed class FetchManifest
{
    /// <summary>The manifest's file name in the corpus folder.</summary>
    public const string FileName = "reports.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // A file for people too: ETags keep their quotes and "Côte d’Ivoire" its letters, not \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Dictionary<(int Year, string Slug), ManifestEntry> _entries = [];
    private readonly Lock _gate = new();

    private FetchManifest(string path) => Path = path;

    /// <summary>Where it is saved.</summary>
    public string Path { get; }

    /// <summary>Reads the manifest of a corpus folder; a missing one is empty.</summary>
    /// <exception cref="InvalidDataException">The file is not a manifest.</exception>
    public static FetchManifest Load(string corpusFolder)
    {
        var manifest = new FetchManifest(System.IO.Path.Combine(corpusFolder, FileName));
        if (!File.Exists(manifest.Path))
        {
            return manifest;
        }

        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(File.ReadAllBytes(manifest.Path), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{manifest.Path} is not a report manifest: {ex.Message}", ex);
        }

        foreach (var entry in document?.Reports ?? [])
        {
            manifest._entries[(entry.Year, entry.Slug)] = entry;
        }

        return manifest;
    }

    /// <summary>The entries, by year, then slug.</summary>
    public IReadOnlyList<ManifestEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.Values.OrderBy(e => e.Year).ThenBy(e => e.Slug, StringComparer.Ordinal)];
            }
        }
    }

    public ManifestEntry? Find(int year, string slug)
    {
        lock (_gate)
        {
            return _entries.GetValueOrDefault((year, slug));
        }
    }

    public void Set(ManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            _entries[(entry.Year, entry.Slug)] = entry;
        }
    }

    /// <summary>Writes the manifest atomically.</summary>
    public void Save() => AtomicFile.Write(Path, JsonSerializer.SerializeToUtf8Bytes(new Document(Entries), Json));

    private sealed record Document(IReadOnlyList<ManifestEntry> Reports);
}
