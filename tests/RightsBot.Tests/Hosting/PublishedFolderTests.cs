using System.Diagnostics;
using System.Text.Json;

namespace RightsBot.Tests.Hosting;

// `dotnet publish src/RightsBot` gives a folder that answers from any working folder: its settings and the shipped
// reports are copied beside the program and found there, and Corpus:Path (here from the environment) still wins.
// A real publish (of the build the tests run on, so no compile) and real processes started from an empty folder.
public sealed class PublishedFolderTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _root = Directory.CreateTempSubdirectory("rightsbot-publish-").FullName;

    [Fact]
    public async Task Publish_RunFromAnotherFolder_FindsSettingsAndShippedCorpusBesideTheProgram()
    {
        var app = await PublishAsync();
        Assert.True(File.Exists(Path.Combine(app, "appsettings.json")), "appsettings.json is not published");
        Assert.Equal(
            Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "corpus")).Select(Path.GetFileName).Order(),
            Directory.GetFiles(Path.Combine(app, "corpus")).Select(Path.GetFileName).Order());

        var (code, output, error) = await RunAsync(app, [], "ask", "torture in Kazakhstan?", "--json");

        Assert.True(code == 0, $"exit {code}: {error}");
        var sources = JsonDocument.Parse(output).RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.StartsWith("Kazakhstan ", s.GetProperty("report").GetString(), StringComparison.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(app, ".cache", "index")), "the index cache is not beside the program (Corpus:CachePath is relative to it)");
    }

    [Fact]
    public async Task Publish_CorpusPathFromEnvironment_AnswersFromThatCorpus()
    {
        var app = await PublishAsync();
        var corpus = Directory.CreateDirectory(Path.Combine(_root, "reports")).FullName;
        File.Copy(Path.Combine(CliRunner.RepoRoot, "corpus", "japan-2024.txt"), Path.Combine(corpus, "japan-2024.txt"));

        var (code, output, error) = await RunAsync(app, [("Corpus__Path", corpus)], "ask", "torture in Kazakhstan?", "--json");

        Assert.True(code == 0, $"exit {code}: {error}");
        var reports = JsonDocument.Parse(output).RootElement.GetProperty("sources").EnumerateArray()
            .Select(s => s.GetProperty("report").GetString()).Distinct().ToList();
        Assert.All(reports, r => Assert.Equal("Japan 2024", r));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<string> PublishAsync()
    {
        var app = Path.Combine(_root, "app");
        var project = Path.Combine(CliRunner.RepoRoot, "src", "RightsBot");
        var (code, output, error) = await ProcessAsync(CliRunner.RepoRoot, [], "publish", project, "-c", Configuration, "--no-build", "--nologo", "-o", app);
        Assert.True(code == 0, $"dotnet publish failed ({code}): {output}{error}");
        return app;
    }

    // From an empty folder with no appsettings.json above it (the temporary folder's parents hold none), lexical mode:
    // embedding the corpus would add a minute of CPU.
    private Task<(int Code, string Out, string Err)> RunAsync(string app, (string Key, string Value)[] environment, params string[] args)
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        return ProcessAsync(elsewhere, [("Retrieval__Dense", "Off"), .. environment], [Path.Combine(app, "RightsBot.dll"), .. args]);
    }

    private static async Task<(int Code, string Out, string Err)> ProcessAsync(string workingDirectory, (string Key, string Value)[] environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
