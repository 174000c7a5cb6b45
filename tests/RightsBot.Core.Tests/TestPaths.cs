namespace RightsBot.Core.Tests;

/// <summary>Locates the repository (the folder with RightsBot.sln) and the fixtures inside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Corpus => Path.Combine(RepoRoot, "corpus");

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "fixtures");

    public static string SeedExcerpt => Path.Combine(Fixtures, "seed-kazakhstan-2016-excerpt.txt");

    public static string DevQuestions => Path.Combine(Fixtures, "dev.jsonl");

    public static string HtmlSamples => Path.Combine(Fixtures, "html");

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
