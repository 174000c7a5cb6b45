namespace RightsBot.Core.Tests;

/// <summary>Locates the repository (the folder with RightsBot.sln) and the shared data beside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Corpus => Path.Combine(RepoRoot, "corpus");

    public static string Shared => Path.Combine(Path.GetDirectoryName(RepoRoot)!, "shared");

    public static string SeedExcerpt => Path.Combine(Shared, "eval", "seed-kazakhstan-2016-excerpt.txt");

    public static string DevQuestions => Path.Combine(Shared, "eval", "dev.jsonl");

    public static string HtmlSamples => Path.Combine(Shared, "datasets", "html-samples");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RightsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RightsBot.sln not found above the test output folder");
    }
}
