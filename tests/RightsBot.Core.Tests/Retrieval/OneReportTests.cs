using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

/// <summary>
/// Base of the test classes that search one small report: writes it as <c>corpus/testland-2020.txt</c> in a
/// temporary folder, builds its lexical index (no cache) and deletes the folder afterwards.
/// </summary>
public abstract class OneReportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    protected OneReportTests(string report) => Index = DenseTestCorpus.BuildIndex(_folder, report);

    internal PassageIndex Index { get; }

    /// <summary>The corpus folder holding the report.</summary>
    protected string CorpusPath => Path.Combine(_folder.Path, "corpus");

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
