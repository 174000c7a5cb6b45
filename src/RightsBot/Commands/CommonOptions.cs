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

    public static Option<string?> Country() => new("--country") { Description = "Answer from this country's reports only; several, comma-separated, compare those countries." };

    public static Option<int?> Year() => new("--year") { Description = "Answer from this year's reports only." };

    /// <summary><c>--years 2016,2023</c>: compare these years of the country's reports.</summary>
    public static Option<string?> Years() => new("--years") { Description = "Compare these report years, comma-separated (e.g. 2016,2023): one answer per year, oldest first." };

    /// <summary>The years of <c>--years</c>, or null when it was not given; a malformed list is a usage error.</summary>
    public static IReadOnlyList<int>? ParseYears(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var years = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                throw new UsageException($"--years: '{part}' is not a year; give two or more, comma-separated, e.g. --years 2016,2023");
            }

            years.Add(year);
        }

        if (years.Distinct().Count() < 2)
        {
            throw new UsageException("--years needs two or more different years, comma-separated, e.g. --years 2016,2023");
        }

        return [.. years.Distinct().Order()];
    }

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
