using RightsBot.Commands;

namespace RightsBot.Tests;

/// <summary>Runs the command line in-process with string streams, as a user would from the shell.</summary>
internal static class CliRunner
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The texts tests read, kept in the repository (tests/fixtures).</summary>
    public static string Fixtures => Path.Combine(RepoRoot, "tests", "fixtures");

    public static string DevQuestions => Path.Combine(Fixtures, "dev.jsonl");

    public static string SeedExcerpt => Path.Combine(Fixtures, "seed-kazakhstan-2016-excerpt.txt");

    /// <summary>Runs in lexical mode: embedding the shipped corpus would add a minute of CPU to each run.</summary>
    public static Task<(int Code, string Out, string Err)> RunAsync(string input, params string[] args)
        => RunWithSettingsAsync(Lexical, input, args);

    /// <summary>The settings of lexical mode (Retrieval:Dense = Off).</summary>
    public static IReadOnlyDictionary<string, string?> Lexical { get; } = new Dictionary<string, string?> { ["Retrieval:Dense"] = "Off" };

    /// <summary>Runs with configuration layered over appsettings.json, as environment variables would.</summary>
    public static async Task<(int Code, string Out, string Err)> RunWithSettingsAsync(IReadOnlyDictionary<string, string?>? settings, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var code = await CliApp.RunAsync(args, new ConsoleIo(reader, output, error, settings));
        return (code, output.ToString(), error.ToString());
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RightsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RightsBot.sln not found");
    }
}
