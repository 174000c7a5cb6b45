using System.Text.Json;
using RightsBot.Core.Fetching;

namespace RightsBot.Core.Tests.Fetching;

public class FetchManifestTests
{
    private static readonly ManifestEntry Kazakhstan = new(2016, "kazakhstan", "Kazakhstan", "https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/",
        new DateTimeOffset(2025, 8, 12, 9, 30, 0, TimeSpan.Zero), "\"abc\"", "Tue, 12 Aug 2025 09:00:00 GMT", new string('0', 64));

    [Fact]
    public void Load_NoFile_IsEmpty()
    {
        using var folder = new TempFolder();

        Assert.Empty(FetchManifest.Load(folder.Path).Entries);
    }

    [Fact]
    public void Save_ThenLoad_GivesTheSameEntries()
    {
        using var folder = new TempFolder();
        var manifest = FetchManifest.Load(folder.Path);
        var japan = Kazakhstan with { Year = 2024, Slug = "japan", Country = "Japan", ETag = null };
        manifest.Set(japan);
        manifest.Set(Kazakhstan);
        manifest.Set(Kazakhstan with { Sha256 = new string('1', 64) });

        manifest.Save();
        var loaded = FetchManifest.Load(folder.Path);

        Assert.Equal([Kazakhstan with { Sha256 = new string('1', 64) }, japan], loaded.Entries);
        Assert.Equal(japan, loaded.Find(2024, "japan"));
        Assert.Null(loaded.Find(2024, "kazakhstan"));
    }

    [Fact]
    public void Save_WritesTheFieldsAnOperatorReads()
    {
        using var folder = new TempFolder();
        var manifest = FetchManifest.Load(folder.Path);
        manifest.Set(Kazakhstan);

        manifest.Save();

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, FetchManifest.FileName)));
        var entry = json.RootElement.GetProperty("reports")[0];
        Assert.Equal(["year", "slug", "country", "url", "fetched_at", "etag", "last_modified", "sha256"], entry.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-08-12T09:30:00+00:00", entry.GetProperty("fetched_at").GetString());
        Assert.Equal(["reports.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"reports\": [{\"year\": \"twenty\"}]}")]
    public void Load_NotAManifest_Throws(string text)
    {
        using var folder = new TempFolder();
        folder.Write(FetchManifest.FileName, text);

        Assert.Contains(FetchManifest.FileName, Assert.Throws<InvalidDataException>(() => FetchManifest.Load(folder.Path)).Message, StringComparison.Ordinal);
    }
}
