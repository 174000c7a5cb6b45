using Microsoft.Extensions.Logging;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Tests.Corpus;

public class CorpusLoaderTests
{
    private const string GoodReport = Retrieval.DenseTestCorpus.TestlandHeader + "The police detained protesters in the capital.\n";

    [Fact]
    public void Load_BadFilesBesideAGoodOne_SkipsEachWithOneWarningNamingIt()
    {
        using var folder = new TempFolder();
        folder.Write("testland-2020.txt", GoodReport);
        folder.Write("empty-2020.txt", string.Empty);
        folder.WriteBytes("binary-2020.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10]);
        folder.WriteBytes("latin1-2020.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x32, 0x30, 0x32, 0x30]);
        folder.Write("page.html", "<html><body><p>No report here</p></body></html>");
        folder.Write("notes.md", "ignored: not a report format");
        var logger = new ListLogger<CorpusLoader>();

        var corpus = new CorpusLoader(logger).Load(folder.Path);

        Assert.Single(corpus.Reports);
        Assert.Equal("Testland", corpus.Reports[0].Country);
        Assert.Equal(4, logger.Warnings.Count);
        Assert.Contains(logger.Warnings, w => w.Contains("empty-2020.txt", StringComparison.Ordinal) && w.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(logger.Warnings, w => w.Contains("binary-2020.txt", StringComparison.Ordinal) && w.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(logger.Warnings, w => w.Contains("latin1-2020.txt", StringComparison.Ordinal) && w.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains(logger.Warnings, w => w.Contains("page.html", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EmptyFolder_ThrowsClearError()
    {
        using var folder = new TempFolder();
        var ex = Assert.Throws<CorpusFormatException>(() => new CorpusLoader(new ListLogger<CorpusLoader>()).Load(folder.Path));
        Assert.Contains("no report files", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OnlyBrokenFiles_ThrowsClearError()
    {
        using var folder = new TempFolder();
        folder.Write("empty-2020.txt", "   \n");
        var ex = Assert.Throws<CorpusFormatException>(() => new CorpusLoader(new ListLogger<CorpusLoader>()).Load(folder.Path));
        Assert.Contains("could be read", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedCorpus_SixteenReportsWithUniqueIds()
    {
        var corpus = new CorpusLoader(new ListLogger<CorpusLoader>()).Load(TestPaths.Corpus);

        Assert.Equal(16, corpus.Reports.Count);
        Assert.Equal(corpus.Passages.Count, corpus.Passages.Select(p => p.Id).Distinct().Count());
        Assert.All(corpus.Passages, p => Assert.True(System.Text.Encoding.UTF8.GetByteCount(p.Id) <= 40, p.Id));
        Assert.Contains(corpus.Reports, r => r is { Country: "Kyrgyz Republic", Year: 2016 });
    }

    internal sealed class ListLogger<T> : ILogger<T>
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }
}
