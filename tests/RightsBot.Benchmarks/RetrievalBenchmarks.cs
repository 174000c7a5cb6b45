using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Corpus;
using RightsBot.Core.Evaluation;
using RightsBot.Core.Retrieval;

namespace RightsBot.Benchmarks;

/// <summary>
/// The retrieval hot path — scope, query analysis, scoring, top-k — against Lucene.Net BM25 over the same
/// passages, with the multi-report questions. Corpus: RIGHTSBOT_BENCH_CORPUS (default: the shipped corpus/).
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes the baseline.")]
public class RetrievalBenchmarks
{
    private PassageIndex _index = null!;
    private PassageIndex _hybrid = null!;
    private SearchStages _search = null!;
    private Embeddings.MiniLmTextEmbedder? _embedder;
    private Embeddings.MiniLmTextEmbedder? _original;
    private Bm25Baseline _bm25 = null!;
    private EvalQuestion[] _questions = null!;
    private RetrievalOptions _options = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRepoRoot();
        var corpus = Environment.GetEnvironmentVariable("RIGHTSBOT_BENCH_CORPUS") ?? Path.Combine(root, "corpus");
        var builder = new PassageIndexBuilder(new CorpusLoader(NullLogger<CorpusLoader>.Instance), NullLogger<PassageIndexBuilder>.Instance);
        _options = new RetrievalOptions();
        (_index, _) = builder.LoadOrBuild(corpus, Path.Combine(root, ".cache", "index"), signals: new RankingOptions().ToSignals());
        _bm25 = new Bm25Baseline(_index.Corpus, LexicalPassageRetriever.IndexedText);
        _search = SearchStages.Create(Options.Create(new CorpusOptions { Path = corpus }), Options.Create(_options));
        _questions = [.. EvalQuestionReader.Read(Path.Combine(root, "tests", "eval", "multi-report.jsonl"))];
    }

    /// <summary>
    /// Hybrid mode's set-up: the vectors come from the embedding cache, made once if missing (minutes for
    /// corpus/, hours for the whole dataset: leave these two benchmarks out there with --filter).
    /// </summary>
    [GlobalSetup(Targets = [nameof(RightsBotHybrid), nameof(EmbedQuestion), nameof(EmbedOneWord)])]
    public void SetupHybrid()
    {
        Setup();
        _embedder = new Embeddings.MiniLmTextEmbedder();
        _hybrid = _index.WithMeaning(new DenseIndexStore(NullLogger<DenseIndexStore>.Instance).LoadOrBuild(_index, _embedder, Path.Combine(FindRepoRoot(), ".cache", "index")), null);
    }

    [GlobalSetup(Target = nameof(EmbedQuestionOriginal))]
    public void SetupOriginal()
    {
        Setup();
        _original = new Embeddings.MiniLmTextEmbedder(DensePrecision.Original);
    }

    /// <summary>
    /// Hybrid mode with each question's vector made once and then remembered: the search's own cost, without the
    /// model. Only for this measurement: the product never keeps a question, nor its vector.
    /// </summary>
    [GlobalSetup(Target = nameof(RightsBotHybridWithoutTheModel))]
    public void SetupWithoutTheModel()
    {
        Setup();
        _embedder = new Embeddings.MiniLmTextEmbedder();
        _hybrid = _index.WithMeaning(new DenseIndexStore(NullLogger<DenseIndexStore>.Instance).LoadOrBuild(_index, new RememberingEmbedder(_embedder), Path.Combine(FindRepoRoot(), ".cache", "index")), null);
    }

    [Benchmark]
    public int RightsBotHybridWithoutTheModel() => RightsBotHybrid();

    [GlobalCleanup]
    public void Cleanup()
    {
        _bm25.Dispose();
        _embedder?.Dispose();
        _original?.Dispose();
    }

    /// <summary>RightsBot: one question (cycling through the set), scope read from the text or filters.</summary>
    [Benchmark]
    public int RightsBot()
    {
        var q = _questions[_next++ % _questions.Length];
        return Search(_index, q.Question, q.Filters?.Country, q.Filters?.Year);
    }

    /// <summary>RightsBot in hybrid mode: the above plus embedding the question and scoring every sentence in scope.</summary>
    [Benchmark]
    public int RightsBotHybrid()
    {
        var q = _questions[_next++ % _questions.Length];
        return Search(_hybrid, q.Question, q.Filters?.Country, q.Filters?.Year);
    }

    /// <summary>The floor of embedding anything: one word still runs every layer over the model's weights.</summary>
    [Benchmark]
    public int EmbedOneWord() => _embedder!.Embed(["torture"])[0].Length;

    /// <summary>The part of hybrid mode that is embedding the question alone (the default, quantized model).</summary>
    [Benchmark]
    public int EmbedQuestion()
    {
        var q = _questions[_next++ % _questions.Length];
        return _embedder!.Embed([q.Question])[0].Length;
    }

    /// <summary>The same with the model as published (Retrieval:DensePrecision=Original).</summary>
    [Benchmark]
    public int EmbedQuestionOriginal()
    {
        var q = _questions[_next++ % _questions.Length];
        return _original!.Embed([q.Question])[0].Length;
    }

    /// <summary>RightsBot with an explicit country and year filter (filter first, then score).</summary>
    [Benchmark]
    public int RightsBotFiltered()
    {
        var q = _questions[_next++ % _questions.Length];
        var report = _index.Corpus.Reports[_next % _index.Corpus.Reports.Count];
        return Search(_index, q.Question, report.Country, report.Year);
    }

    // The pipeline's search stages, as an answer runs them after normalising (shorthand spelt out), ten deep as eval asks.
    private int Search(PassageIndex index, string question, string? country, int? year)
    {
        var context = new QuestionContext(new AnswerRequest(new Question(question, country, year), EvalScorer.MrrDepth), index, EvalScorer.MrrDepth)
        {
            SearchText = Core.Text.ChatSpeak.Expand(question),
        };
        return _search.Run(context).Hits.Count;
    }

    /// <summary>Lucene.Net BM25 (EnglishAnalyzer) with the questions' explicit filters.</summary>
    [Benchmark(Baseline = true)]
    public int LuceneBm25()
    {
        var q = _questions[_next++ % _questions.Length];
        return _bm25.Search(q.Question, 10, q.Filters?.Country, q.Filters?.Year).Count;
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

    private sealed class RememberingEmbedder(ITextEmbedder model) : ITextEmbedder
    {
        private readonly Dictionary<string, float[]> _vectors = [];

        public string ModelId => model.ModelId;

        public int Dimensions => model.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            return [.. texts.Select(Vector)];

            float[] Vector(string text)
            {
                if (!_vectors.TryGetValue(text, out var vector))
                {
                    vector = model.Embed([text], cancellationToken)[0];
                    _vectors[text] = vector;
                }

                return vector;
            }
        }
    }
}
