using RightsBot.Commands;

namespace RightsBot.Tests;

/// <summary>Runs the command line in-process with string streams, as a user would from the shell.</summary>
internal static class CliRunner
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared => Path.Combine(Path.GetDirectoryName(RepoRoot)!, "shared");

    public static async Task<(int Code, string Out, string Err)> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var code = await CliApp.RunAsync(args, reader, output, error);
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
