using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

/// <summary>
/// Base of the test classes that search a small corpus written into corpus/ of a temporary folder: the two-report
/// test corpus (<see cref="DenseTestCorpus"/>), one report given as text (<c>corpus/testland-2020.txt</c>), or
/// several given by file name.
/// Offers a cache folder beside it and the lexical index (built on first use, no cache), and deletes the folder
/// afterwards.
/// </summary>
public abstract class CorpusTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Lazy<PassageIndex> _index;
    private PassageIndex? _snapshot;

    /// <summary>The two-report test corpus.</summary>
    protected CorpusTests()
        : this((string?)null)
    {
    }

    /// <summary>Several reports, each written as <c>corpus/&lt;file name&gt;</c> ("testland-2024.txt").</summary>
    protected CorpusTests(IReadOnlyDictionary<string, string> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var (name, text) in reports)
        {
            _folder.Write($"corpus/{name}", text);
        }

        _index = new(() => DenseTestCorpus.NewBuilder().LoadOrBuild(CorpusPath, cachePath: null).Index);
    }

    /// <summary>One report, written as <c>corpus/testland-2020.txt</c>; null for the two-report test corpus.</summary>
    protected CorpusTests(string? report)
    {
        if (report is null)
        {
            DenseTestCorpus.Write(_folder);
        }
        else
        {
            _folder.Write("corpus/testland-2020.txt", report);
        }

        _index = new(() => DenseTestCorpus.NewBuilder().LoadOrBuild(CorpusPath, cachePath: null).Index);
    }

    /// <summary>The temporary folder holding corpus/ (and cache/ once a test fills it).</summary>
    protected string FolderPath => _folder.Path;

    /// <summary>The corpus folder.</summary>
    protected string CorpusPath => Path.Combine(_folder.Path, "corpus");

    /// <summary>A cache folder beside the corpus; nothing creates it until a test does.</summary>
    protected string CachePath => Path.Combine(_folder.Path, "cache");

    /// <summary>The index snapshot the tests search; a test may replace it (with vectors, say).</summary>
    internal PassageIndex Index
    {
        get => _snapshot ?? _index.Value;
        set => _snapshot = value;
    }

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
