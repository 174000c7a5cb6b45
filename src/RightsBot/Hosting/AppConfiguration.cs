using Microsoft.Extensions.Configuration;
using RightsBot.Core.Corpus;

namespace RightsBot.Hosting;

/// <summary>
/// Finds appsettings.json (from the working folder upwards, then from the program's folder upwards) and makes
/// relative paths in it relative to that file's folder, so the program runs the same from the repository root
/// or from its build output.
/// </summary>
internal static class AppConfiguration
{
    public const string FileName = "appsettings.json";

    /// <summary>The folder holding appsettings.json, or the working folder when there is none.</summary>
    public static string FindContentRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, FileName)))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>Adds the settings file, environment variables and <paramref name="overrides"/> (last wins).</summary>
    public static void Apply(IConfigurationBuilder builder, string contentRoot, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        builder.AddJsonFile(Path.Combine(contentRoot, FileName), optional: true, reloadOnChange: false);
        builder.AddEnvironmentVariables();
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }
    }

    /// <summary>Makes Corpus:Path and Corpus:CachePath absolute, relative to the content root.</summary>
    public static Dictionary<string, string?> ResolvePaths(IConfiguration configuration, string contentRoot)
    {
        var result = new Dictionary<string, string?>();
        foreach (var key in new[] { $"{CorpusOptions.SectionName}:Path", $"{CorpusOptions.SectionName}:CachePath" })
        {
            var value = configuration[key];
            if (!string.IsNullOrWhiteSpace(value))
            {
                result[key] = Path.GetFullPath(value, contentRoot);
            }
        }

        if (configuration[$"{CorpusOptions.SectionName}:Path"] is null)
        {
            result[$"{CorpusOptions.SectionName}:Path"] = Path.Combine(contentRoot, "corpus");
        }

        return result;
    }
}
