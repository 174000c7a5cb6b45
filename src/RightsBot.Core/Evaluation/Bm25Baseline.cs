using System.Globalization;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using RightsBot.Core.Corpus;

namespace RightsBot.Core.Evaluation;

/// <summary>
/// The comparison baseline: Lucene.Net with BM25Similarity and the EnglishAnalyzer (stemming, stop words) over
/// exactly the passages RightsBot indexes. Explicit filters become required exact-match clauses.
/// </summary>
internal sealed class Bm25Baseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly EnglishAnalyzer _analyzer = new(Version);

    public Bm25Baseline(ReportCorpus corpus, Func<Passage, string> indexedText)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < corpus.Passages.Count; i++)
            {
                var p = corpus.Passages[i];
                var report = corpus.Reports[p.ReportIndex];
                writer.AddDocument(new Document
                {
                    new StoredField("n", i),
                    new TextField("text", indexedText(p), Field.Store.NO),
                    new StringField("country", report.Country.ToLowerInvariant(), Field.Store.NO),
                    new StringField("year", report.Year.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>Passage indices, best first.</summary>
    public IReadOnlyList<int> Search(string question, int k, string? country, int? year)
    {
        // QueryParser is not thread-safe and cheap to create.
        var parser = new QueryParser(Version, "text", _analyzer);
        Query text;
        try
        {
            text = parser.Parse(QueryParser.Escape(question));
        }
        catch (ParseException)
        {
            return [];
        }

        var query = new BooleanQuery { { text, Occur.MUST } };
        if (country is not null)
        {
            query.Add(new TermQuery(new Term("country", country.ToLowerInvariant())), Occur.MUST);
        }

        if (year is not null)
        {
            query.Add(new TermQuery(new Term("year", year.Value.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        }

        var top = _searcher.Search(query, k);
        return top.ScoreDocs.Select(d => _searcher.Doc(d.Doc).GetField("n").GetInt32Value()!.Value).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
