namespace RightsBot.Tests.Hosting;

/// <summary>Settings for a real `serve` host in tests: loopback port, one small report, no cache, lexical mode.</summary>
internal static class ServeSettings
{
    public static Dictionary<string, string?> OneReport(int port, params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Corpus:Path"] = Path.Combine(CliRunner.RepoRoot, "corpus", "japan-2024.txt"),
            ["Corpus:CachePath"] = string.Empty,
            ["Retrieval:Dense"] = "Off",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
