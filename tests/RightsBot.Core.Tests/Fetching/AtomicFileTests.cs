using RightsBot.Core.Corpus;
using RightsBot.Core.Fetching;

namespace RightsBot.Core.Tests.Fetching;

public class AtomicFileTests
{
    [Fact]
    public void Write_NewFileInANewFolder_WritesItAndNothingElse()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "2016", "kazakhstan.html");

        AtomicFile.Write(path, "<html></html>"u8);

        Assert.Equal("<html></html>", File.ReadAllText(path));
        Assert.Equal(["kazakhstan.html"], Directory.GetFiles(Path.Combine(folder.Path, "2016")).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_OverAnOldFile_ReplacesItWhole()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.html", new string('x', 10_000));

        AtomicFile.Write(path, "short"u8);

        Assert.Equal("short", File.ReadAllText(path));
    }

    // A process killed between writing and renaming leaves the temporary file: the loader must not read it.
    [Fact]
    public void TemporaryName_IsNoReportFileToTheLoader()
    {
        using var folder = new TempFolder();
        folder.Write("2016/.kazakhstan.html" + AtomicFile.TemporarySuffix, "<html>half</html>");

        Assert.Empty(CorpusLoader.FindFiles(folder.Path));
    }
}
