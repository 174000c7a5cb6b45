using System.CommandLine;
using RightsBot.Core.Corpus;

namespace RightsBot.Commands;

/// <summary>Options several commands share, and how they become configuration overrides.</summary>
internal static class CommonOptions
{
    public static Option<string?> Corpus() => new("--corpus")
    {
        Description = "A corpus folder (read recursively) or one report file; default: Corpus:Path from appsettings.json.",
    };

    public static Option<string?> Country() => new("--country") { Description = "Answer from this country's reports only." };

    public static Option<int?> Year() => new("--year") { Description = "Answer from this year's reports only." };

    public static Dictionary<string, string?> Overrides(ConsoleIo io, string? corpus)
    {
        var overrides = io.Settings is null ? [] : new Dictionary<string, string?>(io.Settings);
        if (!string.IsNullOrWhiteSpace(corpus))
        {
            if (!File.Exists(corpus) && !Directory.Exists(corpus))
            {
                throw new UsageException($"--corpus: '{corpus}' is neither a file nor a folder");
            }

            overrides[$"{CorpusOptions.SectionName}:Path"] = corpus;
        }

        return overrides;
    }
}
